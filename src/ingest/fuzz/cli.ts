import { readFileSync } from "node:fs";
import { basename, extname } from "node:path";
import { parseArgs } from "node:util";
import { fuzz, type FuzzReport } from "./harness.js";
import { makeSeeds } from "./makeSeeds.js";
import { FORMATS, type FuzzFormat } from "./seeds.js";
import { FuzzThread } from "./worker.js";

/**
 * `npm run fuzz -- --seed 42 --count 100000 [--from N] [--format docx] [--time-budget-ms N] [--jobs N] [--out DIR] [--time-limit-min M]`,
 * `npm run fuzz -- --replay FILE`, `npm run fuzz -- --make-seeds`. Exits 1 when a crash or a hang was found.
 */

const { values } = parseArgs({
  options: {
    seed: { type: "string", default: "1" },
    count: { type: "string", default: "1000" },
    from: { type: "string", default: "0" },
    format: { type: "string", multiple: true },
    "time-budget-ms": { type: "string", default: "20000" },
    "time-limit-min": { type: "string" },
    jobs: { type: "string", default: "1" },
    out: { type: "string", default: "fuzz-findings" },
    replay: { type: "string" },
    "make-seeds": { type: "boolean", default: false },
  },
});

const int = (name: string, s: string) => {
  const n = Number(s);
  if (!Number.isSafeInteger(n) || n < 0) {
    console.error(`错误：--${name} 应为非负整数，收到“${s}”。`);
    process.exit(2);
  }
  return n;
};

function table(r: FuzzReport): string {
  const head = ["格式", "输入", "接受", "拒绝（有代码）", "崩溃", "超时", "主要错误代码"];
  const rows = Object.entries(r.byFormat).map(([f, t]) => {
    const codes = Object.entries(t.codes).sort((a, b) => b[1] - a[1]).slice(0, 3).map(([c, n]) => `${c} ${n}`).join("，");
    return [f, t.inputs, t.accepted, t.refused, t.crash, t.hang, codes].map(String);
  });
  const sum = (k: "inputs" | "accepted" | "refused" | "crash" | "hang") => String(Object.values(r.byFormat).reduce((s, t) => s + t[k], 0));
  rows.push(["合计", sum("inputs"), sum("accepted"), sum("refused"), sum("crash"), sum("hang"), ""]);
  return [head, ...rows].map((cells) => `| ${cells.join(" | ")} |`).join("\n");
}

async function replay(file: string, budgetMs: number): Promise<void> {
  const format = extname(file).slice(1) as FuzzFormat;
  if (!FORMATS.includes(format)) {
    console.error(`错误：无法从扩展名判断“${basename(file)}”的格式（应为 ${FORMATS.join("、")} 之一）。`);
    process.exit(2);
  }
  const ledger = /-desk\.\w+$/.test(file) ? "desk" : "cases";
  const thread = new FuzzThread();
  try {
    const outcome = await thread.run({ format, ledger, bytes: readFileSync(file) }, budgetMs);
    console.log(JSON.stringify(outcome, null, 2));
    if (outcome.class === "crash" || outcome.class === "hang") process.exitCode = 1;
  } finally {
    await thread.close();
  }
}

const budgetMs = int("time-budget-ms", values["time-budget-ms"]);
if (values["make-seeds"]) console.log(`已写入种子文件：${(await makeSeeds()).join("、")}`);
else if (values.replay) await replay(values.replay, budgetMs);
else {
  const formats = (values.format ?? []).flatMap((f) => f.split(","));
  for (const f of formats)
    if (!FORMATS.includes(f as FuzzFormat)) {
      console.error(`错误：未知格式“${f}”，可选 ${FORMATS.join("、")}。`);
      process.exit(2);
    }
  const count = int("count", values.count);
  // Ctrl-C or kill ends the run after the inputs under way, still printing the figures so far.
  const stop = new AbortController();
  for (const sig of ["SIGINT", "SIGTERM"] as const) process.once(sig, () => stop.abort());
  const step = Math.max(100, Math.floor(count / 50));
  const from = int("from", values.from);
  const r = await fuzz({
    seed: int("seed", values.seed),
    count,
    from,
    formats: formats as FuzzFormat[],
    budgetMs,
    jobs: Math.max(1, int("jobs", values.jobs)),
    findingsDir: values.out,
    signal: stop.signal,
    stopAfterMs: values["time-limit-min"] ? int("time-limit-min", values["time-limit-min"]) * 60_000 : undefined,
    onProgress: (n) => n % step === 0 && process.stderr.write(`已运行 ${n}/${count - from}（${new Date().toISOString().slice(11, 19)}）\n`),
  });
  if (r.stopped) console.log(`${stop.signal.aborted ? "运行被中断" : "已到 --time-limit-min 规定的时间"}，${count - from} 个输入中运行了 ${r.count} 个（续跑：--from ${from + r.count}）。`);
  console.log(`种子 ${r.seed}，输入 ${from}–${from + r.count - 1} 共 ${r.count} 个，用时 ${r.seconds.toFixed(1)} 秒（${(r.count / r.seconds).toFixed(1)} 个/秒）\n`);
  console.log(table(r));
  for (const f of r.findings) console.log(`\n${f.outcome.class === "hang" ? "超时" : "崩溃"} #${f.index} ${f.format}（${f.seed}：${f.mutations.join(" + ")}）${f.file ? ` → ${f.file}` : ""}\n  ${"error" in f.outcome ? f.outcome.error : ""}`);
  if (r.findings.length) process.exitCode = 1;
}
