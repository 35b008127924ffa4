import { defineConfig } from "vitest/config";
import { createRequire } from "node:module";
import { decoratorPlugin, plainSummaryReporter } from "../vitest.shared.js";

const require = createRequire(import.meta.url);

export default defineConfig({
  plugins: [decoratorPlugin()],
  // One copy of graphql: type-graphql and Apollo load its CommonJS build, so tests must too.
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }] },
  esbuild: false,
  test: {
    reporters: ["default", plainSummaryReporter],
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    setupFiles: ["test/setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: "forks",
  },
});
