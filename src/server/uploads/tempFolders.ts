import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { processAlive } from "../../store/repositories/ledgerLog.js";

/** Upload folders are `zhoubao-upload-<pid>-XXXXXX` in the system's temporary folder. */
export const UPLOAD_PREFIX = "zhoubao-upload-";

/** When this process started (ms since the epoch). */
const processStart = Date.now() - process.uptime() * 1000;

/**
 * A private temporary folder for one upload, named with this process's pid: a server
 * killed mid-upload cannot remove it, and the next start must know it is nobody's.
 *
 * @example
 * const dir = makeUploadFolder(); // /tmp/zhoubao-upload-4242-Ab12Cd
 */
export function makeUploadFolder(root = tmpdir()): string {
  return mkdtempSync(join(root, `${UPLOAD_PREFIX}${process.pid}-`));
}

/**
 * Removes the upload folders a killed server left behind (run when the server starts):
 * those older than this process whose owner is gone. A folder of a live process — another
 * server on the same machine, mid-upload — is kept; one without a pid (named by an older
 * version) goes when it is older than this process. Returns the folders removed.
 *
 * @example
 * removeStaleUploads(); // ["/tmp/zhoubao-upload-4242-Ab12Cd"]
 */
export function removeStaleUploads(root = tmpdir(), startedAt = processStart): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(root);
  } catch {
    return removed; // no temporary folder yet: nothing left behind
  }
  for (const name of names) {
    if (!name.startsWith(UPLOAD_PREFIX)) continue;
    const path = join(root, name);
    const pid = /^(\d+)-/.exec(name.slice(UPLOAD_PREFIX.length))?.[1];
    const owner = pid === undefined ? null : Number(pid);
    if (owner === process.pid || (owner !== null && processAlive(owner))) continue;
    try {
      if (statSync(path).mtimeMs >= startedAt) continue;
      rmSync(path, { recursive: true, force: true });
      removed.push(path);
    } catch {
      // Removed meanwhile by its owner or another server starting: nothing to do.
    }
  }
  return removed;
}
