// The compiled JavaScript of src/ (in dist/, same folder layout, so paths built from
// import.meta.url — web/dist, the fonts configuration — resolve alike from both trees).
//
// Staleness: a developer who edits src/ and runs bin/zhoubao.js must get their edit. At
// every start we stat the sources (≈ 260 files, ~30 ms of CPU) and compare their
// count and newest time with what dist/.stamp.json recorded at the last build; when they
// differ, esbuild rebuilds the whole tree (well under a second) before the command runs.
// ctime as well as mtime: a renamed or `git checkout`-ed file changes its ctime even when
// its mtime is older. A whole rebuild rather than per-file bookkeeping: nothing to get wrong.
// Each output file is written to a temporary name and renamed, so processes started in
// parallel (tests) that rebuild at the same time never read half a file.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
export const SRC = join(ROOT, "src");
export const DIST = join(ROOT, "dist");
const STAMP = join(DIST, ".stamp.json");
/** Files of src/ that are not TypeScript but are read at run time, copied as they are. */
const ASSETS = [/\.conf$/];

const isSource = (f) => (f.endsWith(".ts") && !f.endsWith(".test.ts") && !f.endsWith(".d.ts")) || ASSETS.some((re) => re.test(f));

/** The files dist/ is made of, relative to src/, with their count and newest change. */
export function sourceState() {
  const files = readdirSync(SRC, { recursive: true }).filter((f) => isSource(f) && !f.split("/").includes("fixtures"));
  let newest = 0;
  for (const f of files) {
    const st = statSync(join(SRC, f));
    newest = Math.max(newest, st.mtimeMs, st.ctimeMs);
  }
  return { files, count: files.length, newest };
}

/** True when dist/ was built from the sources as they are now. */
export function isFresh(state = sourceState()) {
  if (!existsSync(STAMP)) return false;
  try {
    const stamp = JSON.parse(readFileSync(STAMP, "utf8"));
    return stamp.count === state.count && stamp.newest === state.newest;
  } catch {
    return false;
  }
}

function writeAtomically(file, contents) {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, contents);
  renameSync(tmp, file);
}

/**
 * Packages loaded from one bundled file of dist/vendor/ instead of their hundreds of
 * modules: Kysely's 279 files cost 0.3 s of CPU at every start, bundled 0.05 s. Only
 * packages no other dependency imports (else there would be two copies of them).
 */
const VENDORED = ["kysely"];

/** Each source file its own output (bundle mode only to rewrite the vendored imports). */
const perFile = {
  name: "per-file",
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => {
      if (args.kind === "entry-point") return undefined;
      if (!VENDORED.includes(args.path)) return { path: args.path, external: true };
      const target = relative(dirname(args.importer.replace(SRC, DIST)), join(DIST, "vendor", `${args.path}.js`));
      return { path: target.startsWith(".") ? target : `./${target}`, external: true };
    });
  },
};

/** Compiles src/ into dist/ (TypeScript → ESM JavaScript, one file per file). */
export async function buildDist() {
  const state = sourceState();
  const { build } = await import("esbuild");
  const ts = state.files.filter((f) => f.endsWith(".ts"));
  // absWorkingDir: the vendored packages resolve from the project, whatever the caller's directory.
  const common = { format: "esm", platform: "node", target: "node20.19", bundle: true, logLevel: "error", write: false, absWorkingDir: ROOT };
  const [r, vendor] = await Promise.all([
    build({ ...common, entryPoints: ts.map((f) => join(SRC, f)), outbase: SRC, outdir: DIST, sourcemap: "linked", plugins: [perFile] }),
    build({ ...common, entryPoints: Object.fromEntries(VENDORED.map((p) => [p, p])), outdir: join(DIST, "vendor") }),
  ]);
  const wanted = new Set([STAMP]);
  for (const out of [...r.outputFiles, ...vendor.outputFiles]) {
    writeAtomically(out.path, out.contents);
    wanted.add(out.path);
  }
  for (const f of state.files.filter((f) => !f.endsWith(".ts"))) {
    writeAtomically(join(DIST, f), readFileSync(join(SRC, f)));
    wanted.add(join(DIST, f));
  }
  // Outputs of deleted sources would still be importable: remove them.
  for (const f of readdirSync(DIST, { recursive: true })) {
    const p = join(DIST, f);
    if (!wanted.has(p) && !f.endsWith(".tmp") && statSync(p).isFile()) unlinkSync(p);
  }
  writeAtomically(STAMP, JSON.stringify({ count: state.count, newest: state.newest }));
  return { files: r.outputFiles.length, dist: relative(ROOT, DIST) };
}

/**
 * The URL to import for `src/<path>.ts`: its compiled file, rebuilt first when stale. If
 * the rebuild cannot be done (no esbuild, a read-only install), the TypeScript itself
 * through tsx: slower to start but never out of date.
 */
export async function compiledModule(path) {
  const js = join(DIST, path.replace(/\.ts$/, ".js"));
  if (!isFresh()) {
    try {
      await buildDist();
    } catch (e) {
      process.stderr.write(`注意：无法编译 src/（${e.message.split("\n")[0]}），改为直接运行 TypeScript 源码。\n`);
      const { register } = await import("tsx/esm/api");
      register();
      return pathToFileURL(join(SRC, path)).href;
    }
  }
  return pathToFileURL(js).href;
}
