// Rules added in extractor 1.96, on short made-up texts: congratulations as statements; "the national cricket board"
// as the board named before; a fear expressed as concern; orders not complied with as a charge; labels of censure in
// a list ("flawed, illegal, biased"); a gloss after a possessive ("Imran Khan's Pakistan Tehreek-e-Insaf (PTI)") as no
// agency credit. ("Representative" no longer names an unnamed source alone: "an official representative from the
// Foreign Office" is the ministry speaking.)
import { describe, expect, it } from "vitest";
import { actorMentionsOf, claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2023-12-23T12:00:00+05:00", "article:test-r196");
const claims = (text: string) => claimantsAndActs(run(text));

describe("extractor 1.96 rules", () => {
  it("reads congratulations as a statement", () => {
    expect(claims("The Taliban army chief, Fasihuddin Fitrat Badakhshani, also congratulated the team.")).toEqual([["fasihuddin-fitrat-badakhshani", "ASSERT"]]);
  });

  it("reads 'the national cricket board' as the board the article named", () => {
    expect(claims("The Afghanistan Cricket Board said the team won. The national cricket board said the ban was unfair.").map(([who]) => who)).toEqual([
      "afghanistan-cricket-board",
      "afghanistan-cricket-board",
    ]);
  });

  it("reads a fear expressed as concern", () => {
    expect(claims("Residents have expressed fear that any suspension would represent a major setback.")).toEqual([["residents", "EXPRESS_CONCERN"]]);
  });

  it("reads directions not complied with as a charge", () => {
    expect(claims("Gohar Ali Khan said the PTI had not complied with its directions.")).toEqual([["gohar-ali-khan", "ACCUSE"]]);
  });

  it("reads labels of censure in a list as a condemnation", () => {
    expect(claims("PML-N Senator Sadia Abbasi described the ECP’s decision as “flawed, illegal, biased, and a serious attack on the elections.”")).toEqual([
      ["sadia-abbasi", "CONDEMN"],
    ]);
  });

  it("reads an acronym glossing a name after a possessive as the named party, not an agency's credit", () => {
    const mentions = actorMentionsOf(run)("ISLAMABAD: Imran Khan’s Pakistan Tehreek-e-Insaf (PTI) party will appeal. A PTI spokesperson said so.");
    expect(mentions.filter(([surface]) => surface === "PTI").map(([, id]) => id)).toEqual(["pti", "pti"]);
  });
});
