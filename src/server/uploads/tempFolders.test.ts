import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { storeFactories } from "../../store/testing.js";
import { startTestApp } from "../testing.js";
import { makeUploadFolder, removeStaleUploads, UPLOAD_PREFIX } from "./tempFolders.js";

const roots: string[] = [];
const scratchRoot = () => {
  const r = mkdtempSync(join(tmpdir(), "zhoubao-uploads-root-"));
  roots.push(r);
  return r;
};
afterEach(() => {
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

/** A process that makes an upload folder, writes part of a file into it and is killed with SIGKILL. */
async function killedUpload(root: string): Promise<string> {
  const script = `const fs = require("node:fs"); const path = require("node:path");
    const dir = fs.mkdtempSync(path.join(${JSON.stringify(root)}, ${JSON.stringify(UPLOAD_PREFIX)} + process.pid + "-"));
    fs.writeFileSync(path.join(dir, "办件2026.csv"), "受理编号,事项名称\\n");
    process.stdout.write(dir); setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ["-e", script]);
  const dir = await new Promise<string>((resolve) => child.stdout.once("data", (d) => resolve(String(d))));
  const exited = new Promise((resolve) => child.on("exit", resolve));
  child.kill("SIGKILL");
  await exited;
  return dir;
}

describe("stale upload folders", () => {
  it("removes the folders of dead processes and unowned old ones; keeps live owners', this process's and newer ones", async () => {
    const root = scratchRoot();
    const killed = await killedUpload(root);
    const old = join(root, `${UPLOAD_PREFIX}Ab12Cd`); // named by an older version, without a pid
    const liveOther = join(root, `${UPLOAD_PREFIX}${process.ppid}-Xy34Zw`);
    const own = makeUploadFolder(root);
    const unrelated = join(root, "zhoubao-cli-abc");
    for (const d of [old, liveOther, unrelated]) mkdirSync(d);
    writeFileSync(join(old, "x.xlsx"), "PK");
    const past = new Date(Date.now() - 3600_000);
    for (const d of [killed, old, liveOther, own, unrelated]) utimesSync(d, past, past);
    const newer = join(root, `${UPLOAD_PREFIX}Ef56Gh`);
    mkdirSync(newer);

    const removed = removeStaleUploads(root, Date.now() - 60_000);
    expect(removed.sort()).toEqual([killed, old].sort());
    expect(readdirSync(root).sort()).toEqual([liveOther, own, unrelated, newer].map((d) => d.slice(root.length + 1)).sort());
  });
});

describe.each(storeFactories().slice(0, 1))("server start on $name", (factory) => {
  it("removes the folder of an upload killed with its server", async () => {
    const root = scratchRoot();
    const killed = await killedUpload(root);
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = root; // os.tmpdir(), where uploads go, reads it on each call
    try {
      // The folder must predate the server process: made before this test's process started.
      utimesSync(killed, new Date(0), new Date(0));
      const t = await startTestApp(factory, { demo: false, draft: false });
      await t.close();
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
    expect(existsSync(killed)).toBe(false);
  });
});
