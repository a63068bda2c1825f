export * from "./period.js";
export * from "./proposeNext.js";
export * from "./continuity.js";
export * from "./withinPeriod.js";
