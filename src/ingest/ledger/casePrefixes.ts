import { prefixKey, splitCaseNo, TAIL_DIGITS } from "../../domain/ledger/caseNumber.js";
import { ByteDict } from "./byteDict.js";
import type { Decode } from "./ledgerSink.js";

const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * Case numbers of one import as (prefix id, tail), read straight from the bytes of an
 * ASCII cell without making a string: the tail's digits are summed as they are scanned,
 * and the prefix is looked up by its bytes (one dictionary per tail length, since the
 * length belongs to the prefix). New prefixes are numbered from the largest known id and
 * reported through `added`, so the writer can store them with the batch.
 *
 * @example
 * const p = new CasePrefixes(new Map(), decode, (e) => batch.newPrefixes.push(e));
 * p.ofText("5100002023010300000001"); // [1, 23010300000001]
 */
export class CasePrefixes {
  private readonly byBytes = Array.from({ length: TAIL_DIGITS + 1 }, () => new ByteDict<number>());
  private next: number;
  /** The tail of the last case number read by `ofBytes`. */
  tail = 0;

  constructor(
    private readonly known: Map<string, number>,
    private readonly decode: Decode,
    private readonly added: (e: { id: number; prefix: string; digits: number }) => void,
  ) {
    this.next = Math.max(0, ...known.values()) + 1;
  }

  /** The prefix id of the ASCII case number in b[start, end); its tail is left in `tail`. */
  ofBytes(b: Uint8Array, start: number, end: number): number {
    let t = end;
    while (t > start && end - t < TAIL_DIGITS && isDigit(b[t - 1])) t--;
    let tail = 0;
    for (let i = t; i < end; i++) tail = tail * 10 + b[i] - 48;
    this.tail = tail;
    const dict = this.byBytes[end - t];
    let id = dict.get(b, start, t);
    if (id === undefined) {
      id = this.id(this.decode(b, start, t), end - t);
      dict.set(b, start, t, id);
    }
    return id;
  }

  /** Prefix id and tail of a case number given as text. */
  ofText(caseNo: string): [prefix: number, tail: number] {
    const { prefix, digits, tail } = splitCaseNo(caseNo);
    return [this.id(prefix, digits), tail];
  }

  private id(prefix: string, digits: number): number {
    const k = prefixKey(prefix, digits);
    let id = this.known.get(k);
    if (id === undefined) {
      id = this.next++;
      this.known.set(k, id);
      this.added({ id, prefix, digits });
    }
    return id;
  }
}
