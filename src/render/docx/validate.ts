/**
 * Validates the XML parts of a .docx against the ECMA-376 schemas (vendor/ecma-376) with
 * xmllint (Debian: libxml2-utils), after applying Markup Compatibility as a consumer does.
 * For tests: one xmllint run checks every part of a document.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { docxParts } from "../testing.js";
import { applyMarkupCompatibility } from "./validation/markupCompatibility.js";

// Third-party schemas live in vendor/ (kept whole, as ECMA and Debian ship them); same depth from dist/.
export const DOCX_SCHEMA = join(import.meta.dirname, "..", "..", "..", "vendor", "ecma-376", "docx.xsd");

/** The parts with a schema here: WordprocessingML parts, content types and relationships. */
const VALIDATED = /^(word\/[^/]+\.xml|\[Content_Types\]\.xml|(.*\/)?_rels\/.*\.rels)$/;

/**
 * True when xmllint is installed. In CI (CI=true) a missing xmllint fails loudly, because no
 * test may be skipped there; elsewhere the schema tests skip with a notice.
 */
export function xmllintAvailable(): boolean {
  if (spawnSync("xmllint", ["--version"]).status === 0) return true;
  if (process.env.CI === "true") throw new Error("CI=true 但未找到 xmllint：请安装 libxml2-utils。");
  console.warn("⚠ 未找到 xmllint，跳过 DOCX 结构校验。安装：apt-get install libxml2-utils");
  return false;
}

/**
 * Every schema violation in the document's parts, as xmllint words it ("word/document.xml:1:
 * element spacing: … '289.5' is not a valid value …"); empty when all parts are valid.
 */
export async function schemaErrors(docx: Buffer): Promise<string[]> {
  const parts = Object.entries(await docxParts(docx)).filter(([name]) => VALIDATED.test(name));
  const dir = mkdtempSync(join(tmpdir(), "zhoubao-docx-xsd-"));
  try {
    for (const [name, xml] of parts) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), applyMarkupCompatibility(xml));
    }
    const r = spawnSync("xmllint", ["--noout", "--schema", DOCX_SCHEMA, ...parts.map(([n]) => n)], { cwd: dir, encoding: "utf8" });
    if (r.error) throw r.error;
    const errors = r.stderr.split("\n").filter((l) => /error|fails to validate/.test(l));
    if (r.status !== 0 && errors.length === 0) throw new Error(`xmllint 异常退出（${r.status}）：${r.stderr}`);
    return errors;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
