#!/usr/bin/env node
// Entry point of the `zhoubao` command. The sources are TypeScript; tsx compiles
// them on the fly so a checkout works right after `npm ci`, with no build step.
import { register } from "tsx/esm/api";
import { fileURLToPath, pathToFileURL } from "node:url";
import { dirname, join } from "node:path";

register();
const root = dirname(dirname(fileURLToPath(import.meta.url)));
const { main } = await import(pathToFileURL(join(root, "src/cli/main.ts")).href);
await main(process.argv);
