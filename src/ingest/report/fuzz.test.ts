import { describe, expect, it } from "vitest";
import iconv from "iconv-lite";
import { facts as factsSchema, isZhoubaoError } from "../../domain/index.js";
import { parseReportText, readReport } from "./index.js";
import { prng } from "./noise.js";
import { FIXTURES, casesIn } from "./testing/fixtures.js";

/**
 * Mutates the fixtures at random (seeded: a failure can be replayed) and checks that
 * each result is either valid Facts or a ZhoubaoError: no crash, no hang.
 */
const ROUNDS = 150;

type Mutation = (lines: string[], r: () => number) => string[];
const pick = (r: () => number, n: number) => Math.floor(r() * n);
const MUTATIONS: Record<string, Mutation> = {
  cut: (ls, r) => ls.slice(0, pick(r, ls.length + 1)),
  "cut head": (ls, r) => ls.slice(pick(r, ls.length)),
  duplicate: (ls, r) => {
    const i = pick(r, ls.length);
    const n = 1 + pick(r, 8);
    return [...ls.slice(0, i + n), ...ls.slice(i, i + n), ...ls.slice(i + n)];
  },
  shuffle: (ls, r) => {
    const out = [...ls];
    const a = pick(r, out.length);
    const b = Math.min(out.length, a + 2 + pick(r, 20));
    for (let i = b - 1; i > a; i--) {
      const j = a + pick(r, i - a + 1);
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  },
  delete: (ls, r) => ls.filter(() => r() > 0.15),
  "split line": (ls, r) => {
    const i = pick(r, ls.length);
    const cut = pick(r, ls[i].length + 1);
    return [...ls.slice(0, i), ls[i].slice(0, cut), ls[i].slice(cut), ...ls.slice(i + 1)];
  },
  "random text": (ls, r) => {
    const out = [...ls];
    for (let k = 0; k < 5; k++) {
      const i = pick(r, out.length);
      const junk = Array.from({ length: 1 + pick(r, 12) }, () => String.fromCharCode(pick(r, 0x9fff))).join("");
      const at = pick(r, out[i].length + 1);
      out[i] = out[i].slice(0, at) + junk + out[i].slice(at);
    }
    return out;
  },
};

function check(outcome: { facts?: unknown; error?: unknown }): void {
  if (outcome.error !== undefined) {
    expect(isZhoubaoError(outcome.error), String((outcome.error as Error)?.stack ?? outcome.error)).toBe(true);
    expect((outcome.error as Error).message).toMatch(/[\u4e00-\u9fff]/);
  } else expect(factsSchema.safeParse(outcome.facts).success).toBe(true);
}

describe("fuzzing the parser", () => {
  const fixtures = casesIn(FIXTURES);
  it(`survives ${ROUNDS} rounds of mutated text per fixture`, () => {
    const r = prng(20231226);
    const names = Object.keys(MUTATIONS);
    let parsed = 0;
    for (const f of fixtures) {
      for (let round = 0; round < ROUNDS; round++) {
        let ls = f.text.split("\n");
        for (let k = 1 + pick(r, 3); k > 0; k--) ls = MUTATIONS[names[pick(r, names.length)]](ls, r);
        try {
          check({ facts: parseReportText(ls.join("\n")).facts });
          parsed++;
        } catch (error) {
          if (isZhoubaoError(error)) check({ error });
          else throw new Error(`${f.name} round ${round}: ${(error as Error).stack}`);
        }
      }
    }
    // Most mutations leave a readable issue: the parser degrades, it does not give up.
    expect(parsed).toBeGreaterThan(fixtures.length * ROUNDS * 0.5);
  }, 120_000);

  it("survives random bytes in the files, in both encodings", async () => {
    const r = prng(469);
    for (const f of fixtures) {
      for (let round = 0; round < 25; round++) {
        const bytes = Buffer.from(round % 2 ? iconv.encode(f.text, "gb18030") : Buffer.from(f.text, "utf8"));
        const n = round < 12 ? 1 + pick(r, 6) : 50 + pick(r, 400);
        for (let k = 0; k < n; k++) bytes[pick(r, bytes.length)] = pick(r, 256);
        const cut = round % 5 === 0 ? bytes.subarray(0, pick(r, bytes.length)) : bytes;
        try {
          check({ facts: (await readReport({ name: `${f.name}.txt`, bytes: cut })).facts });
        } catch (error) {
          check({ error });
        }
      }
    }
  }, 120_000);

  it("gets through huge inputs built to make patterns backtrack", () => {
    const head = fixtures[0].text;
    const inputs = [
      `${head}\n一、省级政务服务事项受理办理情况\n受理${"1 2,".repeat(20_000)}\n`,
      `${head}\n一、厅（局）长进大厅\n${"本周，省".repeat(30_000)}\n`,
      `${head}\n附件\n${"1 交通运输厅 100 0 ".repeat(5_000)}\n`,
      `${head}\n${"（一）（1）1.一、".repeat(20_000)}`,
      Array.from({ length: 20_000 }, (_, i) => `${i % 7}、${"（".repeat(i % 5)}行${i}`).join("\n"),
    ];
    for (const text of inputs) {
      try {
        check({ facts: parseReportText(text).facts });
      } catch (error) {
        check({ error });
      }
    }
  }, 120_000);
});
