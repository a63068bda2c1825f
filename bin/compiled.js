// The compiled JavaScript of src/ in dist/: CommonJS bundles made by esbuild.
// - dist/cli/main.cjs, the command: src/cli/main.ts and everything it imports (its lazily
//   imported command groups too) in one file. Packages stay in node_modules and are
//   required when a command first needs them; Kysely, which only the store uses, is bundled
//   apart in dist/vendor/kysely.cjs (its 279 files cost 0.3 s at every start, one file 0.05 s).
//   One file instead of ~340 modules resolved one by one, and packages loaded by `require`
//   rather than through the ESM loader's translation of CommonJS: `zhoubao serve` answers
//   ~0.25 s sooner than from one ES module per source.
// - one bundle per worker thread's module (a source that calls startModuleWorker with its
//   own import.meta.url), beside where its source would compile: the thread starts from it.
// In every bundle, each source's import.meta is what it would be for its own file in dist/
// (CommonJS has none, and one file would give all its modules the same one), so paths built
// from import.meta.url — web/dist, the fonts configuration — resolve alike from dist/ and src/.
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
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
export const SRC = join(ROOT, "src");
export const DIST = join(ROOT, "dist");
const STAMP = join(DIST, ".stamp.json");
/** Files of src/ that are not TypeScript but are read at run time, copied as they are. */
const ASSETS = [/\.conf$/];

const isSource = (f) => (f.endsWith(".ts") && !f.endsWith(".test.ts") && !f.endsWith(".d.ts")) || ASSETS.some((re) => re.test(f));

/**
 * The source files under `dir` (relative to src/), fixtures' folders not entered: a walk
 * by hand, since readdirSync's own recursion costs 0.05 s of CPU at every start here.
 */
function sourcesUnder(dir) {
  const out = [];
  for (const e of readdirSync(join(SRC, dir), { withFileTypes: true })) {
    const rel = dir ? `${dir}/${e.name}` : e.name;
    if (e.isDirectory()) {
      if (e.name !== "fixtures") out.push(...sourcesUnder(rel));
    } else if (isSource(e.name)) out.push(rel);
  }
  return out;
}

