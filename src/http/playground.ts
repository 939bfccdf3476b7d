// An offline GraphQL IDE: GraphiQL 3 and React's UMD builds are served from the project's own
// node_modules (Apollo's landing pages load from a CDN and fail without internet), with the example
// operations preloaded as tabs.
import { createRequire } from "node:module";
import path from "node:path";
import { Router, type Request } from "express";
import { readExampleOperations } from "./example-operations.js";

const require = createRequire(import.meta.url);
const packageDir = (name: string) => path.dirname(require.resolve(`${name}/package.json`));

const ASSETS: Record<string, string> = {
  "react.js": path.join(packageDir("react"), "umd/react.production.min.js"),
  "react-dom.js": path.join(packageDir("react-dom"), "umd/react-dom.production.min.js"),
  "graphiql.js": path.join(packageDir("graphiql"), "graphiql.min.js"),
  "graphiql.css": path.join(packageDir("graphiql"), "graphiql.min.css"),
};

function wantsHtml(req: Request): boolean {
  return req.accepts(["application/json", "application/graphql-response+json", "text/html"]) === "text/html";
}

// JSON inside a <script> must not be able to close the tag.
const scriptSafe = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");

function page(tabs: { query: string; variables?: string }[]): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>claimgraph playground</title>
<link rel="stylesheet" href="/playground/graphiql.css">
<style>html, body, #ide { height: 100%; margin: 0; }</style>
</head>
<body>
<div id="ide"></div>
<script src="/playground/react.js"></script>
<script src="/playground/react-dom.js"></script>
<script src="/playground/graphiql.js"></script>
<script>
  const tabs = ${scriptSafe(tabs)};
  const fetcher = GraphiQL.createFetcher({ url: window.location.pathname });
  ReactDOM.createRoot(document.getElementById("ide")).render(
    React.createElement(GraphiQL, {
      fetcher,
      defaultTabs: tabs.length ? tabs : undefined,
      defaultEditorToolsVisibility: true,
    }),
  );
</script>
</body>
</html>`;
}

export function playgroundRouter(): Router {
  const router = Router();
  // Built once: the example files do not change while the server runs.
  const html = page(readExampleOperations().map((op) => ({ query: op.query, variables: op.variables })));
  router.get("/graphql", (req, res, next) => {
    // GraphQL GET requests (with ?query=) and JSON clients go on to Apollo.
    if (req.query.query !== undefined || !wantsHtml(req)) return next();
    res.type("html").send(html);
  });
  router.get("/playground/:asset", (req, res, next) => {
    const file = ASSETS[req.params.asset];
    if (!file) return next();
    res.sendFile(file, { maxAge: "1d" });
  });
  return router;
}
