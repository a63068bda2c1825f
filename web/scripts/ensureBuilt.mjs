#!/usr/bin/env node
// Builds the web app before `npm start` when web/dist is missing or older than its sources,
// so a fresh checkout serves the app without a separate build step.
import { existsSync, readdirSync, statSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const web = join(dirname(fileURLToPath(import.meta.url)), "..");
const built = join(web, "dist", "index.html");

/** The newest modification time under a path (files only), 0 when absent. */
function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = 0;
  for (const e of readdirSync(path)) max = Math.max(max, newest(join(path, e)));
  return max;
}

// The bundle also holds the domain and the HTML renderer (imported for presentation and the live preview).
const root = join(web, "..");
const sources = Math.max(
  newest(join(web, "src")),
  newest(join(web, "index.html")),
  newest(join(web, "vite.config.ts")),
  newest(join(root, "src", "domain")),
  newest(join(root, "src", "render", "build")),
  newest(join(root, "src", "render", "html")),
);
const output = existsSync(built) ? statSync(built).mtimeMs : 0;

if (output && output >= sources) {
  console.log("网页应用已是最新，无需重新构建。");
} else {
  console.log(output ? "网页源码有更新，正在重新构建网页应用……" : "尚未构建网页应用，正在构建……");
  const viteBin = join(root, "node_modules", "vite", "bin", "vite.js");
  const cmd = existsSync(viteBin) ? [process.execPath, [viteBin]] : ["npx", ["vite"]];
  const r = spawnSync(cmd[0], [...cmd[1], "build", "--config", join(web, "vite.config.ts")], { stdio: "inherit", cwd: root });
  if (r.status !== 0) {
    console.error("错误：网页应用构建失败，请查看上面的输出。");
    process.exit(r.status ?? 1);
  }
}
