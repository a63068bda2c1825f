import { Worker, type ResourceLimits } from "node:worker_threads";

/**
 * A worker thread running the module at `moduleUrl` (pass `import.meta.url`). Compiled,
 * the URL is the module's own bundle (dist/…/x.cjs: bin/compiled.js bundles every module
 * that calls this with its import.meta.url), loaded as it is; from the sources (.ts, under
 * tsx or vitest) the worker registers tsx first, since a new isolate does not inherit the loader.
 *
 * @example
 * const worker = startModuleWorker(import.meta.url, { zhoubaoReportRead: job }, { maxOldGenerationSizeMb: 512 });
 */
export function startModuleWorker(moduleUrl: string, workerData: unknown, resourceLimits?: ResourceLimits): Worker {
  if (!moduleUrl.endsWith(".ts")) return new Worker(new URL(moduleUrl), { workerData, resourceLimits });
  const boot = `import { register } from ${JSON.stringify(import.meta.resolve("tsx/esm/api"))}; register(); await import(${JSON.stringify(moduleUrl)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), { workerData, resourceLimits });
}
