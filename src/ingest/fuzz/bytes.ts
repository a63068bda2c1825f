/**
 * Mutations that know nothing of the format: bytes flipped, cut, runs and repeated
 * chunks inserted. Each takes the bytes and the input's random source and returns new bytes.
 */
export type Rng = () => number;
export type Mutation = (b: Buffer, r: Rng) => Buffer | Promise<Buffer>;

export const pick = (r: Rng, n: number): number => Math.floor(r() * n);
export const oneOf = <T>(r: Rng, xs: readonly T[]): T => xs[pick(r, xs.length)];

/** A length skewed to small values, sometimes large: most bugs need a few bytes, some need a megabyte. */
export const skewed = (r: Rng, max: number): number => Math.min(max, Math.floor(Math.exp(r() * Math.log(max + 1))));

const splice = (b: Buffer, at: number, cut: number, insert: Uint8Array): Buffer =>
  Buffer.concat([b.subarray(0, at), insert, b.subarray(Math.min(b.length, at + cut))]);

/** Bytes that break parsers: NUL, quotes, separators, markup, high bytes, a BOM, a stray zip signature. */
const NASTY = ["\0", '"', ",", "\n", "\r", "<", ">", "&", "\t", "%", "\\", "\uFEFF", "\uFFFD", "PK\x03\x04", "stream", "<w:t>"].map((s) => Buffer.from(s, "latin1"));

export const BYTE_MUTATIONS: Record<string, Mutation> = {
  "flip bytes": (b, r) => {
    const out = Buffer.from(b);
    for (let k = 1 + skewed(r, 64); k > 0 && out.length; k--) out[pick(r, out.length)] = pick(r, 256);
    return out;
  },
  "flip bits": (b, r) => {
    const out = Buffer.from(b);
    for (let k = 1 + pick(r, 8); k > 0 && out.length; k--) out[pick(r, out.length)] ^= 1 << pick(r, 8);
    return out;
  },
  truncate: (b, r) => b.subarray(0, pick(r, b.length + 1)),
  "cut middle": (b, r) => splice(b, pick(r, b.length), skewed(r, b.length), new Uint8Array()),
  "insert run": (b, r) => {
    const unit = oneOf(r, [Buffer.from(" "), Buffer.from("\t"), Buffer.from("a"), Buffer.from("（"), Buffer.from([0]), Buffer.from([0xff]), Buffer.from("\n"), Buffer.from('"')]);
    return splice(b, pick(r, b.length + 1), 0, Buffer.alloc(unit.length * (1 + skewed(r, 300_000)), unit));
  },
  "repeat chunk": (b, r) => {
    const at = pick(r, b.length);
    const chunk = b.subarray(at, at + 1 + skewed(r, 4096));
    return splice(b, at, 0, Buffer.concat(Array.from({ length: 1 + skewed(r, 200) }, () => chunk)));
  },
  "insert nasty": (b, r) => {
    let out = b;
    for (let k = 1 + pick(r, 6); k > 0; k--) out = splice(out, pick(r, out.length + 1), 0, oneOf(r, NASTY));
    return out;
  },
  "swap chunks": (b, r) => {
    const a = pick(r, b.length);
    const c = pick(r, b.length);
    const n = Math.min(skewed(r, 2048), b.length - Math.max(a, c));
    const out = Buffer.from(b);
    b.copy(out, a, c, c + n);
    b.copy(out, c, a, a + n);
    return out;
  },
};
