import { beforeAll, describe, expect, it } from "vitest";
import { archive } from "../../domain/checks/fixtures.js";
import { firstOfKind } from "../../domain/tree.js";
import { draftIssue } from "../../services/issueDrafter.js";
import { openStore } from "../../store/index.js";
import { cliDatabases, runCli, runCliHere } from "../testing.js";

/** Stores the fixture archive (2022-30 … 2023-49) with a policy total off by two in 2023-49. */
async function seed(db: string): Promise<void> {
  const store = await openStore(db);
  try {
    const center = await store.centers.default();
    await store.departments.seed(center.id);
    const docs = archive();
    firstOfKind(docs[5].sections, "policy-lists")!.content.lists[0].total = 125;
    for (const d of docs) await store.issues.create(center.id, d);
  } finally {
    await store.close();
  }
}

describe.each(cliDatabases())("zhoubao check on $name", ({ create }) => {
  let db: string;
  beforeAll(async () => {
    db = await create();
    await seed(db);
  }, 60_000);

  it("exits 1 on an error and prints the findings as JSON", () => {
    const r = runCli(db, ["check", "2023-49", "--json"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({
      findings: [
        {
          code: "policy.total-mismatch",
          severity: "error",
          message: "《2023 年国家级惠企政策事项清单（第一批）》共 125 个事项，不等于免申即享 122 项与快申快享 1 项之和 123 项。",
          section: "惠企政策直达快享专项行动",
          field: "lists[0].total",
        },
      ],
    });
  }, 30_000);

  it("exits 0 when only warnings and infos stand, grouped by severity in Chinese", async () => {
    const r = await runCliHere(db, ["check", "2023-48"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("2023年第48期（总第468期）：错误 0 项，警告 1 项，提示 0 项。");
    expect(r.stdout).toContain("警告（1）：");
    expect(r.stdout).toContain("[numbering.gap]");
  }, 30_000);

  it("checks the whole archive with --all, naming the issue of each finding", async () => {
    const r = await runCliHere(db, ["check", "--all", "--json"]);
    expect(r.code).toBe(1);
    const { findings } = JSON.parse(r.stdout) as { findings: { issue: string; code: string; severity: string }[] };
    expect(findings.filter((f) => f.severity === "error")).toEqual([expect.objectContaining({ issue: "2023-49", code: "policy.total-mismatch" })]);
    expect(findings.filter((f) => f.code === "numbering.gap").map((f) => f.issue)).toEqual(["2023-1", "2023-48"]);
    const human = await runCliHere(db, ["check", "--all"]);
    expect(human.stdout).toContain("共检查 6 期");
    expect(human.stdout).toMatch(/错误（1）：\n {2}2023-49 {2}\[policy\.total-mismatch\]/);
  }, 30_000);

  it("refuses a bad or unknown reference", async () => {
    expect((await runCliHere(db, ["check", "49"])).stderr).toContain("[issue.bad-ref]");
    const r = await runCliHere(db, ["check", "2023-50"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("[issue.not-found]");
  }, 30_000);

  // Last: it adds 2023-50, which the test above expects not to exist.
  it("exits 1 for an untouched new issue, naming each part left empty", async () => {
    const store = await openStore(db);
    try {
      await draftIssue(store, (await store.centers.default()).id); // what `zhoubao issue new` does
    } finally {
      await store.close();
    }
    const r = runCli(db, ["check", "2023-50"]);
    expect(r.code).toBe(1);
    for (const heading of ["惠企政策直达快享专项行动", "政务工作动态", "厅（局）长进大厅", "省本级综窗办件情况", "事项授权及受理手册编制推进情况", "其它工作开展情况"])
      expect(r.stdout).toContain(`〔${heading}〕“${heading}”`);
    expect(r.stdout).toContain("错误 6 项");
    expect(r.stdout).toContain("存在错误：改正前不能签发。");
  }, 30_000);
});
