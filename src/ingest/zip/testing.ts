import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";

/** Broken DOCX/XLSX files (truncated, size mismatch, zip bombs); see fixtures/make.py. */
export const ZIP_FIXTURES = resolve(import.meta.dirname, "fixtures");

/** A fixture as an upload. */
export const zipFixture = (name: string) => ({ name, bytes: readFileSync(join(ZIP_FIXTURES, name)) });