/** The files dist/ is made of, relative to src/, with their count and newest change. */
export function sourceState() {
  const files = sourcesUnder("");
  // This file counts as a source: a change in how dist/ is built rebuilds it.
  let newest = 0;
  for (const path of [...files.map((f) => join(SRC, f)), fileURLToPath(import.meta.url)]) {
    const st = statSync(path);
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

/** Packages bundled apart in dist/vendor/ (only packages no other dependency imports, else there would be two copies). */
const VENDORED = ["kysely"];
/** The command's bundle. */
export const COMMAND_BUNDLE = join(DIST, "cli", "main.cjs");
/** A worker thread started from the calling module's own file (a line of code, not of a comment). */
const WORKER_CALL = /^(?!\s*(\*|\/\/)).*startModuleWorker\(import\.meta\.url/m;

/** Where `src/<rel>.ts` lives in dist/: its bundle if it is one, else the file it would compile to. */
const distName = (rel, entries) => rel.replace(/\.ts$/, entries.has(rel) ? ".cjs" : ".js");

/**
 * Packages stay outside the bundle at `outfile` (vendored ones in their own file), and each
 * source's import.meta is rewritten to what it is for that source's file in dist/.
 */
function oneFile(outfile, entries) {
  const vendor = relative(dirname(outfile), join(DIST, "vendor")).replace(/^(?!\.)/, "./");
  return {
    name: "one-file",
    setup(b) {
      b.onResolve({ filter: /^[^./]/ }, (args) => {
        if (args.kind === "entry-point") return undefined;
        return { path: VENDORED.includes(args.path) ? `${vendor}/${args.path}.cjs` : args.path, external: true };
      });
      b.onLoad({ filter: /\.ts$/ }, (args) => {
        const js = distName(relative(SRC, args.path), entries);
        const contents = readFileSync(args.path, "utf8")
          .replaceAll("import.meta.url", `__zbModuleUrl(${JSON.stringify(js)})`)
          .replaceAll("import.meta.dirname", `__zbModulePath(${JSON.stringify(dirname(js))})`)
          .replaceAll("import.meta.resolve(", "__zbResolve(");
        return { contents, loader: "ts" };
      });
    },
  };
}

/** Defines what the rewritten import.meta calls, from where the bundle itself lies in dist/. */
const prelude = (outfile) =>
  [
    'const { join: __zbJoin } = require("node:path"), { pathToFileURL: __zbFileUrl } = require("node:url");',
    `const __zbDist = __zbJoin(__dirname, ${JSON.stringify(relative(dirname(outfile), DIST) || ".")});`,
    "const __zbModulePath = (rel) => __zbJoin(__zbDist, rel), __zbModuleUrl = (rel) => __zbFileUrl(__zbModulePath(rel)).href;",
    "const __zbResolve = (specifier) => __zbFileUrl(require.resolve(specifier)).href;",
  ].join("\n");

/** Compiles src/ into dist/: the command's bundle, the worker threads' bundles and the vendored packages. */
export async function buildDist() {
  const state = sourceState();
  const { build } = await import("esbuild");
  const workers = state.files.filter((f) => f.endsWith(".ts") && WORKER_CALL.test(readFileSync(join(SRC, f), "utf8")));
  const entries = new Set(["cli/main.ts", ...workers]);
  // absWorkingDir: the vendored packages resolve from the project, whatever the caller's directory.
  const common = { format: "cjs", platform: "node", target: "node20.19", bundle: true, logLevel: "error", write: false, absWorkingDir: ROOT };
  const bundles = [...entries].map((rel) => {
    const outfile = join(DIST, distName(rel, entries));
    // An import.meta left in a bundle would be empty: a build error, not a warning.
    return build({ ...common, entryPoints: [join(SRC, rel)], outfile, sourcemap: "linked", plugins: [oneFile(outfile, entries)], banner: { js: prelude(outfile) }, logOverride: { "empty-import-meta": "error" } });
  });
  const vendor = build({ ...common, entryPoints: Object.fromEntries(VENDORED.map((p) => [p, p])), outdir: join(DIST, "vendor"), outExtension: { ".js": ".cjs" } });
  const outputs = (await Promise.all([...bundles, vendor])).flatMap((r) => r.outputFiles);
  const wanted = new Set([STAMP]);
  for (const out of outputs) {
    writeAtomically(out.path, out.contents);
    wanted.add(out.path);
  }
  for (const f of state.files.filter((f) => !f.endsWith(".ts"))) {
    writeAtomically(join(DIST, f), readFileSync(join(SRC, f)));
    wanted.add(join(DIST, f));
  }
  // Outputs of deleted sources (and of earlier layouts of dist/) would still be importable: remove them.
  for (const f of readdirSync(DIST, { recursive: true })) {
    const p = join(DIST, f);
    if (!wanted.has(p) && !f.endsWith(".tmp") && statSync(p).isFile()) unlinkSync(p);
  }
  writeAtomically(STAMP, JSON.stringify({ count: state.count, newest: state.newest }));
  return { bundles: entries.size, dist: relative(ROOT, DIST) };
}

/**
 * The command's `main`, from dist/zhoubao.cjs, rebuilt first when stale. If the rebuild
 * cannot be done (no esbuild, a read-only install), from the TypeScript itself through tsx:
 * slower to start but never out of date.
 */
export async function commandMain() {
  if (!isFresh()) {
    try {
      await buildDist();
    } catch (e) {
      process.stderr.write(`注意：无法编译 src/（${e.message.split("\n")[0]}），改为直接运行 TypeScript 源码。\n`);
      const { register } = await import("tsx/esm/api");
      register();
      return (await import(pathToFileURL(join(SRC, "cli/main.ts")).href)).main;
    }
  }
  return createRequire(import.meta.url)(COMMAND_BUNDLE).main;
}
