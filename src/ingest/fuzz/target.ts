import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { ERROR_CODES, facts as factsSchema, isZhoubaoError } from "../../domain/index.js";
import { systemActor } from "../../services/actor.js";
import { storePastIssue } from "../../services/pastIssueImporter.js";
import type { Store } from "../../store/index.js";
import { readReport } from "../report/index.js";
import { importLedger } from "../ledger/index.js";
import type { FuzzFormat, LedgerKind } from "./seeds.js";

/** What became of one input. */
export type Outcome =
  | { class: "accepted" }
  | { class: "refused"; code: string }
  | { class: "crash"; error: string }
  | { class: "hang"; error: string };

export type TargetInput = { format: FuzzFormat; ledger?: LedgerKind; bytes: Uint8Array };
/** A store with a center and its departments, and a folder for the ledger files. */
export type TargetContext = { store: Store; centerId: number; dir: string; issuer: string };

const CHINESE = /[\u4e00-\u9fff]/;

/**
 * A refusal counts only as the product promises it: a ZhoubaoError with a documented code
 * (not `internal`) and a Chinese message. Anything else is a crash, with the first lines
 * of its stack to find it by.
 */
export function classify(e: unknown): Outcome {
  if (isZhoubaoError(e) && e.code in ERROR_CODES && e.code !== "internal" && CHINESE.test(e.message)) return { class: "refused", code: e.code };
  const err = e instanceof Error ? e : new Error(String(e));
  const where = (err.stack ?? "").split("\n").slice(1, 4).map((l) => l.trim()).join(" | ");
  const code = isZhoubaoError(e) ? `[${e.code}] ` : "";
  return { class: "crash", error: `${err.name}: ${code}${err.message.slice(0, 300)}${where ? ` @ ${where}` : ""}` };
}

/**
 * Feeds one input to the importer the command line and the server use: a past issue is
 * read (readReport) and checked as `zhoubao import --dry-run` does, writing nothing; a
 * ledger export is imported into the context's store (importLedger), as `import cases|desk` does.
 *
 * @example
 * await runTarget({ format: "csv", ledger: "cases", bytes }, ctx); // { class: "refused", code: "ledger.bad-file" }
 */
export async function runTarget(input: TargetInput, ctx: TargetContext): Promise<Outcome> {
  try {
    if (input.format === "csv" || input.format === "xlsx") {
      const file = join(ctx.dir, `fuzz.${input.format}`);
      await writeFile(file, input.bytes);
      await importLedger(ctx.store, ctx.centerId, { ledger: input.ledger ?? "cases", file, parseInWorker: false });
      return { class: "accepted" };
    }
    const registry = await ctx.store.departments.registry(ctx.centerId);
    const r = await readReport({ name: `fuzz.${input.format}`, bytes: input.bytes }, { registry, issuer: ctx.issuer });
    const valid = factsSchema.safeParse(r.facts);
    if (!valid.success) return { class: "crash", error: `Facts JSON 不合规：${valid.error.message.slice(0, 300)}` };
    await storePastIssue(ctx.store, systemActor(ctx.centerId), r.doc, { file: "fuzz", dryRun: true });
    return { class: "accepted" };
  } catch (e) {
    return classify(e);
  }
}
