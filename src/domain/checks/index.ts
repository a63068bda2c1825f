/** Consistency checks of an issue against itself and its predecessors (issue 5). Pure: no I/O. */
export * from "./codes.js";
export * from "./finding.js";
export * from "./overrides.js";
export {
  viewOf,
  type CheckContext,
  type IssueView,
  type OffsetReference,
  type Rule,
  type RuleContext,
} from "./context.js";
export * from "./checkIssue.js";
export * from "./checkArchive.js";
export * from "./rules/index.js";
