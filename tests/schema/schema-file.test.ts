import { readFile } from "node:fs/promises";
import { parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { readExampleOperations } from "../../src/http/example-operations.js";
import { buildGraphSchema } from "../../src/graphql/schema.js";
import { SCHEMA_FILE, schemaSdl } from "../../src/graphql/schema-sdl.js";

describe("schema/", () => {
  it("schema.graphql is what the code emits (run `npm run schema:emit` if not)", async () => {
    expect(await readFile(SCHEMA_FILE, "utf8")).toBe(await schemaSdl());
  });

  it("every example operation is valid against the schema", async () => {
    const schema = await buildGraphSchema();
    const operations = readExampleOperations();
    for (const op of operations) {
      const errors = validate(schema, parse(op.query)).map((e) => e.message);
      expect({ file: op.file, errors }).toEqual({ file: op.file, errors: [] });
      if (op.variables) expect(() => JSON.parse(op.variables as string), op.file).not.toThrow();
    }
  });
});
