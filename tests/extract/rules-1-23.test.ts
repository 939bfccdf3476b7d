// Rules added in extractor 1.23, on short made-up texts: "went on to say", a state's name before "is
// concerned", claims of responsibility in a reduced clause, an auxiliary before a verb after "and", a price
// named for inaction, condemning words as false, negated views, and charges of killing civilians or of
// using a country's soil.
import { describe, expect, it } from "vitest";
import { actsOf, claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-01-03T12:00:00+05:00", "article:test-r123");
const acts = actsOf(run);

describe("extractor 1.23 rules", () => {
  it("reads 'went on to say' as saying, by the subject before it", () => {
    const x = run("Official sources said the talks went well. They went on to say that the U.S. diplomat agreed with Pakistan.");
    expect(x.claims.map((c) => c.claimantId)).toEqual(["official-sources", "official-sources"]);
  });

  it("reads 'The U.S. is concerned' as the United States voicing concern", () => {
    expect(claimantsAndActs(run("The U.S. is concerned that the policy will hurt Afghans awaiting immigration."))).toEqual([["united-states", "EXPRESS_CONCERN"]]);
  });

  it("reads a claim of responsibility in a reduced clause, by a group named a few words into the agent", () => {
    const x = run("Relations have suffered due to a spike in terrorist attacks, mostly claimed by the outlawed militant Tehreek-i-Taliban Pakistan (TTP) group.");
    expect(claimantsAndActs(x)).toEqual([["ttp", "ASSERT"]]);
  });

  it("continues the speaker over 'and have stated'", () => {
    expect(claimantsAndActs(run("The Afghan Taliban have denied the charge and have stated they will not allow anyone to use Afghan soil against the neighbour."))).toEqual([
      ["afghan-taliban", "DENY"],
      ["afghan-taliban", "PROMISE"],
    ]);
  });

  it("reads a price named for inaction as a warning and condemned falsehoods as a denial", () => {
    expect(acts("Pakistani officials clarified that there would be no improvement in relations unless the TTP was dealt with.")).toEqual(["WARN"]);
    expect(acts("Tehreek-e-Taliban Pakistan strongly condemns this false and baseless propaganda of the State of Pakistan.")).toEqual(["DENY"]);
    expect(acts("Tehreek-e-Taliban Pakistan strongly condemns the attack on the mosque.")).toEqual(["CONDEMN"]);
  });

  it("reads a negated view as an assertion and killings of civilians or use of soil as charges", () => {
    expect(acts("Taliban spokesman Zabihullah Mujahid said, “We do not consider it to be the territory of Pakistan.”")).toEqual(["ASSERT"]);
    expect(acts("The Afghan Taliban warned of retaliation for strikes which they claimed had killed civilians.")).toEqual(["WARN", "ACCUSE"]);
    expect(acts("Islamabad has stated that the TTP and other groups use Afghan soil against Pakistan.")).toEqual(["ACCUSE"]);
  });
});
