import { z } from "zod";

// Shells often export a variable as empty rather than unsetting it; treat both the same.
const optional = <T extends z.ZodTypeAny>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema);

const EnvironmentSchema = z.object({
  API_URL: optional(
    z
      .string()
      .url("must be an absolute URL such as http://localhost:4000/graphql")
      .default("http://localhost:4000/graphql"),
  ),
  PUBLIC_WEB_URL: optional(z.string().url("must be an absolute URL such as https://hub.example.org").optional()),
  SITEMAP_URLS_PER_FILE: optional(
    z.coerce
      .number()
      .int("must be a whole number")
      .min(1, "must be at least 1")
      .max(50_000, "must be at most 50000, the sitemap protocol's limit")
      .default(50_000),
  ),
  SEARCH_RESULTS_PER_PAGE: optional(
    z.coerce
      .number()
      .int("must be a whole number")
      .min(1, "must be at least 1")
      .max(100, "must be at most 100, the API's largest page")
      .default(20),
  ),
  // The API's upload limit (the same variable, read by both): the web server accepts a body that
  // size only on the forms that upload files.
  FILE_MAX_BYTES: optional(
    z.coerce
      .number()
      .int("must be a whole number of bytes")
      .min(1, "must be at least 1")
      .max(2 ** 31 - 1, "must be below 2 GiB, as the API requires")
      .default(50 * 1024 * 1024),
  ),
});

export interface WebConfig {
  /** Where the GraphQL API answers, e.g. http://localhost:4000/graphql. */
  readonly apiUrl: string;
  /**
   * The site's public address for canonical links, sitemaps and feeds (no trailing slash).
   * Unset: each request's own origin, which is right unless a proxy rewrites the host.
   */
  readonly publicWebUrl: string | undefined;
  /** Addresses in one sitemap file before the next file starts (the protocol allows 50,000). */
  readonly sitemapUrlsPerFile: number;
  /** Hits on one page of search results. */
  readonly searchResultsPerPage: number;
  /** The largest attachment the API accepts, in bytes. */
  readonly fileMaxBytes: number;
}

function readConfig(environment: NodeJS.ProcessEnv): WebConfig {
  const parsed = EnvironmentSchema.safeParse(environment);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")} ${issue.message}`).join("\n");
    throw new Error(`The web app cannot start because its environment is invalid:\n${problems}`);
  }
  return {
    apiUrl: parsed.data.API_URL,
    publicWebUrl: parsed.data.PUBLIC_WEB_URL?.replace(/\/+$/, ""),
    sitemapUrlsPerFile: parsed.data.SITEMAP_URLS_PER_FILE,
    searchResultsPerPage: parsed.data.SEARCH_RESULTS_PER_PAGE,
    fileMaxBytes: parsed.data.FILE_MAX_BYTES,
  };
}

// Read once when the server starts, so a bad value fails fast instead of on the first request.
export const config: WebConfig = readConfig(process.env);

/** The origin that absolute links on this request's page should use. */
export function siteOrigin(request: Request): string {
  return config.publicWebUrl ?? new URL(request.url).origin;
}
