import { defineConfig } from "vitest/config";

// Integration tests share one throwaway Neo4j started in globalSetup; files run one at a time
// because they write to the same store and the machine has two cores.
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "tests/**/*.test.ts"],
    globalSetup: ["tests/support/global-setup.ts"],
    setupFiles: ["reflect-metadata"],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 180_000,
    reporters: ["default"],
  },
});
