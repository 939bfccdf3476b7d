// The service's error hierarchy. Each class carries the literal `extensions.code` a client sees;
// anything that is not an AppError is masked as INTERNAL_SERVER_ERROR by the server's formatError.

export abstract class AppError extends Error {
  abstract readonly code: string;
  /** Extra fields safe to show a client. */
  readonly details?: Record<string, unknown>;

  constructor(message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = new.target.name;
    this.details = details;
  }
}

export class BadUserInputError extends AppError {
  readonly code = "BAD_USER_INPUT";
}

export class NotFoundError extends AppError {
  readonly code = "NOT_FOUND";
}

export class UnauthenticatedError extends AppError {
  readonly code = "UNAUTHENTICATED";
}

export class ForbiddenError extends AppError {
  readonly code = "FORBIDDEN";
}

export class ConflictError extends AppError {
  readonly code = "CONFLICT";
}

export class DatabaseUnavailableError extends AppError {
  readonly code = "SERVICE_UNAVAILABLE";

  constructor(message = "The graph database is not reachable; try again shortly") {
    super(message);
  }
}
