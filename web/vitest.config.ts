import { defineConfig } from "vitest/config";
import { plainSummaryReporter } from "../vitest.shared.js";

// Browser tests start the real, built app once (global setup) and drive Chromium against it.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    reporters: ["default", plainSummaryReporter],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
