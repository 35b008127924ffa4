import { defineConfig } from "vitest/config";
import { createRequire } from "node:module";
import { plainSummaryReporter } from "../vitest.shared.js";

const require = createRequire(import.meta.url);

// Seeds tests call the built API (`@hub/api` from dist), so no decorator compiler is needed here.
export default defineConfig({
  // One copy of graphql, as the API's own tests use: type-graphql loads its CommonJS build.
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }] },
  test: {
    reporters: ["default", plainSummaryReporter],
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    setupFiles: ["test/setup.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: "forks",
  },
});
