import type { Period } from "../../../domain/index.js";
import type { ReportLine } from "../types.js";
import { isoDate } from "./context.js";
import { DATE, ISSUE_NUMBER, ORG_END, PERIOD, isHeadingText, toNumber } from "./patterns.js";

/** What the masthead printed; null where it printed nothing readable. */
export type Masthead = {
  title: string | null;
  year: number | null;
  seq: number | null;
  total: number | null;
  issuer: string | null;
  publishedOn: string | null;
  /** Month/day of the period as printed; years are settled once the issue's year is known. */
  period: PrintedPeriod | null;
  /** The part title of the 2022 template (政务服务工作), printed above the period. */
  part: { heading: string; line: ReportLine } | null;
  unparsed: ReportLine[];
};

export type PrintedPeriod = { y1: number | null; m1: number; d1: number; y2: number | null; m2: number; d2: number; line: number };

/**
 * Whether a line holds only a period (brackets and spaces aside).
 *
 * @example
 * periodOnly("（12月11日—12月15日）"); // true
 */
export function periodOnly(text: string): boolean {
  const m = PERIOD.exec(text);
  return !!m && text.replace(m[0], "").replace(/[（）()\s]/g, "") === "";
}

/**
 * The parts of a PERIOD match.
 *
 * @example
 * printedPeriod(PERIOD.exec("（12月11日—12月15日）")!, 3).m2; // 12
 */
export function printedPeriod(m: RegExpExecArray, line: number): PrintedPeriod {
  const n = (s: string | undefined) => (s === undefined ? null : Number(s));
  return { y1: n(m[1]), m1: +m[2], d1: +m[3], y2: n(m[4]), m2: +m[5], d2: +m[6], line };
}

/**
 * The period's dates in an issue of `year`: the issue's year is the period's year;
 * a period running into January ends in the next year.
 *
 * @example
 * periodDates({ y1: null, m1: 12, d1: 11, y2: null, m2: 12, d2: 15, line: 3 }, 2023); // { start: "2023-12-11", end: "2023-12-15" }
 */
export function periodDates(p: PrintedPeriod, year: number): Period | null {
  const y1 = p.y1 ?? year;
  const y2 = p.y2 ?? (p.m2 < p.m1 ? y1 + 1 : y1);
  const start = isoDate(y1, p.m1, p.d1);
  const end = isoDate(y2, p.m2, p.d2);
  return start && end && start <= end ? { start, end } : null;
}

/**
 * Reads the masthead: title, number line, issuer, publication date, period and, in
 * the 2022 template, the part title. The lines may come in any order, and two may
 * share a line (issuer and date side by side in a PDF).
 *
 * @example
 * readMasthead(toLines("窗口工作周报\n2023年第49期（总第469期）\n…")).seq; // 49
 */
export function readMasthead(lines: ReportLine[]): Masthead {
  lines = joinWrapped(lines);
  const h: Masthead = { title: null, year: null, seq: null, total: null, issuer: null, publishedOn: null, period: null, part: null, unparsed: [] };
  lines.forEach((line, i) => {
    let rest = line.text;
    const take = (re: RegExp): RegExpExecArray | null => {
      const m = re.exec(rest);
      if (m) rest = rest.replace(m[0], " ");
      return m;
    };
    const number = h.seq === null ? take(ISSUE_NUMBER) : null;
    if (number) {
      h.year = Number(number[1]);
      h.seq = toNumber(number[2]);
      h.total = number[3] ? toNumber(number[3]) : null;
    }
    const period = h.period === null ? take(PERIOD) : null;
    if (period) h.period = printedPeriod(period, line.no);
    const date = h.publishedOn === null ? take(DATE) : null;
    if (date) h.publishedOn = isoDate(+date[1], +date[2], +date[3]);
    rest = rest.replace(/[（）\s]+/g, " ").trim();
    if (!rest) return;
    if (h.title === null && /周报$/.test(rest) && rest.length <= 16) h.title = rest.replace(/\s/g, "");
    else if (h.issuer === null && ORG_END.test(rest) && rest.length <= 40) h.issuer = rest.replace(/\s/g, "");
    else if (h.part === null && isHeadingText(rest) && (period || (lines[i + 1] && periodOnly(lines[i + 1].text))))
      h.part = { heading: rest.replace(/\s/g, ""), line };
    else h.unparsed.push(line);
  });
  return h;
}

/**
 * Masthead lines a narrow layout wrapped inside a date, a period or the number line
 * ("…中心 2023年4月" / "21日"): joined again when the join completes one of them.
 */
function joinWrapped(lines: ReportLine[]): ReportLine[] {
  const out: ReportLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const a = lines[i];
    const b = lines[i + 1];
    if (b && crosses(a.text, b.text)) {
      out.push({ ...a, text: a.text + b.text, raw: `${a.raw} ${b.raw.trim()}` });
      i++;
    } else out.push(a);
  }
  return out;
}

function crosses(a: string, b: string): boolean {
  const joined = a + b;
  return [ISSUE_NUMBER, PERIOD, DATE].some((re) => {
    const m = re.exec(joined);
    return !!m && m.index < a.length && m.index + m[0].length > a.length && !re.test(a) && !re.test(b);
  });
}
