import { attachmentNoteLines, type AttachmentPage, type Block, type Colophon, type DocumentModel, type Masthead, type Run, type Table } from "../model.js";
import { issueCss } from "./css.js";
import { escapeHtml as esc } from "./escape.js";

/**
 * A rule of exact thickness. Chromium snaps borders and box backgrounds to whole CSS pixels
 * (0.26 mm in print), so 0.35 mm and 0.25 mm would print alike; an SVG shape is not snapped.
 * The SVG overflows its box visibly, so its own (snapped) box does not clip the shape either.
 */
export function rule(kind: "masthead" | "thick" | "thin"): string {
  return `<div class="zb-rule zb-rule-${kind}" aria-hidden="true"><svg viewBox="0 0 100 1" preserveAspectRatio="none"><rect width="100" height="1"/></svg></div>`;
}

const runs = (rs: Run[]) => rs.map((r) => (r.bold ? `<strong>${esc(r.text)}</strong>` : esc(r.text))).join("");

function masthead(m: Masthead): string {
  return `<header class="zb-masthead">
<h1 class="zb-title">${esc(m.title)}</h1>
<p class="zb-issue-line">${esc(m.issueLine)}</p>
<div class="zb-masthead-foot">
<p class="zb-issuer-line${m.issuerLine.inset ? " zb-inset" : ""}" style="font-size:${m.issuerLine.sizePt}pt"><span class="zb-issuer">${esc(m.issuer)}</span><span class="zb-date">${esc(m.date)}</span></p>
${rule("masthead")}
</div>
</header>`;
}

/** Class names with zb-break added when the block starts a page of the original's. */
const classes = (names: string, breakBefore?: boolean) => `class="${names}${breakBefore ? " zb-break" : ""}"`;

function block(b: Block): string {
  switch (b.type) {
    case "part-title":
      return `<h2 ${classes("zb-part", b.breakBefore)}>${esc(b.text)}</h2>`;
    case "period":
      return `<p ${classes("zb-period", b.breakBefore)}>${esc(b.text)}</p>`;
    case "heading": {
      const tag = `h${b.level + 2}`;
      return `<${tag} ${classes(`zb-h zb-h${b.level}`, b.breakBefore)}>${esc(b.number)}${esc(b.text)}</${tag}>`;
    }
    case "paragraph": {
      const parts = `zb-p${b.continues ? " zb-continues" : ""}${b.continued ? " zb-continued" : ""}`;
      return `<p ${classes(parts, b.breakBefore)}>${runs(b.runs)}</p>`;
    }
    case "attachment-note":
      return attachmentNoteLines(b.items)
        .map((line, i) => `<p ${classes("zb-attachment-note", i === 0 && b.breakBefore)}>${esc(line)}</p>`)
        .join("\n");
  }
}

/** The table; where the original's page ended between rows, one table per page, each with its header. */
function table(t: Table): string {
  const cols = t.columns.map((c) => `<col style="width:${(c.width * 100).toFixed(2)}%">`).join("");
  const head = t.columns.map((c) => `<th>${esc(c.header)}</th>`).join("");
  const cuts = [0, ...(t.breaksBefore ?? []), t.rows.length];
  return cuts
    .slice(1)
    .map((end, i) => {
      const body = t.rows.slice(cuts[i], end).map((r) => `<tr>${r.map((v) => `<td>${esc(v)}</td>`).join("")}</tr>`).join("\n");
      return `<table ${classes("zb-table", i > 0)}><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody></table>`;
    })
    .join("\n");
}

function attachment(a: AttachmentPage): string {
  return `<section class="zb-attachment">
<p class="zb-attachment-label">${esc(a.label)}</p>
<h2 class="zb-attachment-title">${esc(a.title)}</h2>
${table(a.table)}
</section>`;
}

function colophon(c: Colophon): string {
  const rows = c.lines.map((l) => [`<p>${esc(l.label)}：${esc(l.text)}</p>`]);
  if (c.copies) {
    if (!rows.length) rows.push([]);
    rows[rows.length - 1].push(`<p class="zb-copies">${esc(c.copies)}</p>`);
  }
  // The spacer is sized by the PDF renderer so the 版记 ends at the foot of the last page.
  return `<footer class="zb-colophon-wrap"><div class="zb-colophon-spacer"></div><div class="zb-colophon">
${rule("thick")}
${rows.map((r) => `<div class="zb-colophon-row">${r.join("")}</div>`).join(`\n${rule("thin")}\n`)}
${rule("thick")}
</div></footer>`;
}

/** The issue as an <article class="zb-doc"> element. */
export function articleHtml(model: DocumentModel): string {
  const print = model.print ? ` style="--zb-line:${model.print.linePitchPt}pt;--zb-masthead:${model.print.mastheadPt}pt"` : "";
  return `<article class="zb-doc"${print}><div class="zb-flow">
${masthead(model.masthead)}
<main class="zb-body">
${model.body.map(block).join("\n")}
</main>
${model.attachments.map(attachment).join("\n")}
<div class="zb-end"></div>
${model.colophon ? colophon(model.colophon) : ""}
</div></article>`;
}

/**
 * HTML of an issue. `standalone` gives a whole document with the print stylesheet (A4,
 * margins, page numbers) — what the PDF is printed from; otherwise an <article> with its
 * own scoped <style>, for embedding in the web app. All user text is escaped. `fontFaces`
 * (@font-face rules, standalone only) goes before the stylesheet: the PDF's embedded fonts.
 *
 * @example
 * htmlOfModel(model, { standalone: true }).startsWith("<!DOCTYPE html>"); // true
 */
export function htmlOfModel(model: DocumentModel, { standalone, fontFaces = "" }: { standalone: boolean; fontFaces?: string }): string {
  if (!standalone) return `<style>${issueCss({ page: false })}</style>\n${articleHtml(model)}`;
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(model.docTitle)}</title>
<style>${fontFaces}${issueCss({ page: true })}</style>
</head><body>
${articleHtml(model)}
</body></html>`;
}
