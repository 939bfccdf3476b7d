import { ConfigError } from "./config/config.js";
import { StartupError } from "./db/connect.js";
import { AppError } from "./errors/app-errors.js";
import { LocalNeo4jError } from "./localdb/index.js";
import { SeedError } from "./seed/seed-files.js";

const EXPECTED = [ConfigError, StartupError, LocalNeo4jError, SeedError, AppError];

/** Runs a command's body; an expected failure prints its one message (no stack) and exits 1. */
export function runCli(body: () => Promise<void>): void {
  body().catch((error: unknown) => {
    const expected = EXPECTED.some((kind) => error instanceof kind);
    console.error(expected ? `error: ${(error as Error).message}` : error);
    process.exit(1);
  });
}
