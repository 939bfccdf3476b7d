// What a client may see of an error. Our own AppErrors and GraphQL's request errors (syntax,
// validation, variable coercion) keep their message; everything else is masked, because Apollo 5
// does not mask resolver errors on its own. The original is logged by the error-logging plugin.
import type { GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { AppError } from "../errors/app-errors.js";

const REQUEST_ERROR_CODES = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
]);

export const INTERNAL_MESSAGE = "Internal server error; the request id in the x-request-id header identifies it in the logs";

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const where = { locations: formatted.locations, path: formatted.path };
  if (original instanceof AppError) {
    return { message: original.message, ...where, extensions: { ...original.details, code: original.code } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === "string" && REQUEST_ERROR_CODES.has(code)) {
    return { message: formatted.message, ...where, extensions: { code } };
  }
  return { message: INTERNAL_MESSAGE, ...where, extensions: { code: "INTERNAL_SERVER_ERROR" } };
}
