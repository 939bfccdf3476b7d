import type { ErrorRequestHandler } from "express";

/**
 * express.json() answers malformed or oversized bodies with an HTML page (with a stack trace in
 * development); GraphQL clients expect JSON with a code instead.
 */
export const jsonErrorHandler: ErrorRequestHandler = (err: { type?: string; status?: number }, _req, res, next) => {
  if (res.headersSent) return next(err);
  if (err.type === "entity.too.large") {
    res.status(413).json({ errors: [{ message: "Request body too large", extensions: { code: "PAYLOAD_TOO_LARGE" } }] });
    return;
  }
  if (err.type === "entity.parse.failed") {
    res.status(400).json({ errors: [{ message: "Request body is not valid JSON", extensions: { code: "BAD_REQUEST" } }] });
    return;
  }
  const status = err.status && err.status >= 400 && err.status < 500 ? err.status : 500;
  res.status(status).json({
    errors: [{ message: status === 500 ? "Internal server error" : "Bad request", extensions: { code: status === 500 ? "INTERNAL_SERVER_ERROR" : "BAD_REQUEST" } }],
  });
};
