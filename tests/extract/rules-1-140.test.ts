// Rules added in extractor 1.140, on short made-up texts: concern in the past tense is concern, "to investigate and rule
// out" denies nothing, an organisation's unnamed spokesperson written with "of" speaks as that office, and a city
// "ruined" or people misled "with fake promises" are charges.
import { describe, expect, it } from "vitest";
import { claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-01-12T12:00:00+05:00", "article:test-r1140");

describe("extractor 1.140 rules", () => {
  it("reads a speaker who said it was deeply concerned as voicing concern", () => {
    const e = run("The United Nations Assistance Mission in Afghanistan (UNAMA) said Thursday it was deeply concerned by arbitrary arrests of women.");
    expect(claimantsAndActs(e)).toEqual([["unama", "EXPRESS_CONCERN"]]);
  });

  it("reads no denial in a committee formed to investigate and rule out a possibility", () => {
    const e = run("Energy Minister Khurram Dastagir announced that the premier has formed a committee to investigate and rule out foreign interference.");
    expect(e.claims.map((c) => c.speechAct)).not.toContain("DENY");
  });

  it("gives what 'the spokesperson of' an organisation said to that spokesperson, also as 'he' after", () => {
    const e = run("The spokesperson of Karachi Electric said the electricity has been restored. He said local faults may disrupt the supply.");
    expect(e.claims.map((c) => c.claimantId)).toEqual(["spokesperson-of-karachi-electric", "spokesperson-of-karachi-electric"]);
  });

  it("reads a city ruined and people misled with fake promises as charges", () => {
    expect(claimantsAndActs(run('Hafiz Naeemur Rehman said, "The PPP has ruined the mega city in the past 15 years."'))).toEqual([["hafiz-naeemur-rehman", "ACCUSE"]]);
    expect(claimantsAndActs(run("Hafiz Naeemur Rehman said the government was misleading Karachiites with fake promises."))).toEqual([["hafiz-naeemur-rehman", "ACCUSE"]]);
  });
});
