import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cleanPageScrape } from "../../src/ingest/extract/clean.js";
import { loadSeed } from "./support/fixtures.js";

describe("cleanPageScrape", () => {
  const seed = loadSeed();

  it.runIf(!!seed?.raw)("turns the seed page scrape into the curated body, paragraph for paragraph", () => {
    const r = cleanPageScrape(seed!.raw!);
    expect(r.body).toBe(seed!.body.trimEnd());
    expect(r.title).toBe("Pakistan terror groups using US weapons smuggled from Afghanistan");
    expect(r.dateline).toBe("Islamabad");
    expect(r.publishedText).toMatch(/^Dec 18, 2023, 2:20/);
    for (const furniture of ["Journalist ID", "News ID", "T T", "0 Persons", "Tags", "4194**9417", "Your Comment", "You are replying to"]) {
      expect(r.body).not.toContain(furniture);
    }
  });

  it("removes furniture of other pages too, keeping paragraphs verbatim and separated by a blank line", () => {
    const raw = [
      "Mar 3, 2024, 9:05 AM",
      "Story ID: 1234",
      "A A",
      "12 Comments",
      "Share",
      "Print",
      "",
      "Border crossing reopens after talks",
      "",
      "KABUL (AP) — Officials said on Sunday that the Torkham crossing “will reopen” after two days of talks.",
      "Traders welcomed the decision, which had been expected since last week’s meeting in Peshawar.",
      "",
      "Related News",
      "Read more",
      "0 Persons",
      "777**1234",
    ].join("\r\n");
    const r = cleanPageScrape(raw);
    expect(r.title).toBe("Border crossing reopens after talks");
    expect(r.dateline).toBe("KABUL");
    expect(r.body).toBe(
      "KABUL (AP) — Officials said on Sunday that the Torkham crossing “will reopen” after two days of talks.\n\n" +
        "Traders welcomed the decision, which had been expected since last week’s meeting in Peshawar.",
    );
  });

  it("cleans a real agency page scrape (AFP via A News) down to its paragraphs", () => {
    const dir = new URL("../fixtures/articles/anews-afp-airstrikes-2024-03/", import.meta.url);
    const raw = readFileSync(new URL("raw.txt", dir), "utf8");
    const body = readFileSync(new URL("body.txt", dir), "utf8");
    const r = cleanPageScrape(raw);
    expect(r.title).toBe("Kabul says 8 killed in Pakistani air strikes on eastern Afghanistan");
    for (const furniture of ["Contact Us", "AFP ASIA", "Published March", "Subscribe"]) expect(r.body).not.toContain(furniture);
    for (const para of body.trim().split("\n\n")) expect(r.body).toContain(para);
  });

  it("passes plain article text through, normalising only line endings", () => {
    const text = "First paragraph, as written.\r\nStill the first.\r\n\r\nSecond paragraph.";
    expect(cleanPageScrape(text)).toEqual({ body: "First paragraph, as written.\nStill the first.\n\nSecond paragraph." });
    const fixture = readFileSync(new URL("../fixtures/articles/kabulnow-durrani-envoy-2023-07/body.txt", import.meta.url), "utf8");
    expect(cleanPageScrape(fixture).body).toBe(fixture);
  });
});
