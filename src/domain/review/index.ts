export * from "./model.js";
export * from "./compare.js";
export * from "./figures.js";
