// Rules added in extractor 1.110, on short made-up texts: an honorific and family name as the person named in full
// earlier; an organisation whose acronym spells out a word that opens titles ("General Service Unit"); a title word
// "Head"; an office "on" its remit; an outlet after "told" as no person; wanting someone to act as a demand;
// exploitation charged; "could not allow" as what was decided, not a warning.
import { describe, expect, it } from "vitest";
import { actorMentionsOf, claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2023-10-26T12:00:00+05:00", "article:test-r1110");
const claims = (text: string) => claimantsAndActs(run(text));
const mentions = actorMentionsOf(run);

describe("extractor 1.110 rules", () => {
  it("takes an honorific and family name as the person the article names in full", () => {
    const text = "Javeria Siddique filed a lawsuit in Nairobi on Wednesday.\n\n“They can call it mistaken identity,” Ms Siddique told reporters.";
    expect(claims(text)).toEqual([["javeria-siddique", "ASSERT"]]);
  });

  it("takes an honorific and a family name alone as a person", () => {
    expect(claims("Mr. Gandapur said the march would resume.")).toEqual([["gandapur", "ASSERT"]]);
  });

  it("keeps a word an organisation's acronym spells out in its name", () => {
    expect(mentions("The journalist was shot by Kenya's elite police force, the General Service Unit (GSU).")).toContainEqual([
      "General Service Unit",
      "general-service-unit",
    ]);
  });

  it("takes a name after the title word 'Head' as the person", () => {
    const text = "Drug trafficking has not declined, DCA Information and Analytical Center Head Mukbilsho Muyassar told the press.";
    expect(claims(text).map(([id]) => id)).toEqual(["mukbilsho-muyassar"]);
  });

  it("names an office by its remit after 'on', but not by the day it spoke", () => {
    expect(mentions("According to the UN Office on Drugs and Crime, cultivation fell by 95%.")).toContainEqual([
      "UN Office on Drugs and Crime",
      "un-office-on-drugs-and-crime",
    ]);
    expect(mentions("The Pakistan Foreign Office on Monday rejected the report.")).toContainEqual(["Pakistan Foreign Office", "pakistan-foreign-office"]);
  });

  it("does not take an outlet after 'told' for a person", () => {
    const x = run("“We want justice,” Ms Siddique told BBC Urdu.");
    expect(x.newActors.filter((a) => a.kind === "PERSON").map((a) => a.id)).toEqual(["siddique"]);
  });

  it("reads wanting someone else to act as a demand", () => {
    expect(claims("Ms Siddique also wants the attorney general to “issue a public apology”.")).toEqual([["siddique", "DEMAND"]]);
  });

  it("reads exploitation as a charge, and 'could not allow' as no warning", () => {
    expect(claims("“Separatists exploited the platform to work against Pakistan, and we could not allow that,” Attaullah Tarar said.")).toEqual([
      ["attaullah-tarar", "ACCUSE"],
      ["attaullah-tarar", "ASSERT"],
    ]);
  });
});
