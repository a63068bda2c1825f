export * from "./scoring.js";
