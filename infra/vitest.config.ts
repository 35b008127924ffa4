import { defineConfig } from "vitest/config";
import { plainSummaryReporter } from "../vitest.shared.js";

export default defineConfig({
  test: {
    reporters: ["default", plainSummaryReporter],
    include: ["test/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
