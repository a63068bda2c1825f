/**
 * Width of a line of text in ems of its font: Chinese characters and full-width punctuation
 * take one, ASCII letters and digits (Times New Roman) about half. Used by the renderer to
 * fit lines and by the importer to estimate an original's lines.
 *
 * @example
 * widthInEms("2023年12月26日"); // 7
 */
export function widthInEms(s: string): number {
  let w = 0;
  for (const ch of s) w += ch.charCodeAt(0) < 0x2000 ? 0.5 : 1;
  return w;
}
