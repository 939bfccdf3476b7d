import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export const OPERATIONS_DIR = path.resolve(import.meta.dirname, "../../schema/operations");

export interface ExampleOperation {
  file: string;
  query: string;
  variables?: string;
}

/**
 * The example operations in schema/operations/*.graphql, in file-name order. A file may carry its
 * variables as a `# variables: {...}` comment line, so one file holds one runnable example.
 */
export function readExampleOperations(dir = OPERATIONS_DIR): ExampleOperation[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith(".graphql")).sort();
  } catch {
    return [];
  }
  return files.map((file) => {
    const query = readFileSync(path.join(dir, file), "utf8");
    const variables = /^# variables: (.+)$/m.exec(query)?.[1];
    return { file, query, variables };
  });
}
