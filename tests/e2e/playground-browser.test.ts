// A real browser opens the playground with no internet: GraphiQL renders with the example tabs, and
// running the first example shows its answer from the seeded graph.
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import type { RunningServer } from "../../src/server.js";
import { openTestDb, seededGraph, startTestServer } from "../support/graph.js";

// .ci/run installs Debian's chromium; elsewhere set CHROMIUM_PATH.
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
let db: Database;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  db = openTestDb();
  await seededGraph(db);
  server = await startTestServer(db);
  if (!existsSync(CHROMIUM)) return;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await db?.close();
});

describe.runIf(existsSync(CHROMIUM))("playground in a browser", () => {
  it("renders GraphiQL offline with the examples and runs one", async () => {
    const page = await browser.newPage();
    const external: string[] = [];
    page.on("request", (req) => {
      if (!req.url().startsWith(new URL(server.url).origin)) external.push(req.url());
    });
    await page.goto(server.url);
    await page.getByText("PakistanAccuses").first().waitFor();
    await expect(page.getByText("SearchVegetableTruck").count()).resolves.toBeGreaterThan(0);
    await page.locator(".graphiql-execute-button").click();
    await page.locator(".result-window").getByText("afghan-taliban").first().waitFor({ timeout: 15_000 });
    expect(external).toEqual([]);
    await page.close();
  });
});
