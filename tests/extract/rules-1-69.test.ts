// Rules added in extractor 1.69, on short made-up texts: a title with one word after it as no person, advisers as
// titles, an apposition with "U.S." in it, crimes called someone's responsibility as a charge, a plea with "please"
// as a demand, having no hope as no denial, and a detention called unjust as a charge.
import { describe, expect, it } from "vitest";
import { actsOf, claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-08-11T12:00:00+01:00", "article:test-r169");
const acts = actsOf(run);

describe("extractor 1.69 rules", () => {
  it("reads 'Deputy National Security Adviser Jon Finer's statement' as naming Jon Finer, not a person 'National Security Adviser Jon'", () => {
    const x = run("Deputy National Security Adviser Jon Finer’s statement underscored the strained relations. He warned that Pakistan could strike the U.S.");
    expect(x.newActors.filter((a) => a.kind === "PERSON").map((a) => a.id)).toEqual(["jon-finer"]);
  });

  it("reads a speaker after a quotation and an apposition with 'U.S.' in it as the speaker of the quotation", () => {
    const x = run("“My thoughts and prayers are with Ryan Corbett and his family today,” Thomas West, the U.S. special envoy for Afghanistan, said on X.");
    expect(claimantsAndActs(x)).toEqual([["thomas-west", "EXPRESS_REGRET"]]);
  });

  it("reads crimes called the responsibility of others as an accusation, not a demand", () => {
    expect(acts("Zabihullah Mujahid said, “The crimes committed by the occupying countries in Afghanistan are the responsibility of the powerful countries.”")).toEqual(["ACCUSE"]);
  });

  it("reads a plea beginning 'please' as a demand, not a denial", () => {
    expect(acts("Human Rights Watch said: “But please also remember that there are many more in custody who have not been named.”")).toEqual(["DEMAND"]);
  });

  it("does not read having no hope in an organisation as a denial", () => {
    expect(acts("Zabihullah Mujahid said that they have no hope from this organization.")).toEqual(["ASSERT"]);
  });

  it("reads people held unjustly by the Taliban as an accusation", () => {
    expect(acts("The United States said three Americans are being held “unjustly” by Taliban authorities in Afghanistan.")).toEqual(["ACCUSE"]);
  });
});
