// Rules added in extractor 1.124, on short made-up texts: opposition voiced after a time word and refusal declared are
// rejections; two parties named as one subject after an opening adverb both speak, and both say what a participle
// adds; a quotation's speaker in an apposition with no closing comma, or quoted by an outlet with a title before the
// name; a decision made "without any consideration for" a body is charged; the party's own course is a promise;
// wanting someone to act is a demand.
import { describe, expect, it } from "vitest";
import { claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-06-24T12:00:00+05:00", "article:test-r1124");

describe("extractor 1.124 rules", () => {
  it("reads opposition voiced on a day, and refusal declared, as rejections", () => {
    expect(claimantsAndActs(run("The Awami National Party (ANP) voiced on Monday its opposition to the military operation."))).toEqual([["anp", "REJECT"]]);
    expect(claimantsAndActs(run("Pakistan Tehreek Insaf (PTI) declared its refusal to support any military operation."))).toEqual([["pti", "REJECT"]]);
  });

  it("gives a statement and its participle to both parties named after an opening adverb", () => {
    const e = run("Yesterday, Pakistan Tehreek Insaf (PTI) and Sunni Ittehad Council (SIC) also declared their refusal to support any military operation, demanding that the military leadership take Parliament into confidence first.");
    expect(claimantsAndActs(e).sort()).toEqual([["pti", "DEMAND"], ["pti", "REJECT"], ["sunni-ittehad-council", "DEMAND"], ["sunni-ittehad-council", "REJECT"]]);
  });

  it("finds a quotation's speaker in an apposition without its closing comma", () => {
    const e = run('"If the containers are not allowed, we have no choice," Khan Agha Gulzad, the head of the Afghan Merchants Union in China said.');
    expect(claimantsAndActs(e)).toEqual([["khan-agha-gulzad", "ASSERT"]]);
    expect(e.newActors.find((a) => a.id === "khan-agha-gulzad")?.description).toBe("head of the Afghan Merchants Union in China");
  });

  it("finds the speaker an outlet quoted, with a title before the name", () => {
    const e = run('"Unfortunately, what Pakistan is doing is against all international laws," Khaama Press quoted MoIC spokesperson Abdulsalam Jawad Akhundzada as saying.');
    expect(claimantsAndActs(e)).toEqual([["abdulsalam-jawad-akhundzada", "ACCUSE"]]);
  });

  it("reads a decision made without any consideration for parliament as a charge", () => {
    expect(claimantsAndActs(run('"The operation was decided without any consideration for the Parliament," said Hafiz Naeemur Rehman.'))).toEqual([["hafiz-naeemur-rehman", "ACCUSE"]]);
  });

  it("reads the party's own announced course as a promise", () => {
    expect(claimantsAndActs(run("ANP leader Mian Iftikhar Hussain announced that the party would convene an All Parties Conference."))).toEqual([["mian-iftikhar-hussain", "PROMISE"]]);
  });

  it("reads wanting another to act as a demand, but not a wish that something not happen", () => {
    expect(claimantsAndActs(run("Serik Zhumangarin said that Kazakhstan wants Afghanistan to develop further as a peaceful nation."))).toEqual([["serik-zhumangarin", "DEMAND"]]);
    expect(claimantsAndActs(run('"We do not want tensions to increase," Khawaja Asif said.'))).toEqual([["khawaja-asif", "ASSERT"]]);
  });
});
