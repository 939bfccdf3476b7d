// Rules added in extractor 1.81, on short made-up texts: a name with its acronym before an apposition as the speaker;
// "told state media" as whom it was told; advocates as unnamed sources; figures given by a body as that body's;
// an outlet after "reported" as no topic; "the premier" as the prime minister named before.
import { describe, expect, it } from "vitest";
import { aboutSetsOf, claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2023-12-16T12:00:00+03:30", "article:test-r181");

describe("extractor 1.81 rules", () => {
  it("takes a name with its acronym, before an apposition, as the speaker", () => {
    const x = run("The army made the decision. The Human Rights Commission of Pakistan (HRCP), an independent civil rights group, said the laws are unjust.");
    expect(x.claims.map((c) => c.claimantId)).toEqual(["human-rights-commission-of-pakistan"]);
  });

  it("keeps 'state media' after 'officials told' out of what was said", () => {
    const x = run("Police were attacked. Militants attacked a police station, killing 11 officers on Friday, officials told state media.");
    expect(x.claims.map((c) => c.quote)).toEqual(["Militants attacked a police station, killing 11 officers on Friday"]);
  });

  it("reads human rights advocates as an unnamed source", () => {
    const x = run("Iran deported many. Human rights advocates stated that Iran violates international rules and norms.");
    expect(x.claims.map((c) => c.claimantId)).toEqual(["human-rights-advocates"]);
  });

  it("gives figures given by a body to that body", () => {
    const x = run("Iran deported many. According to the figures given by the Herat refugee department, up to 4000 Afghans entered the country.");
    expect(x.claims.map((c) => c.claimantId)).toEqual(["herat-refugee-department"]);
  });

  it("does not make the outlet after 'reported' a topic of the statement", () => {
    const about = aboutSetsOf(run)("Iran deported many. Local officials in Herat highlighted that Iran has doubled the expulsions of Afghans, reported TOLO News.");
    expect(about).toHaveLength(1);
    expect(about[0]).not.toContain("tolonews");
  });

  it("reads 'the premier' as the prime minister the article named", () => {
    const x = run("Prime Minister Shehbaz Sharif chaired the meeting on Tuesday. A lawyer, Abdul Moiz Jaferii, said the courts were unfair. The premier condemned the violence.");
    expect(claimantsAndActs(x)).toEqual([["abdul-moiz-jaferii", "ASSERT"], ["shehbaz-sharif", "CONDEMN"]]);
  });
});
