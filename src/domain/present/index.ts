export * from "./numerals.js";
export * from "./dates.js";
export * from "./sentences.js";
export * from "./printed.js";
export * from "./leaderVisits.js";
export * from "./width.js";
