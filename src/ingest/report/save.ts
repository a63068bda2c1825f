import { ISSUE_STATUS_LABELS, ZhoubaoError, issueNumberLine, type IssueDocument, type StoredIssue } from "../../domain/index.js";
import type { Store } from "../../store/index.js";

export type SaveResult = { action: "created" | "replaced"; issue: StoredIssue };

/**
 * Stores an imported issue in one transaction, as a published issue of the archive.
 * An import never changes a stored issue here: one of the same year and number still in
 * the workflow (draft, in review, approved) is refused with import.in-workflow — only
 * 签发 publishes it — and a published one with import.exists (a re-import over it is a
 * correction, which the services make through issueCorrector).
 * Department names the registry does not know are kept: the importer reported them; so is
 * a printed number that breaks the year's offset (a PDF cannot be corrected), unless `strict`.
 * `afterSave` runs in the same transaction (the server audits there).
 *
 * @example
 * await saveImportedIssue(store, center.id, doc, { file: "2023-49.pdf" });
 */
export async function saveImportedIssue(
  store: Store,
  centerId: number,
  doc: IssueDocument,
  opts: { strict?: boolean; file: string; afterSave?: (tx: Store, r: SaveResult) => Promise<void> },
): Promise<SaveResult> {
  return store.transaction(async (tx) => {
    const existing = await tx.issues.get(centerId, doc.year, doc.seq);
    if (existing) throw existingIssueRefusal(existing, opts.file);
    const issue = await tx.issues.create(centerId, doc, { status: "published", allowUnknownDepartments: true, allowBrokenNumbering: !opts.strict });
    const r: SaveResult = { action: "created", issue };
    await opts.afterSave?.(tx, r);
    return r;
  });
}

/**
 * Why an import may not store `file` over the stored issue of the same number: an issue
 * in the workflow is refused whatever is asked (replacing it would publish it without
 * 签发 and drop the submissions accepted into it); a published one only by correction.
 */
export function existingIssueRefusal(existing: StoredIssue, file: string): ZhoubaoError {
  const label = issueNumberLine(existing);
  const where = { year: existing.year, seq: existing.seq, status: existing.status };
  if (existing.status !== "published")
    return new ZhoubaoError(
      "import.in-workflow",
      `${label}是正在办理的周报（${ISSUE_STATUS_LABELS[existing.status]}），导入的“${file}”不能覆盖它：请在周报编辑页修改，按审核、签发流程发布；发布后如需改动，以更正方式导入。`,
      where,
    );
  return new ZhoubaoError(
    "import.exists",
    `${label}已存在，未导入“${file}”。如需用该文件更正已发布的这一期，请勾选“期号已存在时覆盖”并写明更正理由（命令行加 --replace --reason 理由）。`,
    where,
  );
}
