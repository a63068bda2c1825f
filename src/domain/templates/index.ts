export * from "./emptyContent.js";
export * from "./builtin.js";
