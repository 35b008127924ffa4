import "reflect-metadata";
import { writeFile } from "node:fs/promises";
import { SCHEMA_FILE, printSchemaFile } from "../graphql/emit.js";

/** `npm run schema:emit -w @hub/api`: rewrites schema/schema.graphql from the code. */
await writeFile(SCHEMA_FILE, await printSchemaFile());
console.log(`Wrote ${SCHEMA_FILE}`);
