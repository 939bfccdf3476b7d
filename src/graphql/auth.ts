import { timingSafeEqual } from "node:crypto";
import { ForbiddenError, UnauthenticatedError } from "../errors/app-errors.js";
import type { GraphContext } from "./context.js";

const same = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/**
 * Mutations need `Authorization: Bearer <CLAIMGRAPH_API_TOKEN>`. No token: UNAUTHENTICATED. A wrong
 * token, or a server with no token configured (writes disabled): FORBIDDEN.
 */
export function requireWriteAccess(ctx: GraphContext): void {
  if (!ctx.apiToken) {
    throw new ForbiddenError("Writes are disabled on this server: set CLAIMGRAPH_API_TOKEN to enable mutations");
  }
  if (!ctx.bearerToken) {
    throw new UnauthenticatedError("This mutation needs an `Authorization: Bearer <token>` header");
  }
  if (!same(ctx.bearerToken, ctx.apiToken)) {
    throw new ForbiddenError("The bearer token is not accepted for writes");
  }
}
