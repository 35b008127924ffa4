import { Meilisearch } from "meilisearch";

export type { Meilisearch };

/** The one Meilisearch client of a process. */
export function createMeilisearch(url: string, apiKey: string): Meilisearch {
  return new Meilisearch({ host: url, apiKey: apiKey || undefined, timeout: 5_000 });
}
