/**
 * `npm run bench`: runs every benchmark of the project in turn and prints its figures.
 * Each benchmark module exports `run()`. `npm run bench -- render import` runs a subset.
 * The ledger benchmark is separate (`npm run bench:ledger`): it takes minutes.
 */
const BENCHES: Record<string, string> = {
  start: "./startBench.ts",
  import: "./importBench.ts",
  check: "./checkBench.ts",
  render: "./renderBench.ts",
  docx: "./docxBench.ts",
  load: "./loadBench.ts",
  archive: "./archiveBench.ts",
  province: "./provinceBench.ts",
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const names = wanted.length ? wanted : Object.keys(BENCHES);
let failed = 0;
for (const name of names) {
  const file = BENCHES[name];
  if (!file) {
    console.error(`未知的基准：${name}（可选：${Object.keys(BENCHES).join("、")}）`);
    process.exit(2);
  }
  console.log(`\n== ${name} ==`);
  try {
    const mod = (await import(new URL(file, import.meta.url).href)) as { run: () => Promise<void> };
    await mod.run();
  } catch (e) {
    failed++;
    console.error(`基准 ${name} 失败：`, e);
  }
}
process.exit(failed ? 1 : 0);
