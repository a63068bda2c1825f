import { ZhoubaoError, issueNumberLine, validatePeriod, type IssueDocument, type StoredIssue } from "../../domain/index.js";
import type { Store } from "../../store/index.js";

export type SaveResult = { action: "created" | "replaced"; issue: StoredIssue };

/**
 * Stores an imported issue in one transaction, as a published issue of the archive.
 * An issue of the same year and number is refused (import.exists) unless `replace`.
 * Replacing a published issue keeps its history: the import becomes a new revision
 * (as a correction would), which needs the same total number and period.
 * Department names the registry does not know are kept: the importer reported them; so is
 * a printed number that breaks the year's offset (a PDF cannot be corrected), unless `strict`.
 * `afterSave` runs in the same transaction (the server audits there).
 *
 * @example
 * await saveImportedIssue(store, center.id, doc, { replace: false, file: "2023-49.pdf" });
 */
export async function saveImportedIssue(
  store: Store,
  centerId: number,
  doc: IssueDocument,
  opts: { replace?: boolean; strict?: boolean; file: string; afterSave?: (tx: Store, r: SaveResult, before: StoredIssue | null) => Promise<void> },
): Promise<SaveResult> {
  const label = issueNumberLine(doc);
  return store.transaction(async (tx) => {
    const existing = await tx.issues.get(centerId, doc.year, doc.seq);
    if (existing && !opts.replace)
      throw new ZhoubaoError("import.exists", `${label}已存在，未导入“${opts.file}”。如需用该文件覆盖，请勾选“期号已存在时覆盖”（命令行加 --replace）。`, {
        year: doc.year,
        seq: doc.seq,
      });
    if (existing?.status === "published") {
      if (existing.total !== doc.total || existing.period.start !== doc.period.start || existing.period.end !== doc.period.end)
        throw new ZhoubaoError(
          "import.exists",
          `${label}已发布，“${opts.file}”的总期号或统计周期与之不同（已存：总第${existing.total}期，${existing.period.start} 至 ${existing.period.end}），不能覆盖。请核对文件。`,
          { year: doc.year, seq: doc.seq },
        );
      validatePeriod(doc.period, await tx.calendar.calendar());
      await tx.issueWorkflow.freeze(existing.id, existing.revision + 1, doc, { reason: `重新导入“${opts.file}”`, by: "import" });
      const r: SaveResult = { action: "replaced", issue: (await tx.issues.byId(existing.id))! };
      await opts.afterSave?.(tx, r, existing);
      return r;
    }
    const issue = await tx.issues.create(centerId, doc, { status: "published", replace: !!existing, allowUnknownDepartments: true, allowBrokenNumbering: !opts.strict });
    const r: SaveResult = { action: existing ? "replaced" : "created", issue };
    await opts.afterSave?.(tx, r, existing);
    return r;
  });
}
