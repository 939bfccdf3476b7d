import { lexicographicSortSchema, printSchema } from "graphql";
import path from "node:path";
import { buildGraphSchema } from "./schema.js";

export const SCHEMA_FILE = path.resolve(import.meta.dirname, "../../schema/schema.graphql");

const HEADER = "# Emitted from the code by `npm run schema:emit`; do not edit by hand.\n\n";

/** The schema as SDL, sorted so the checked-in file changes only when the API does. */
export async function schemaSdl(): Promise<string> {
  return HEADER + printSchema(lexicographicSortSchema(await buildGraphSchema())) + "\n";
}
