import type { Orm } from "@hub/api";
import { Resource, ResourceService } from "@hub/api";
import { sampleResources } from "./sample-resources.js";

export interface LoadReport {
  created: number;
  skipped: number;
}

/** Whether the library holds no resources yet (the test for loading sample data on first start). */
export async function isEmpty(orm: Orm): Promise<boolean> {
  return (await orm.em.fork().count(Resource)) === 0;
}

/**
 * Loads the sample resources through the API's own service (so they pass the
 * same validation as any client's). Idempotent: a slug already present is
 * left as it is.
 */
export async function loadSampleData(
  orm: Orm,
  progress: (line: string) => void = () => undefined,
): Promise<LoadReport> {
  const report: LoadReport = { created: 0, skipped: 0 };
  // Oldest first, so the list (newest first) opens with the first sample.
  for (const [index, input] of [...sampleResources].reverse().entries()) {
    const em = orm.em.fork();
    if (await em.count(Resource, { slug: input.slug })) {
      report.skipped += 1;
    } else {
      await new ResourceService(em).create(input);
      report.created += 1;
    }
    progress(`resources ${index + 1}/${sampleResources.length}`);
  }
  return report;
}
