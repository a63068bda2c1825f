/**
 * A small hash map keyed by byte ranges of a buffer, so that the few hundred distinct
 * departments, matters and kinds of a 22-million-row export are looked up without
 * decoding each cell into a string first. Exact: a hit compares the bytes.
 *
 * @example
 * const d = new ByteDict<number>();
 * d.set(buf, 0, 9, 7); d.get(buf, 0, 9); // 7
 */
export class ByteDict<V> {
  private mask = 255;
  private hashes = new Int32Array(256);
  private slots = new Int32Array(256);
  private readonly keys: Uint8Array[] = [];
  private readonly values: V[] = [];

  get size(): number {
    return this.keys.length;
  }

  get(b: Uint8Array, start: number, end: number): V | undefined {
    const h = hash(b, start, end);
    for (let s = h & this.mask; ; s = (s + 1) & this.mask) {
      const hh = this.hashes[s];
      if (hh === 0) return undefined;
      if (hh === h && same(this.keys[this.slots[s]], b, start, end)) return this.values[this.slots[s]];
    }
  }

  set(b: Uint8Array, start: number, end: number, v: V): void {
    if (this.keys.length * 2 >= this.mask) this.grow();
    const h = hash(b, start, end);
    let s = h & this.mask;
    while (this.hashes[s] !== 0) {
      if (this.hashes[s] === h && same(this.keys[this.slots[s]], b, start, end)) {
        this.values[this.slots[s]] = v;
        return;
      }
      s = (s + 1) & this.mask;
    }
    this.hashes[s] = h;
    this.slots[s] = this.keys.length;
    // A copy: Buffer#slice would be a view into the read buffer, which the next chunk overwrites.
    this.keys.push(Uint8Array.prototype.slice.call(b, start, end));
    this.values.push(v);
  }

  private grow(): void {
    const old = { hashes: this.hashes, slots: this.slots };
    this.mask = this.mask * 2 + 1;
    this.hashes = new Int32Array(this.mask + 1);
    this.slots = new Int32Array(this.mask + 1);
    for (let i = 0; i < old.hashes.length; i++) {
      if (old.hashes[i] === 0) continue;
      let s = old.hashes[i] & this.mask;
      while (this.hashes[s] !== 0) s = (s + 1) & this.mask;
      this.hashes[s] = old.hashes[i];
      this.slots[s] = old.slots[i];
    }
  }
}

/**
 * A hash of the length and of 12 bytes (start, middle, end), never 0 (0 marks an empty
 * slot): department and matter names are long, and the full comparison on a hit keeps
 * the lookup exact whatever collides.
 */
function hash(b: Uint8Array, start: number, end: number): number {
  const n = end - start;
  let h = Math.imul(n ^ -2128831035, 16777619);
  if (n < 12) {
    for (let i = start; i < end; i++) h = Math.imul(h ^ b[i], 16777619);
  } else {
    const m = start + (n >> 1) - 2;
    h = Math.imul(h ^ (b[start] | (b[start + 1] << 8) | (b[start + 2] << 16) | (b[start + 3] << 24)), 16777619);
    h = Math.imul(h ^ (b[m] | (b[m + 1] << 8) | (b[m + 2] << 16) | (b[m + 3] << 24)), 16777619);
    h = Math.imul(h ^ (b[end - 4] | (b[end - 3] << 8) | (b[end - 2] << 16) | (b[end - 1] << 24)), 16777619);
  }
  return (h ^ (h >>> 15)) | 1;
}

function same(k: Uint8Array, b: Uint8Array, start: number, end: number): boolean {
  if (k.length !== end - start) return false;
  for (let i = 0; i < k.length; i++) if (k[i] !== b[start + i]) return false;
  return true;
}
