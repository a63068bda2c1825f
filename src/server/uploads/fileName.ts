/** The longest file name kept (characters); longer names keep their end, where the extension is. */
const MAX_NAME = 120;

/**
 * The user's file name made safe to use as a path component and to print: no
 * directory part, no NUL or other control characters, no characters Windows forbids,
 * no leading dots (hidden files, ".."), at most 120 characters with the extension kept.
 * An empty name (also one that was only dots or an extension) becomes "upload" and the extension.
 *
 * @example
 * cleanFileName("..\\..\\etc/第45期\u0000.txt") // "第45期.txt"
 */
export function cleanFileName(raw: string): string {
  const base = raw.replaceAll("\\", "/").split("/").pop() ?? "";
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  const cleaned = base.normalize("NFC").replace(/[\u0000-\u001f\u007f-\u009f<>:"|?*\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, "").trim().replace(/[.\s]+$/, "");
  const dot = cleaned.lastIndexOf(".");
  const ext = dot >= 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : "";
  const stem = (ext ? cleaned.slice(0, dot) : cleaned).replace(/^[.\s]+/, "");
  const chars = [...stem];
  const room = MAX_NAME - [...ext].length;
  const kept = chars.length > room ? chars.slice(0, room).join("") : stem;
  return `${kept.trim() || "upload"}${ext}`;
}
