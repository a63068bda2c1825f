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
    sequence: { sequencer: BrowserTestsFirst },
    maxWorkers: 2,
  },
});
