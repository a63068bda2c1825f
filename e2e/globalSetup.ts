// Once before the whole suite: dist/ rebuilt when src/ has changed (tests that spawn
// bin/zhoubao.js run it; better here than by the first processes started at the same
// time), and the demo archive stored once to be copied by every test app.
import type { TestProject } from "vitest/node";
// @ts-expect-error bin/compiled.js is plain JavaScript without declarations
import { buildDist, isFresh } from "../bin/compiled.js";
import { makeDemoTemplates, type DemoTemplates } from "../src/server/demoTemplates.js";
import type { WebTemplate } from "./web/accounts.js";

declare module "vitest" {
  export interface ProvidedContext {
    demoTemplates: DemoTemplates;
    /** The browser tests' SQLite store: the demo archive and their accounts (e2e/web/accounts.ts). */
    webTemplate: WebTemplate;
  }
}

export async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!isFresh()) await buildDist();
  const made = await makeDemoTemplates(process.env.TEST_DATABASE_URL);
  project.provide("demoTemplates", made.templates);
  // The accounts' hashes at the suite's cost (vitest.config.ts sets it for the tests, not
  // for this setup): read before the password hasher is first loaded.
  process.env.ZHOUBAO_SCRYPT_N ??= String(project.config.env?.ZHOUBAO_SCRYPT_N ?? "");
  const { writeWebTemplate } = await import("./web/accounts.js");
  project.provide("webTemplate", await writeWebTemplate(made.templates.sqlite));
  return () => made.remove();
}
