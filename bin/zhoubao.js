#!/usr/bin/env node
// Entry point of the `zhoubao` command: runs the compiled JavaScript in dist/ (built by
// `npm ci`, rebuilt here when src/ is newer — see compiled.js), so nothing is compiled
// at start.
import { commandMain } from "./compiled.js";

const main = await commandMain();
await main(process.argv);
