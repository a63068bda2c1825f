/**
 * A random identifier (UUID v4 form). `crypto.randomUUID` exists only in secure contexts,
 * and many service centers serve the app over plain http on their intranet, where
 * `crypto.getRandomValues` still works.
 *
 * @example
 * randomId(); // "3f0c…-…"
 */
export function randomId(): string {
  if (typeof globalThis.crypto.randomUUID === "function" && globalThis.isSecureContext) return globalThis.crypto.randomUUID();
  const b = globalThis.crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
