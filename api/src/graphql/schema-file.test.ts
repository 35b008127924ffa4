import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { SCHEMA_FILE, printSchemaFile } from "./emit.js";

describe("schema/schema.graphql", () => {
  it("matches the schema the code builds (run `npm run schema:emit -w @hub/api` after changing the API)", async () => {
    expect(await readFile(SCHEMA_FILE, "utf8")).toBe(await printSchemaFile());
  });
});
