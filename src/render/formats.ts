/** The formats `zhoubao render` and the server offer, with their file types (no renderer loaded). */
export const RENDER_FORMATS = {
  docx: { extension: "docx", mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
  pdf: { extension: "pdf", mime: "application/pdf" },
  html: { extension: "html", mime: "text/html; charset=utf-8" },
} as const;
export type RenderFormat = keyof typeof RENDER_FORMATS;
