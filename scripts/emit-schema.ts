// Writes schema/schema.graphql from the decorated classes; a test fails when the file is stale.
import "reflect-metadata";
import { writeFile } from "node:fs/promises";
import { SCHEMA_FILE, schemaSdl } from "../src/graphql/schema-sdl.js";

await writeFile(SCHEMA_FILE, await schemaSdl());
console.log(`wrote ${SCHEMA_FILE}`);
