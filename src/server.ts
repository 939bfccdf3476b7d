// The only module that knows Apollo and Express: wires the schema, context, health checks and the
// offline playground onto one HTTP server, and drains it on stop.
import { randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import type { GraphQLSchema } from "graphql";
import type { Config } from "./config/config.js";
import type { Logger } from "./config/logger.js";
import type { Database } from "./db/database.js";
import { createContext, type GraphContext } from "./graphql/context.js";
import { formatError } from "./graphql/format-error.js";
import { cypherCountPlugin, errorLoggingPlugin } from "./graphql/plugins.js";
import { healthRouter } from "./http/health.js";
import { jsonErrorHandler } from "./http/json-errors.js";
import { playgroundRouter } from "./http/playground.js";

export interface ServerDeps {
  config: Pick<Config, "host" | "port" | "production" | "apiToken">;
  db: Database;
  logger: Logger;
  schema: GraphQLSchema;
}

export interface RunningServer {
  url: string;
  httpServer: http.Server;
  stop(): Promise<void>;
}

const BODY_LIMIT = "2mb";

export async function startServer({ config, db, logger, schema }: ServerDeps): Promise<RunningServer> {
  const app = express();
  app.disable("x-powered-by");
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<GraphContext>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: true,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      errorLoggingPlugin,
      cypherCountPlugin(!config.production),
    ],
  });
  await apollo.start();

  app.use((req, res, next) => {
    const id = req.get("x-request-id")?.slice(0, 64) || randomUUID();
    res.setHeader("x-request-id", id);
    res.locals.requestId = id;
    next();
  });
  app.use(healthRouter(db));
  app.use(playgroundRouter());
  app.use(
    "/graphql",
    express.json({ limit: BODY_LIMIT }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) =>
        createContext({
          requestId: res.locals.requestId as string,
          log: logger.child({ requestId: res.locals.requestId }),
          db,
          bearerToken: /^Bearer\s+(.+)$/i.exec(req.get("authorization") ?? "")?.[1],
          apiToken: config.apiToken,
        }),
    }),
  );
  app.use(jsonErrorHandler);

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(config.port, config.host, resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://${config.host.includes(":") ? `[${config.host}]` : config.host}:${port}/graphql`;
  return { url, httpServer, stop: () => apollo.stop() };
}
