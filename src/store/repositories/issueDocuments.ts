import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../schema.js";

export const DOCUMENT_FORMATS = ["docx", "pdf", "html"] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

export type KeptDocument = { format: DocumentFormat; contentType: string; content: Buffer; sha256: string; createdAt: string };

/** The rendered files of each published revision, kept so a published issue is served exactly as it was issued. */
export function issueDocumentsRepository(db: Kysely<Database>) {
  return {
    async get(issueId: number, revision: number, format: DocumentFormat): Promise<KeptDocument | null> {
      const r = await db
        .selectFrom("issue_documents")
        .selectAll()
        .where("issue_id", "=", issueId)
        .where("revision", "=", revision)
        .where("format", "=", format)
        .executeTakeFirst();
      if (!r) return null;
      return { format: r.format as DocumentFormat, contentType: r.content_type, content: Buffer.from(r.content), sha256: r.sha256, createdAt: r.created_at };
    },
    /** Keeps a rendered file; the first one kept for a revision and format stays. */
    async keep(issueId: number, revision: number, format: DocumentFormat, contentType: string, content: Buffer): Promise<void> {
      await db
        .insertInto("issue_documents")
        .values({
          issue_id: issueId,
          revision,
          format,
          content_type: contentType,
          content,
          sha256: createHash("sha256").update(content).digest("hex"),
          created_at: new Date().toISOString(),
        })
        .onConflict((oc) => oc.columns(["issue_id", "revision", "format"]).doNothing())
        .execute();
    },
    async list(issueId: number): Promise<{ revision: number; format: DocumentFormat; sha256: string; bytes: number }[]> {
      const rows = await db
        .selectFrom("issue_documents")
        .select(["revision", "format", "sha256", "content"])
        .where("issue_id", "=", issueId)
        .orderBy("revision")
        .orderBy("format")
        .execute();
      return rows.map((r) => ({ revision: r.revision, format: r.format as DocumentFormat, sha256: r.sha256, bytes: r.content.length }));
    },
  };
}
