import { oneOf, pick, skewed, type Mutation, type Rng } from "./bytes.js";

/**
 * Mutations of a PDF's structure: a content or font stream damaged inside, cut short or
 * given a false /Length, the cross-reference table and startxref pointing elsewhere.
 */

function streams(b: Buffer): [number, number][] {
  const out: [number, number][] = [];
  for (let i = b.indexOf("stream"); i >= 0; i = b.indexOf("stream", i + 6)) {
    if (b[i - 3] === 0x65 && b.subarray(i - 3, i).toString("latin1") === "end") continue;
    const start = i + 6 + (b[i + 6] === 0x0d ? 2 : 1);
    const end = b.indexOf("endstream", start);
    if (end > start) out.push([start, end]);
  }
  return out;
}

const within = (b: Buffer, r: Rng, change: (s: Buffer, r: Rng) => Buffer): Buffer => {
  const list = streams(b);
  if (!list.length) return b;
  const [start, end] = oneOf(r, list);
  return Buffer.concat([b.subarray(0, start), change(b.subarray(start, end), r), b.subarray(end)]);
};

const numbers = (b: Buffer, word: string, r: Rng): Buffer => {
  const text = b.toString("latin1");
  const re = new RegExp(`${word}\\s*(\\d+)`, "g");
  const hits = [...text.matchAll(re)];
  if (!hits.length) return b;
  const m = oneOf(r, hits);
  const value = oneOf(r, ["0", "-1", "99999999999", String(Number(m[1]) + 1 + pick(r, 100)), String(pick(r, b.length))]);
  const at = m.index! + m[0].length - m[1].length;
  return Buffer.concat([b.subarray(0, at), Buffer.from(value, "latin1"), b.subarray(at + m[1].length)]);
};

export const PDF_MUTATIONS: Record<string, Mutation> = {
  "damage stream": (b, r) =>
    within(b, r, (s, r2) => {
      const out = Buffer.from(s);
      for (let k = 1 + skewed(r2, 32); k > 0 && out.length; k--) out[pick(r2, out.length)] = pick(r2, 256);
      return out;
    }),
  "cut stream": (b, r) => within(b, r, (s, r2) => s.subarray(0, pick(r2, s.length + 1))),
  "stuff stream": (b, r) => within(b, r, (s, r2) => Buffer.concat([s, Buffer.alloc(1 + skewed(r2, 1 << 20), oneOf(r2, [0, 0x20, 0x78, 0xff]))])),
  "lie in /Length": (b, r) => numbers(b, "/Length", r),
  "lie in startxref": (b, r) => numbers(b, "startxref", r),
  "lie in object count": (b, r) => numbers(b, "/Count", r),
};
