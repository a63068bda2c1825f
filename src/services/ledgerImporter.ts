import { importLedger, type ImportProgress, type LedgerImportResult } from "../ingest/ledger/importer.js";
import type { ColumnMapping } from "../domain/ledger/ledgerFields.js";
import type { Store } from "../store/index.js";
import type { LedgerKind } from "../store/repositories/ledgerTypes.js";
import { audit, requireRole, type Actor } from "./actor.js";

/**
 * Imports a platform case export or a front-desk export that a user uploaded (the
 * HTTP twin of `zhoubao import cases|desk`), then records who imported what in the
 * audit log. The import itself is idempotent and batched (ingest/ledger/importer).
 *
 * @example
 * const r = await importLedgerFile(store, actor, { ledger: "cases", path: "/tmp/x/2023.csv", source: "省平台" });
 */
export async function importLedgerFile(
  store: Store,
  actor: Actor,
  opts: { ledger: LedgerKind; path: string; source?: string | null; mapping?: ColumnMapping; onProgress?: (p: ImportProgress) => void },
): Promise<LedgerImportResult> {
  requireRole(actor, ["editor", "admin"], "导入办件数据");
  const r = await importLedger(store, actor.centerId, { ledger: opts.ledger, file: opts.path, source: opts.source ?? null, mapping: opts.mapping, onProgress: opts.onProgress });
  const { file: _path, rejections: _kept, mapping: _m, ...summary } = r;
  await audit(store, actor, "ledger", r.importId, `import-${opts.ledger}`, null, summary);
  return r;
}
