import type { FastifyReply } from "fastify";
import { XLSX_MIME } from "../../render/xlsx/workbook.js";

/** RFC 6266 filename* for the Chinese file name, with an ASCII fallback. */
export function disposition(kind: "inline" | "attachment", name: string, ascii: string): string {
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** Sends a workbook as a download named in Chinese (ASCII fallback for old clients). */
export function sendXlsx(reply: FastifyReply, bytes: Buffer, name: string, ascii: string) {
  return reply.type(XLSX_MIME).header("content-disposition", disposition("attachment", `${name}.xlsx`, `${ascii}.xlsx`)).header("x-content-type-options", "nosniff").send(bytes);
}
