/** The domain: pure rules and types of the 窗口工作周报. No I/O, no imports from other layers. */
export * from "./errors.js";
export * from "./validate.js";
export * from "./model/index.js";
export * from "./tree.js";
export * from "./departments/index.js";
export * from "./calendar/index.js";
export * from "./numbering/index.js";
export * from "./present/index.js";
export * from "./templates/index.js";
export * from "./facts/index.js";
export * from "./assessment/index.js";
export * from "./checks/index.js";
export * from "./review/index.js";
