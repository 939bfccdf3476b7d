// Configuration is read from the environment once, validated, and frozen. A bad value stops the
// process at start with a message naming the variable, instead of failing on the first request.
import { existsSync } from "node:fs";
import { z } from "zod";

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

const envSchema = z.object({
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, "must be a bolt:// or neo4j:// URI (optionally +s / +ssc)")
    .optional(),
  NEO4J_USER: z.string().min(1).default("neo4j"),
  NEO4J_PASSWORD: z.string().default(""),
  NEO4J_DATABASE: z.string().min(1).default("neo4j"),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default("127.0.0.1"),
  LOG_LEVEL: z.enum(LOG_LEVELS).default("info"),
  NODE_ENV: z.string().default("development"),
  /** Bearer token that mutations require; mutations are refused while it is unset. */
  CLAIMGRAPH_API_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
  /** Seconds a request waits for Neo4j before failing; bounds the driver's retry loop. */
  NEO4J_TIMEOUT_SECONDS: z.coerce.number().positive().max(300).default(10),
});

export interface Config {
  /** Absent when the service should start its own local Neo4j. */
  neo4jUri?: string;
  neo4jUser: string;
  neo4jPassword: string;
  neo4jDatabase: string;
  port: number;
  host: string;
  logLevel: (typeof LOG_LEVELS)[number];
  production: boolean;
  apiToken?: string;
  neo4jTimeoutMs: number;
}

export class ConfigError extends Error {}

/** Variables from `.env` in the working directory, if there is one; the real environment wins. */
export function loadDotEnv(file = ".env"): void {
  if (existsSync(file)) process.loadEnvFile(file);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const nonEmpty = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = envSchema.safeParse(nonEmpty);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid configuration (see .env.example):\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  return Object.freeze({
    neo4jUri: e.NEO4J_URI,
    neo4jUser: e.NEO4J_USER,
    neo4jPassword: e.NEO4J_PASSWORD,
    neo4jDatabase: e.NEO4J_DATABASE,
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    production: e.NODE_ENV === "production",
    apiToken: e.CLAIMGRAPH_API_TOKEN,
    neo4jTimeoutMs: e.NEO4J_TIMEOUT_SECONDS * 1000,
  });
}
