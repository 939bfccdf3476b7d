import type { ApolloServerPlugin } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import { AppError } from "../errors/app-errors.js";
import type { GraphContext } from "./context.js";

/** Logs every error that is not one of ours with the request id, since clients only see it masked. */
export const errorLoggingPlugin: ApolloServerPlugin<GraphContext> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors, contextValue }) {
        for (const error of errors) {
          const original = unwrapResolverError(error);
          if (original instanceof AppError) continue;
          if (error.extensions?.code && error.extensions.code !== "INTERNAL_SERVER_ERROR") continue;
          contextValue.log.error({ err: original, path: error.path }, "unhandled error in operation");
        }
      },
    };
  },
};

/** Outside production, `x-debug-cypher: 1` adds the operation's Cypher round-trip count to the response. */
export function cypherCountPlugin(enabled: boolean): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart({ request }) {
      const asked = request.http?.headers.get("x-debug-cypher") === "1";
      if (!enabled || !asked) return {};
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== "single") return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, cypherQueries: contextValue.cypher.count };
        },
      };
    },
  };
}
