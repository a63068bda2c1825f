import { defineConfig } from "vitest/config";
import { BrowserTestsFirst } from "./e2e/sequencer.js";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "e2e/**/*.test.ts", "bench/**/*.test.ts"],
    globalSetup: ["e2e/globalSetup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Password hashes at scrypt N=2^10 instead of production's 2^15 (src/services/passwordHasher.ts):
    // every login of the suite would cost about a second of CPU. Child processes inherit it.
    env: { ZHOUBAO_SCRYPT_N: "1024" },
    pool: "forks",
    // Each worker keeps its modules from one file to the next instead of a fresh process
    // per file: about 0.8 s of start and import saved on each of 156 files. The files
    // restore what they change (environment variables, timers) and name their own temporary
    // stores and servers, so none depends on a fresh module state.
    isolate: false,
    sequence: { sequencer: BrowserTestsFirst },
    maxWorkers: 2,
  },
});
