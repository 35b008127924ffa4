import swc from "unplugin-swc";
import type { Plugin } from "vite";

/**
 * Decorated code (type-graphql, MikroORM) must be compiled by SWC with legacy
 * decorators and decorator metadata: esbuild emits no metadata. Shared by
 * every package whose tests import decorated code.
 */
export function decoratorPlugin(): Plugin {
  return swc.vite({
    jsc: {
      parser: { syntax: "typescript", decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: "es2022",
    },
  }) as Plugin;
}

interface FinishedModule {
  children: { allTests(): Iterable<{ result(): { state: string } }> };
}

/**
 * Prints one plain closing line per package ("vitest: 15 passed, 0 failed"),
 * the form CI reads to count tests whatever the runner.
 */
export const plainSummaryReporter = {
  onTestRunEnd(modules: readonly FinishedModule[]) {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const module of modules) {
      for (const test of module.children.allTests()) {
        const { state } = test.result();
        if (state === "passed") passed += 1;
        else if (state === "failed") failed += 1;
        else skipped += 1;
      }
    }
    console.log(`\nvitest: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
  },
};
