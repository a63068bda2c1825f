/**
 * Issue 15's checker corpus: every planted error (checkCorpus.plants.ts) must be caught
 * with its code, and the unedited samples must pass (no error, no warning; the info
 * about carried-over cases stays). Prints the catch rate.
 */
import { existsSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { checkIssue } from "../../domain/checks/checkIssue.js";
import { calendar, registry } from "../../domain/checks/fixtures.js";
import type { Finding } from "../../domain/checks/finding.js";
import type { IssueDocument } from "../../domain/model/issue.js";
import { treeFromPrevious } from "../../domain/templates/builtin.js";
import { PLANTS, type Plant, type Weeks } from "./checkCorpus.plants.js";
import { imported, importedText, predecessorOf, SAMPLE_NAMES, SAMPLES, sampleText } from "./sampleIssues.js";

/**
 * The sample's neighbours: the week before and, when the year has one, the week before
 * that (derived from the sample). "empty-week" leaves the week before empty, as a week
 * nobody filled in, so year-to-date figures must be compared two weeks back.
 */
function neighbours(doc: IssueDocument, weeks: Weeks): IssueDocument[] {
  const before = predecessorOf(doc);
  const earlier = before.seq > 1 ? [predecessorOf(before)] : [];
  if (weeks === "empty-week") before.sections = treeFromPrevious(before.sections);
  return [...earlier, before];
}

function check(text: string, weeks: Weeks, base: IssueDocument): Finding[] {
  const year = neighbours(base, weeks);
  return checkIssue(importedText(text), { previous: year.at(-1)!, sameYear: year, calendar, registry });
}

/** The sample's text with the plant's one-line edit; fails when `find` is not on exactly one line. */
function planted(plant: Plant): string {
  const text = sampleText(plant.sample);
  const lines = text.split("\n");
  const at = lines.flatMap((l, i) => (l.includes(plant.find) ? [i] : []));
  expect(at, `“${plant.find}” should be on exactly one line of ${plant.sample}`).toHaveLength(1);
  expect(lines[at[0]].split(plant.find)).toHaveLength(2);
  lines[at[0]] = lines[at[0]].replace(plant.find, plant.replace);
  return lines.join("\n");
}

// Section ids are fresh on every import: a finding is known by its code, heading and field.
const key = (f: Finding) => `${f.code} ${f.section} ${f.field}`;

describe.skipIf(!existsSync(SAMPLES))("checker corpus", () => {
  const caught: boolean[] = [];
  afterAll(() => {
    const n = caught.filter(Boolean).length;
    console.log(`checker corpus: caught ${n}/${PLANTS.length} planted errors (${((100 * n) / PLANTS.length).toFixed(1)} %)`);
  });

  it("has at least 30 plants, of at least 20 codes", () => {
    expect(PLANTS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(PLANTS.map((x) => x.code)).size).toBeGreaterThanOrEqual(20);
  });

  it.each(SAMPLE_NAMES)("%s unedited: no error and no warning, with either kind of neighbours", (name) => {
    for (const weeks of ["before", "empty-week"] as const) {
      const findings = check(sampleText(name), weeks, imported(name));
      expect(findings.filter((f) => f.severity !== "info").map((f) => `${f.code} ${f.message}`)).toEqual([]);
    }
  });

  it.each(PLANTS.map((x) => [x.sample, x.what, x.code, x] as const))("%s, %s → %s", (_s, _w, code, plant) => {
    const weeks = plant.weeks ?? "before";
    const base = imported(plant.sample);
    const clean = new Set(check(sampleText(plant.sample), weeks, base).map(key));
    const added = check(planted(plant), weeks, base).filter((f) => !clean.has(key(f)));
    caught.push(added.some((f) => f.code === code));
    expect(added.map((f) => f.code)).toContain(code);
  });
});
