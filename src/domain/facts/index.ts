export * from "./issueFacts.js";
