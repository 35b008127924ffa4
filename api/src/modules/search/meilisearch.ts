import { Meilisearch } from "meilisearch";

export type { Meilisearch };

/**
 * The one Meilisearch client of a process.
 *
 * Its answers come uncompressed: asked for gzip (what `fetch` asks for unless told otherwise),
 * Meilisearch streams the compressed body in small pieces, and on this machine about half the
 * searches then waited some 40 ms more for TCP's delayed acknowledgement (measured in
 * `npm run bench:search`: wall time far above Meilisearch's own processingTimeMs). A page of
 * hits is a few kilobytes, so nothing is lost by not compressing it.
 */
export function createMeilisearch(url: string, apiKey: string): Meilisearch {
  return new Meilisearch({
    host: url,
    apiKey: apiKey || undefined,
    timeout: 5_000,
    requestInit: { headers: { "Accept-Encoding": "identity" } },
  });
}
