import { walkSections } from "../domain/tree.js";
import { readReport } from "../ingest/report/index.js";
import { saveImportedIssue } from "../ingest/report/save.js";
import type { Store } from "../store/index.js";
import { toDocument } from "../store/index.js";
import { audit, requireRole, type Actor } from "./actor.js";
import type { PastIssueImport } from "../domain/archive/pastIssueImport.js";

export type { PastIssueImport };

/**
 * Imports one past issue (TXT, PDF or DOCX bytes) into the archive as a published issue:
 * parsed as `zhoubao import` parses it, stored in one transaction with its audit entry,
 * refused with import.exists when the issue is stored already unless `replace`. A dry
 * run parses and reports without writing.
 *
 * @example
 * const r = await importPastIssue(store, actor, { name: "2023-49.pdf", bytes }, { replace: false, dryRun: false });
 * r.issue.ref; // "2023-49"
 */
export async function importPastIssue(
  store: Store,
  actor: Actor,
  upload: { name: string; bytes: Uint8Array },
  opts: { replace: boolean; dryRun: boolean },
): Promise<PastIssueImport> {
  requireRole(actor, ["editor", "admin"], "导入往期周报");
  const center = await store.centers.byId(actor.centerId);
  const registry = await store.departments.registry(actor.centerId);
  const r = await readReport(upload, { registry, issuer: center.name });
  let replaced = false;
  if (!opts.dryRun) {
    const saved = await saveImportedIssue(store, actor.centerId, r.doc, {
      replace: opts.replace,
      file: upload.name,
      afterSave: (tx, s, before) => audit(tx, actor, "issue", s.issue.id, "import", before && toDocument(before), toDocument(s.issue)),
    });
    replaced = saved.action === "replaced";
  }
  const { year, seq, total, period } = r.doc;
  return {
    file: upload.name,
    issue: { ref: `${year}-${seq}`, year, seq, total, period },
    stored: !opts.dryRun,
    replaced,
    sections: [...walkSections(r.doc.sections)].length,
    unparsed: r.facts.unparsed,
    problems: r.problems,
  };
}
