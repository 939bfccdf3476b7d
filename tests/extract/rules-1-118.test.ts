// Rules added in extractor 1.118, on short made-up texts: a participle after a body's submitted proposals is that
// body's; "would never compromise on" as a commitment; a proposal in the subjunctive as a demand; "noted with concern";
// an acronym spelling the initials of a longer name the article gives as that name.
import { describe, expect, it } from "vitest";
import { claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-05-07T12:00:00+05:00", "article:test-r1118");
const claims = (text: string) => claimantsAndActs(run(text));

describe("extractor 1.118 rules", () => {
  it("gives a participle after submitted proposals to the body that submitted them, and reads 'would never compromise on' as a commitment", () => {
    const text = "During the hearing, the Islamabad Bar Council submitted its proposals on the subject, emphasising that the council would never compromise on the independence of the judiciary.";
    expect(claims(text)).toEqual([["islamabad-bar-council", "PROMISE"]]);
  });

  it("reads a proposal in the subjunctive as a demand, but not a modal before 'be'", () => {
    expect(claims("The Islamabad Bar Council suggested that an inquiry be conducted against those meddling in judicial affairs.")).toEqual([["islamabad-bar-council", "DEMAND"]]);
    expect(claims("The Islamabad Bar Council said that the inquiry may be conducted next year.")).toEqual([["islamabad-bar-council", "ASSERT"]]);
  });

  it("reads 'noted with concern' as concern voiced", () => {
    expect(claims("The Islamabad Bar Council noted with concern the leaking of the judges' letter to the media.")).toEqual([["islamabad-bar-council", "EXPRESS_CONCERN"]]);
  });

  it("takes an acronym spelling a longer name's initials as that name", () => {
    const text = "The Northern Resistance Alliance attacked a checkpoint in Kabul on Sunday. The NRA said that it has killed seven members of the Taliban.";
    const extraction = run(text);
    expect(extraction.newActors.map((a) => a.id)).not.toContain("nra");
    expect(claimantsAndActs(extraction)).toEqual([["northern-resistance-alliance", "ASSERT"]]);
  });
});
