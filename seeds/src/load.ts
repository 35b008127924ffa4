import type { Orm } from "@hub/api";
import { Network, NetworkKind, Resource, ResourceService } from "@hub/api";
import { sampleResources } from "./sample-resources.js";

export interface LoadReport {
  created: number;
  skipped: number;
}

/** Whether the library holds no resources yet (the test for loading sample data on first start). */
export async function isEmpty(orm: Orm): Promise<boolean> {
  return (await orm.em.fork().count(Resource)) === 0;
}

/** The network that owns the sample resources when the database has none of its own. */
export const SAMPLE_NETWORK = {
  slug: "open-library",
  name: "Open Library",
  description: "Openly licensed school-improvement practice shared with the whole sector.",
};

/** Makes the network that owns the samples, unless it exists already; returns its slug. */
async function ensureSampleNetwork(orm: Orm): Promise<string> {
  const em = orm.em.fork();
  if (!(await em.count(Network, { slug: SAMPLE_NETWORK.slug }))) {
    em.create(Network, { kind: NetworkKind.PARTNERSHIP, ...SAMPLE_NETWORK });
    await em.flush();
  }
  return SAMPLE_NETWORK.slug;
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
  const networkSlug = await ensureSampleNetwork(orm);
  // Oldest first, so the list (newest first) opens with the first sample.
  for (const [index, input] of [...sampleResources].reverse().entries()) {
    const em = orm.em.fork();
    if (await em.count(Resource, { slug: input.slug })) {
      report.skipped += 1;
    } else {
      // Published and public straight away, so the open library shows them.
      await new ResourceService(em).importPublished({ ...input, owningNetworkSlug: networkSlug });
      report.created += 1;
    }
    progress(`resources ${index + 1}/${sampleResources.length}`);
  }
  return report;
}
