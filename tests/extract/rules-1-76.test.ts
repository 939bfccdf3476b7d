// Rules added in extractor 1.76, on short made-up texts: "The US" as a speaker before a verb in the past tense, a
// person "from" a body, a group "led by" someone, an aside naming a statement, U.S. service members as a group that
// speaks, and clearance not obtained or "no scope for" as no denial.
import { describe, expect, it } from "vitest";
import { actsOf, claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-02-10T12:00:00+05:00", "article:test-r176");
const acts = actsOf(run);

describe("extractor 1.76 rules", () => {
  it("reads 'The US' and 'the U.S.' before a verb in the past tense as the country speaking", () => {
    expect(claimantsAndActs(run("The US called for a full investigation into allegations of fraud."))).toEqual([["united-states", "DEMAND"]]);
    expect(claimantsAndActs(run("The U.S. said that the election had been marred by restrictions."))).toEqual([["united-states", "ASSERT"]]);
  });

  it("reads a person named before the body they come from as the speaker", () => {
    expect(claimantsAndActs(run("Matthew Miller from the US State Department expressed concerns about the elections."))).toEqual([["matthew-miller", "EXPRESS_CONCERN"]]);
  });

  it("reads 'the group led by X' as the group speaking", () => {
    const x = run("The TTP issued a statement. The group led by Noor Wali Mehsud has threatened Pakistan with attacks.");
    expect(claimantsAndActs(x)).toEqual([["ttp", "WARN"]]);
  });

  it("finds the speaker before an aside naming a statement, quotation marks and all", () => {
    const x = run("Matthew Miller, in a “strongly worded” press statement, said the elections had been held under restrictions.");
    expect(claimantsAndActs(x)).toEqual([["matthew-miller", "ASSERT"]]);
  });

  it("reads 'U.S. service members' as a group that speaks", () => {
    const x = run("Multiple U.S. service members had claimed to have spotted the bomber hours before the attack.");
    expect(x.newActors.find((a) => a.id === x.claims[0]?.claimantId)?.name).toBe("U.S. service members");
  });

  it("reads neither clearance not obtained nor 'no scope for' as a denial", () => {
    expect(acts("Matthew Miller said the men could not get clearance to take him out.")).toEqual(["ASSERT"]);
    expect(acts("The TTP said there was no scope for action against religious leaders.")).toEqual(["ASSERT"]);
  });
});
