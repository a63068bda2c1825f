export * from "./common.js";
export * from "./section.js";
export * from "./assessment.js";
export * from "./issue.js";
export * from "./facts.js";
