import SwaggerParser from "@apidevtools/swagger-parser";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storeFactories } from "../store/testing.js";
import type { Store } from "../store/index.js";
import { buildApp } from "./app.js";

/** What an integrator writes against the generated types: a published issue's fields, the section tree, a token call. */
const USAGE = `
import type { components, paths } from "./api.js";
type Issue = paths["/api/issues/{ref}"]["get"]["responses"][200]["content"]["application/json"];
type Listed = paths["/api/issues"]["get"]["responses"][200]["content"]["application/json"]["issues"][number];
type Section = components["schemas"]["Section"];
export function describeIssue(issue: Issue, listed: Listed): string {
  const published: string | null = issue.publishedOn;
  const status: "draft" | "review" | "approved" | "published" = issue.status;
  const first: Section | undefined = issue.sections[0];
  const nested: string | undefined = first?.children[0]?.children[0]?.heading;
  const kind: string | undefined = first?.content.kind;
  const report: string | null = issue.distribution.report;
  return [issue.title, issue.year + "-" + issue.seq, issue.total, published, status, nested, kind, report, issue.period.start, listed.ref].join(" ");
}
export type NewToken = paths["/api/tokens"]["post"]["requestBody"]["content"]["application/json"];
export const token: NewToken = { name: "门户网站", scopes: ["read-published"], days: 90 };
`;

/** Type-checks the files of `dir` (strict) in one program; the compiler's messages by file name. */
function typeCheck(dir: string, files: string[]): Record<string, string[]> {
  const program = ts.createProgram(
    files.map((f) => join(dir, f)),
    // Only the ES library: the generated client must stand on its own (no DOM, no @types).
    { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, lib: ["lib.es2022.d.ts"], module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, skipLibCheck: true, types: [] },
  );
  const out: Record<string, string[]> = Object.fromEntries(files.map((f) => [f, []]));
  for (const d of ts.getPreEmitDiagnostics(program)) (out[d.file ? d.file.fileName.slice(dir.length + 1) : "(global)"] ??= []).push(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
  return out;
}

describe("the OpenAPI document at /api/docs/json", () => {
  let store: Store;
  let doc: Record<string, any>;
  let dir: string;
  beforeAll(async () => {
    store = await storeFactories()[0]!.open();
    const app = await buildApp({ store, webDist: null });
    doc = JSON.parse((await app.inject({ url: "/api/docs/json" })).body);
    await app.close();
    dir = mkdtempSync(join(tmpdir(), "zhoubao-openapi-"));
  });
  afterAll(async () => {
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("is valid OpenAPI 3, with the recursive section tree as a named component", async () => {
    // The validator dereferences in place: give it a copy.
    await expect(SwaggerParser.validate(structuredClone(doc) as never)).resolves.toBeTruthy();
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(["Section", "SectionInput"]));
    const refs = JSON.stringify(doc).match(/#\/components\/schemas\/[^"]+/g) ?? [];
    expect(refs.length).toBeGreaterThan(0);
    for (const r of new Set(refs)) expect(doc.components.schemas[r.split("/").pop()!], r).toBeDefined();
    expect(doc.components.schemas.Section.properties.children.items.$ref).toBe("#/components/schemas/Section");
    expect(doc.components.securitySchemes.token).toMatchObject({ type: "http", scheme: "bearer" });
  });

  // Compiling the generated client takes a few seconds alone, much longer on a busy machine.
  it("generates a TypeScript client that type-checks with code reading a published issue", { timeout: 180_000 }, async () => {
    writeFileSync(join(dir, "api.ts"), astToString(await openapiTS(structuredClone(doc) as never)));
    writeFileSync(join(dir, "usage.ts"), USAGE);
    // The check can fail: a field the API does not have, or a wrong type, is reported.
    writeFileSync(join(dir, "wrong.ts"), `import type { paths } from "./api.js";\ndeclare const i: paths["/api/issues/{ref}"]["get"]["responses"][200]["content"]["application/json"];\nexport const a: number = i.title;\nexport const b = i.editorNotes;\n`);
    const errors = typeCheck(dir, ["api.ts", "usage.ts", "wrong.ts"]);
    expect({ ...errors, "wrong.ts": [] }).toEqual({ "api.ts": [], "usage.ts": [], "wrong.ts": [] });
    expect(errors["wrong.ts"]!.join("\n")).toMatch(/not assignable to type 'number'/);
    expect(errors["wrong.ts"]!.join("\n")).toMatch(/editorNotes/);
  });
});
