import { Router } from "express";
import type { Database } from "../db/database.js";

/** /livez: the process answers. /readyz: Neo4j answers too (503 until it does). */
export function healthRouter(db: Database): Router {
  const router = Router();
  router.get("/livez", (_req, res) => {
    res.json({ status: "ok" });
  });
  router.get("/readyz", async (_req, res) => {
    try {
      await db.verify();
      res.json({ status: "ready" });
    } catch {
      res.status(503).json({ status: "unavailable", reason: "Neo4j does not answer" });
    }
  });
  return router;
}
