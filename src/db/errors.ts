import { Neo4jError } from "neo4j-driver";
import type { Logger } from "../config/logger.js";
import { AppError, ConflictError, DatabaseUnavailableError } from "../errors/app-errors.js";

const UNAVAILABLE_CODES = new Set(["ServiceUnavailable", "SessionExpired"]);

/**
 * Turns a driver failure into a domain error. Our own errors pass through untouched (a repository
 * may throw them inside a transaction); anything from Neo4j is logged in full here and surfaces
 * only as a code and a neutral message.
 */
export function mapNeo4jError(error: unknown, log: Logger): Error {
  if (error instanceof AppError) return error;
  if (error instanceof Neo4jError) {
    if (UNAVAILABLE_CODES.has(error.code) || error.code.startsWith("Neo.TransientError.General.DatabaseUnavailable")) {
      log.warn({ code: error.code, err: error.message }, "neo4j unavailable");
      return new DatabaseUnavailableError();
    }
    // A uniqueness constraint caught what a check before the write could not: a concurrent write of
    // the same article (same url or text). The transaction rolled back; say so plainly.
    if (error.code === "Neo.ClientError.Schema.ConstraintValidationFailed") {
      log.warn({ code: error.code, err: error.message }, "constraint refused a write");
      return new ConflictError("Something with the same identity (id, url or text) is already stored; nothing was written");
    }
    if (error.code === "Neo.ClientError.Security.Unauthorized") {
      log.error({ code: error.code }, "neo4j refused our credentials");
      return new DatabaseUnavailableError("The database refused the service's credentials");
    }
    log.error({ code: error.code, err: error.message }, "neo4j error");
  }
  return error instanceof Error ? error : new Error(String(error));
}
