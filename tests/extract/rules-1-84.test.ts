// Rules added in extractor 1.84, on short made-up texts: a penalty held out "in case of" something as a warning;
// "sources suggest a shortfall"; a denial nearby as something a later negation answers; a house of parliament where
// votes are counted as no topic of the statement.
import { describe, expect, it } from "vitest";
import { aboutSetsOf, actsOf, extractorAt } from "./support/run.js";

const run = extractorAt("2024-12-30T12:00:00+05:30", "article:test-r184");
const acts = actsOf(run);

describe("extractor 1.84 rules", () => {
  it("reads a penalty held out 'in case of' non-compliance as a warning", () => {
    expect(acts("The ministry sent a letter. “In case of lack of cooperation, all activities of that institution will be canceled,” the Economy Ministry said.")).toEqual(["WARN"]);
  });

  it("reads 'sources suggest a shortfall' as a statement", () => {
    const x = run("The vote neared. Sources suggest a shortfall of 13 votes in the National Assembly.");
    expect(x.claims.map((c) => c.claimantId)).toEqual(["sources"]);
  });

  it("reads a negation after a denial nearby as a denial too", () => {
    const x = run("Pakistan has denied any role. Zabihullah Mujahid said there is no TTP presence in Afghanistan.");
    expect(x.claims.map((c) => c.speechAct)).toEqual(["DENY", "DENY"]);
  });

  it("does not make the National Assembly a topic where votes are counted in it", () => {
    const about = aboutSetsOf(run)("The vote neared. The PTI said the government is short of 13 votes in the National Assembly.");
    expect(about).toHaveLength(1);
    expect(about[0]).not.toContain("national-assembly");
  });
});
