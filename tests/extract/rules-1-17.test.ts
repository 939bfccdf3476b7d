// Rules added in extractor 1.17, on short made-up texts: quotation marks written as two backticks and two
// apostrophes, a quotation that goes on into the next paragraph, and a speaker followed by the occasion
// ("X also at her weekly news briefing said").
import { describe, expect, it } from "vitest";
import { fold } from "../../src/ingest/extract/text.js";
import { claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-01-26T06:42:00+05:30", "article:test-r117");

describe("extractor 1.17 rules", () => {
  it("reads ``doubled marks'' as quotation marks, keeping the text's length", () => {
    const text = "Zabihullah Mujahid said, ``Pakistan will reap what it sows and must stop blaming others.'' He left.";
    expect(fold(text)).toHaveLength(text.length);
    expect(fold("Pakistan''s")).toBe("Pakistan''s");
    const x = run(text);
    expect(claimantsAndActs(x)[0]?.[0]).toBe("zabihullah-mujahid");
    expect(x.claims[0]!.quote.startsWith("Pakistan will reap")).toBe(true);
  });

  it("splits a quotation that goes on into the next paragraph by its sentences, from the first paragraph on", () => {
    const x = run("Zabihullah Mujahid said: “Pakistan has long been the epicentre of terrorism. It must stop blaming others.\n\n“We do not allow anyone to use our soil,” he added.");
    expect(x.claims.map((c) => c.quote)).toEqual([
      "Pakistan has long been the epicentre of terrorism.",
      "It must stop blaming others.",
      "We do not allow anyone to use our soil",
    ]);
    expect(new Set(x.claims.map((c) => c.claimantId))).toEqual(new Set(["zabihullah-mujahid"]));
  });

  it("finds the speaker before the occasion: 'X also at her weekly news briefing said'", () => {
    const x = run("Foreign Office spokesperson Mumtaz Zahra Baloch also at her weekly news briefing this week said: “Terrorism is an issue of serious concern to Pakistan.”");
    expect(x.claims.map((c) => c.claimantId)).toEqual(["mumtaz-zahra-baloch"]);
  });
});
