import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

// Integration tests share one throwaway Neo4j started in globalSetup; files run one at a time
// because they write to the same store and the machine has two cores.
export default defineConfig({
  // type-graphql loads graphql's CommonJS build; the tests must use that same copy, not the ESM one
  // Vite would pick, or graphql rejects the schema as coming "from another realm".
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }] },
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
