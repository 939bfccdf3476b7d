// Rules added in extractor 1.98, on short made-up texts: a person before "of the <body> (<acronym>)" as the person,
// the acronym glossing only the body; posts named before a person ("Chief Meteorologist", "Senior Superintendent of
// Police") kept out of the name; too little done ("have done little to ...") as a charge.
import { describe, expect, it } from "vitest";
import { actorMentionsOf, claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-06-27T12:00:00+05:00", "article:test-r198");
const claims = (text: string) => claimantsAndActs(run(text));

describe("extractor 1.98 rules", () => {
  it("reads a person before 'of the <body> (<acronym>)' as the person, the acronym glossing the body", () => {
    const text = "Chief Meteorologist Sardar Sarfaraz of the Pakistan Meteorological Department (PMD) said that Friday would be warm.";
    expect(claims(text)).toEqual([["sardar-sarfaraz", "ASSERT"]]);
    expect(actorMentionsOf(run)(`${text} The PMD said rain would follow.`).map(([, id]) => id)).toContain("pakistan-meteorological-department");
  });

  it("keeps a post named before a person out of the person's name", () => {
    expect(claims("Mirpurkhas Senior Superintendent of Police Shabbir Ahmed Sethar told Dawn.com that an investigation is underway.")).toEqual([
      ["shabbir-ahmed-sethar", "ASSERT"],
    ]);
  });

  it("reads too little done as a charge", () => {
    expect(claims("Human Rights Watch said the Taliban have done little to make good on that promise.")).toEqual([["human-rights-watch", "ACCUSE"]]);
  });
});
