// Rules added in extractor 1.121, on short made-up texts: an office every state has ("Ministry of Foreign Affairs"),
// after its state's possessive, named with its state and not by the bare name; "the ministry" after it as the same
// office.
import { describe, expect, it } from "vitest";
import { extractorAt } from "./support/run.js";

const run = extractorAt("2024-11-29T12:00:00+00:00", "article:test-r1121");

describe("extractor 1.121 rules", () => {
  it("names a state's foreign ministry with its state, and takes 'the ministry' after it as the same", () => {
    const extraction = run("Chile’s Ministry of Foreign Affairs emphasized the deteriorating situation in Afghanistan. The ministry said that it was concerned about the ban.");
    // Since 1.130 every UN member's foreign ministry is in the reference list under its demonym ("Chilean Foreign Ministry").
    const ministry = extraction.newActors.find((a) => a.id === "chile-foreign-ministry");
    expect(ministry).toMatchObject({ parentId: "chile" });
    expect(ministry?.aliases).toContain("Chile's Ministry of Foreign Affairs");
    expect(extraction.newActors.map((a) => a.id)).not.toContain("ministry");
    expect(extraction.claims.map((c) => c.claimantId)).toEqual(["chile-foreign-ministry", "chile-foreign-ministry"]);
  });

  it("gives no state's office the bare name another state's office has", () => {
    const ministry = run("Chile’s Ministry of Foreign Affairs emphasized the situation in Afghanistan.").newActors.find((a) => a.id === "chile-foreign-ministry");
    expect(ministry?.parentId).toBe("chile");
    expect(ministry?.aliases).not.toContain("Ministry of Foreign Affairs");
  });
});
