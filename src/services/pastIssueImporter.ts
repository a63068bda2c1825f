import { checkIssue } from "../domain/checks/checkIssue.js";
import { hasBlockingErrors, type Finding } from "../domain/checks/finding.js";
import { ZhoubaoError } from "../domain/errors.js";
import type { IssueDocument, StoredIssue } from "../domain/model/issue.js";
import { issueNumberLine } from "../domain/present/dates.js";
import { walkSections } from "../domain/tree.js";
import { readReportInWorker } from "../ingest/report/index.js";
import { saveImportedIssue, type SaveResult } from "../ingest/report/save.js";
import type { Store } from "../store/index.js";
import { toDocument } from "../store/index.js";
import { audit, requireRole, type Actor } from "./actor.js";
import { checkContextFor } from "./issueChecker.js";
import type { PastIssueImport } from "../domain/archive/pastIssueImport.js";

export type { PastIssueImport };

export type PastIssueOptions = {
  replace?: boolean;
  /** Refuse (import.checks-failed, nothing written) an issue whose checks find an error, and a broken number (issue.numbering-broken). */
  strict?: boolean;
  dryRun?: boolean;
  file: string;
  afterSave?: (tx: Store, r: SaveResult, before: StoredIssue | null) => Promise<void>;
};

/**
 * Stores a parsed past issue and checks it in the same transaction. A past issue is a
 * record of what was printed: it is stored with its findings (a broken 总第 offset, a
 * year-to-date figure that went down, text kept unread …), which the caller prints and
 * `zhoubao check` lists again later. `strict` refuses it instead, writing nothing.
 * A dry run checks without writing.
 *
 * @example
 * const { saved, findings } = await storePastIssue(store, centerId, doc, { file: "2023-49.pdf" });
 */
export async function storePastIssue(
  store: Store,
  centerId: number,
  doc: IssueDocument,
  opts: PastIssueOptions,
): Promise<{ saved: SaveResult | null; findings: Finding[] }> {
  return store.transaction(async (tx) => {
    const saved = opts.dryRun ? null : await saveImportedIssue(tx, centerId, doc, opts);
    const findings = checkIssue(doc, await checkContextFor(tx, saved?.issue ?? { ...doc, centerId }));
    const errors = findings.filter((f) => f.severity === "error");
    if (opts.strict && hasBlockingErrors(findings))
      throw new ZhoubaoError(
        "import.checks-failed",
        `${issueNumberLine(doc)}（“${opts.file}”）校核有 ${errors.length} 项错误，严格导入时不导入：${errors[0].message}`,
        { findings: errors },
      );
    return { saved, findings };
  });
}

/**
 * Imports one past issue (TXT, PDF or DOCX bytes) into the archive as a published issue:
 * parsed as `zhoubao import` parses it, stored in one transaction with its audit entry,
 * refused with import.exists when the issue is stored already unless `replace`. A dry
 * run parses and reports without writing. The answer carries the issue's findings.
 *
 * @example
 * const r = await importPastIssue(store, actor, { name: "2023-49.pdf", bytes }, { replace: false, dryRun: false });
 * r.issue.ref; // "2023-49"
 */
export async function importPastIssue(
  store: Store,
  actor: Actor,
  upload: { name: string; bytes: Uint8Array },
  opts: { replace: boolean; dryRun: boolean; strict?: boolean },
): Promise<PastIssueImport> {
  requireRole(actor, ["editor", "admin"], "导入往期周报");
  const center = await store.centers.byId(actor.centerId);
  const registry = await store.departments.registry(actor.centerId);
  // Off the server's thread, within the time budget: a hostile file holds up no other request.
  const r = await readReportInWorker(upload, { registry, issuer: center.name });
  const { saved, findings } = await storePastIssue(store, actor.centerId, r.doc, {
    ...opts,
    file: upload.name,
    afterSave: (tx, s, before) => audit(tx, actor, "issue", s.issue.id, "import", before && toDocument(before), toDocument(s.issue)),
  });
  const { year, seq, total, period } = r.doc;
  return {
    file: upload.name,
    issue: { ref: `${year}-${seq}`, year, seq, total, period },
    stored: !opts.dryRun,
    replaced: saved?.action === "replaced",
    sections: [...walkSections(r.doc.sections)].length,
    unparsed: r.facts.unparsed,
    problems: r.problems,
    findings,
  };
}
