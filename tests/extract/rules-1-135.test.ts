// Rules added in extractor 1.135, on short made-up texts: the Committee to Protect Journalists and Reporters Without
// Borders are known by name, "to" inside a name keeps the subject whole, and "grave alarm" expressed is concern.
import { describe, expect, it } from "vitest";
import { extractorAt } from "./support/run.js";

const run = extractorAt("2024-11-28T12:00:00+01:00", "article:test-r1135");

describe("extractor 1.135 rules", () => {
  it("reads alarm expressed by the Committee to Protect Journalists as its concern, its subject whole", () => {
    const e = run("The Committee to Protect Journalists expressed \"grave alarm\" over the journalist's abduction.");
    expect(e.claims.map((c) => [c.claimantId, c.speechAct])).toEqual([["cpj", "EXPRESS_CONCERN"]]);
    expect(e.claims[0]?.quote.startsWith("Committee to Protect Journalists")).toBe(true);
  });

  it("knows Reporters Without Borders by its acronym", () => {
    expect(run("RSF said the arrest was an attack on press freedom.").claims.map((c) => c.claimantId)).toEqual(["rsf"]);
  });
});
