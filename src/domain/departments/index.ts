export * from "./registry.js";
export * from "./seed.js";
