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
});

export interface WebConfig {
  /** Where the GraphQL API answers, e.g. http://localhost:4000/graphql. */
  readonly apiUrl: string;
}

function readConfig(environment: NodeJS.ProcessEnv): WebConfig {
  const parsed = EnvironmentSchema.safeParse(environment);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")} ${issue.message}`).join("\n");
    throw new Error(`The web app cannot start because its environment is invalid:\n${problems}`);
  }
  return { apiUrl: parsed.data.API_URL };
}

// Read once when the server starts, so a bad value fails fast instead of on the first request.
export const config: WebConfig = readConfig(process.env);
