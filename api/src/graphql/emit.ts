import { lexicographicSortSchema, printSchema } from "graphql";
import { resolve } from "node:path";
import { createSchema } from "./schema.js";

/** The committed SDL that the web app's typed operations are generated from. */
export const SCHEMA_FILE = resolve(import.meta.dirname, "..", "..", "..", "schema", "schema.graphql");

export async function printSchemaFile(): Promise<string> {
  const schema = await createSchema();
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
