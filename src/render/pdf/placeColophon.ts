/**
 * Runs inside the page before printing: puts the 版记 at the foot of the last page.
 *
 * Chromium cannot float a block to the bottom of a page, and a script cannot see where the
 * print layout breaks pages. But the same fragmentation engine lays out columns: with the
 * flow set in columns of exactly the text block's size, every column is a page (same line
 * breaks, orphans/widows, keep-with-next, repeated table headers). The end of the body's
 * last line then tells how much room the last page has left; a spacer of that height
 * minus the 版记's pushes it to the bottom, or the 版记 starts a page of its own.
 *
 * Self-contained (it is serialised into the page): no imports, no closures.
 */
export function placeColophon(): { page: number; room: number } | null {
  const flow = document.querySelector<HTMLElement>(".zb-flow");
  const wrap = document.querySelector<HTMLElement>(".zb-colophon-wrap");
  const end = document.querySelector<HTMLElement>(".zb-end");
  const spacer = wrap?.querySelector<HTMLElement>(".zb-colophon-spacer");
  const colophon = wrap?.querySelector<HTMLElement>(".zb-colophon");
  if (!flow || !wrap || !end || !spacer || !colophon) return null;
  spacer.style.height = "0px";
  wrap.style.breakBefore = "auto";
  flow.classList.add("zb-measure");
  try {
    const box = flow.getBoundingClientRect();
    const style = getComputedStyle(flow);
    const stride = parseFloat(style.columnWidth) + parseFloat(style.columnGap);
    const pageHeight = box.height;
    const at = end.getBoundingClientRect();
    const page = Math.round((at.left - box.left) / stride) + 1;
    const room = pageHeight - (at.top - box.top);
    const height = colophon.getBoundingClientRect().height;
    const slack = 2; // px: rounding between the column and the page layouts
    if (room >= height + slack) {
      spacer.style.height = `${room - height - slack}px`;
      return { page, room };
    }
    wrap.style.breakBefore = "page";
    spacer.style.height = `${Math.max(0, pageHeight - height - slack)}px`;
    return { page: page + 1, room };
  } finally {
    flow.classList.remove("zb-measure");
  }
}
