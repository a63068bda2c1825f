/**
 * The text of an HTML document as the lines the text parser takes: one line per block
 * (paragraph, heading, list item, division), one per table row with its cells separated by
 * tabs (as docx.ts gives them), whitespace of the source collapsed as a browser shows it.
 * Scripts, styles, the head and comments are not text. Made for the issues zhoubao renders
 * (html/renderHtml.ts) and fair for HTML saved by Word, WPS or a browser.
 */

const BLOCK = new Set(
  "address article aside blockquote body caption dd details div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr html li main nav ol p pre section summary table tbody thead tfoot tr ul".split(" "),
);
const SKIPPED = new Set(["script", "style", "head", "template", "noscript", "svg", "title"]);
const CELL = new Set(["td", "th"]);
const TOKEN = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<!?\/?([a-zA-Z][\w:-]*)?(?:[^>"']|"[^"]*"|'[^']*')*>|([^<]+|<)/g;

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", ensp: " ", emsp: " ", mdash: "—", ndash: "–", hellip: "…", ldquo: "“", rdquo: "”", lsquo: "‘", rsquo: "’", middot: "·", times: "×" };

/** Character references: named ones of everyday text, and every numeric one. decodeEntities("A&amp;B&#x4e2d;") === "A&B中" */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, ref: string) => {
    if (ref[0] !== "#") return NAMED[ref.toLowerCase()] ?? m;
    const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

/**
 * @example
 * htmlText("<p>一、甲</p><table><tr><td>1</td><td>水利厅</td></tr></table>"); // "一、甲\n1\t水利厅"
 */
export function htmlText(html: string): string {
  const lines: string[] = [];
  let line = "";
  let cells: string[] | null = null;
  let skipping: string | null = null;
  let pre = 0;
  const flush = () => {
    const text = line.replace(/[ \t\r\n\f]+/g, " ").trim();
    if (cells) cells[cells.length - 1] = `${cells[cells.length - 1]} ${text}`.trim();
    else if (text) lines.push(text);
    line = "";
  };
  for (const m of html.matchAll(TOKEN)) {
    const [token, name, text] = m;
    if (text !== undefined) {
      if (!skipping) line += pre ? decodeEntities(text).replace(/\n/g, "\u2028") : decodeEntities(text);
      continue;
    }
    if (!name) continue; // comment, doctype, CDATA
    const tag = name.toLowerCase();
    const closing = token[1] === "/";
    if (skipping) {
      if (closing && tag === skipping) skipping = null;
      continue;
    }
    if (SKIPPED.has(tag) && !closing && !token.endsWith("/>")) {
      skipping = tag;
      continue;
    }
    if (tag === "pre") pre += closing ? -1 : 1;
    if (tag === "br") {
      flush();
      continue;
    }
    if (tag === "tr") {
      flush();
      if (!closing) cells = [];
      else if (cells) {
        const row = cells.join("\t");
        cells = null;
        if (row.replace(/\t/g, "").trim()) lines.push(row);
      }
      continue;
    }
    if (CELL.has(tag)) {
      flush();
      if (!closing && cells) cells.push("");
      continue;
    }
    if (BLOCK.has(tag)) flush();
  }
  flush();
  if (cells) lines.push((cells as string[]).join("\t"));
  return lines.join("\n").replace(/\u2028/g, "\n");
}
