import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { makeInput, type FuzzInput } from "./inputs.js";
import { FORMATS, loadSeeds, type FuzzFormat } from "./seeds.js";
import type { Outcome } from "./target.js";
import { FuzzThread } from "./worker.js";

export type FuzzOptions = {
  seed: number;
  /** Inputs `from` (default 0) to `count - 1` run: a run stopped by its time limit is resumed where it ended. */
  count: number;
  from?: number;
  formats?: readonly FuzzFormat[];
  /** Per input; past it the input is a hang. */
  budgetMs: number;
  /** Threads running inputs side by side. */
  jobs?: number;
  /** No input is started after this many milliseconds: the report then counts those that ran. */
  stopAfterMs?: number;
  /** Aborted (Ctrl-C): no further input is started, and the report counts those that ran. */
  signal?: AbortSignal;
  /** Where crash and hang inputs are written (none when absent). */
  findingsDir?: string;
  onProgress?: (done: number) => void;
};

export type Finding = { index: number; format: FuzzFormat; ledger?: string; seed: string; mutations: string[]; outcome: Outcome; file?: string };
export type Tally = { inputs: number; accepted: number; refused: number; crash: number; hang: number; codes: Record<string, number> };
/** `count` is the inputs that ran: fewer than asked when stopAfterMs ended the run (`stopped`). */
export type FuzzReport = { seed: number; count: number; stopped: boolean; seconds: number; byFormat: Record<string, Tally>; findings: Finding[] };

const emptyTally = (): Tally => ({ inputs: 0, accepted: 0, refused: 0, crash: 0, hang: 0, codes: {} });

/** `s42-i000123-cases.csv`: run seed, input index, and for a ledger which export it is (replay needs it). */
export const findingName = (seed: number, input: FuzzInput) =>
  `s${seed}-i${String(input.index).padStart(6, "0")}${input.ledger ? `-${input.ledger}` : ""}.${input.format}`;

/**
 * Runs `count` seeded inputs through the importers on `jobs` threads and tallies them by
 * format and class. Every crash and hang is written to `findingsDir` as the input's bytes
 * (replayable with --replay) and a .json beside it saying what happened.
 *
 * @example
 * const r = await fuzz({ seed: 42, count: 600, budgetMs: 10_000 }); r.byFormat.xlsx.crash; // 0
 */
export async function fuzz(opts: FuzzOptions): Promise<FuzzReport> {
  const started = performance.now();
  const formats = opts.formats?.length ? opts.formats : FORMATS;
  const seeds = loadSeeds();
  const byFormat: Record<string, Tally> = Object.fromEntries(formats.map((f) => [f, emptyTally()]));
  const findings: Finding[] = [];
  let next = opts.from ?? 0;
  let done = 0;
  const deadline = opts.stopAfterMs ? started + opts.stopAfterMs : Infinity;
  const lane = async () => {
    const thread = new FuzzThread();
    try {
      for (let index = next++; index < opts.count && performance.now() < deadline && !opts.signal?.aborted; index = next++) {
        const input = await makeInput(opts.seed, index, seeds, formats);
        const outcome = await thread.run(input, opts.budgetMs);
        const t = byFormat[input.format];
        t.inputs++;
        t[outcome.class]++;
        if (outcome.class === "refused") t.codes[outcome.code] = (t.codes[outcome.code] ?? 0) + 1;
        if (outcome.class === "crash" || outcome.class === "hang") findings.push(record(opts, input, outcome));
        done++;
        opts.onProgress?.(done);
      }
    } finally {
      await thread.close();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, opts.jobs ?? 1) }, lane));
  findings.sort((a, b) => a.index - b.index);
  return { seed: opts.seed, count: done, stopped: (opts.from ?? 0) + done < opts.count, seconds: (performance.now() - started) / 1000, byFormat, findings };
}

function record(opts: FuzzOptions, input: FuzzInput, outcome: Outcome): Finding {
  const { bytes, ...about } = input;
  const finding: Finding = { ...about, outcome };
  if (opts.findingsDir) {
    mkdirSync(opts.findingsDir, { recursive: true });
    const file = join(opts.findingsDir, findingName(opts.seed, input));
    writeFileSync(file, bytes);
    writeFileSync(`${file}.json`, `${JSON.stringify({ runSeed: opts.seed, ...finding }, null, 2)}\n`);
    finding.file = file;
  }
  return finding;
}
