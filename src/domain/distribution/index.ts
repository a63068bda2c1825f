export * from "./model.js";
export * from "./rhythm.js";
