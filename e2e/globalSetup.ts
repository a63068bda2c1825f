// Once before the whole suite: dist/ rebuilt when src/ has changed (tests that spawn
// bin/zhoubao.js run it; better here than by the first processes started at the same
// time), and the demo archive stored once to be copied by every test app.
import type { TestProject } from "vitest/node";
// @ts-expect-error bin/compiled.js is plain JavaScript without declarations
import { buildDist, isFresh } from "../bin/compiled.js";
import { makeDemoTemplates, type DemoTemplates } from "../src/server/demoTemplates.js";

declare module "vitest" {
  export interface ProvidedContext {
    demoTemplates: DemoTemplates;
  }
}

export async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!isFresh()) await buildDist();
  const made = await makeDemoTemplates(process.env.TEST_DATABASE_URL);
  project.provide("demoTemplates", made.templates);
  return () => made.remove();
}
