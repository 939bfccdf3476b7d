// The local Neo4j (no Docker): what `npm run db:*`, `npm start` and the test setup use.
export { startLocalNeo4j, type LocalNeo4j, type StartLocalNeo4jOptions } from "./process.js";
export { ensureCheckoutNeo4j, stopCheckoutNeo4j, checkoutNeo4jStatus, DEFAULT_BOLT_PORT } from "./checkout.js";
export { LocalNeo4jError, type LocalNeo4jErrorCode } from "./errors.js";
export { checkoutStoreDir } from "./paths.js";
