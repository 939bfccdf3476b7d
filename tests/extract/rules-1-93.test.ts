// Rules added in extractor 1.93, on short made-up texts: Pakistan's political parties known by their acronyms;
// an agency's acronym the article credits ("(PTI)", "told PTI") as the agency throughout it, and a name's gloss
// as no credit; "Imran Khan's PTI" as the party, owned by Khan; the international community as one party; a finger
// pointed at someone, and a role in a bad deed laid on someone, as charges.
import { describe, expect, it } from "vitest";
import { actorMentionsOf, claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-07-12T12:00:00+05:00", "article:test-r193");
const mentions = actorMentionsOf(run);
const claims = (text: string) => claimantsAndActs(run(text));

describe("extractor 1.93 rules", () => {
  it("knows Pakistan's political parties by their acronyms", () => {
    expect(mentions("The court affirmed PTI’s entitlement to the seats, while the PML-N, the PPP and the JUI-F objected.")).toEqual([
      ["PTI", "pti"],
      ["PML-N", "pml-n"],
      ["PPP", "ppp"],
      ["JUI-F", "jui-f"],
    ]);
    expect(claims("The PTI said the vote had been rigged.")).toEqual([["pti", "ASSERT"]]);
  });

  it("reads an acronym the article credits to a news agency as the agency, and a name's gloss as no credit", () => {
    expect(mentions("NEW DELHI, Dec 5 (PTI): India said the talks would resume, PTI reported.")).toContainEqual(["PTI", "press-trust-of-india"]);
    expect(mentions("India's foreign secretary told PTI the talks would resume.")).toContainEqual(["PTI", "press-trust-of-india"]);
    expect(mentions("Pakistan Tehreek-e-Insaf (PTI) chief Imran Khan was arrested. The PTI said the vote was rigged.").filter(([s]) => s === "PTI")).toEqual([
      ["PTI", "pti"],
      ["PTI", "pti"],
    ]);
  });

  it("reads 'Imran Khan's PTI' as the party, owned by Khan", () => {
    expect(claims("Imran Khan's PTI said the vote had been rigged.")).toEqual([["pti", "ASSERT"]]);
    expect(mentions("Imran Khan's PTI said the vote had been rigged.")).toEqual([
      ["Imran Khan", "imran-khan"],
      ["PTI", "pti"],
    ]);
  });

  it("knows the international community as one party", () => {
    expect(run("The Taliban urged the international community to engage with Kabul.").claims[0]?.about.map((a) => a.actorId)).toContain("international-community");
  });

  it("reads a finger pointed at someone, and a role in what happened laid on someone, as charges", () => {
    expect(claims("Khawaja Asif said: “I can’t say with certainty, but events do point the finger towards him.”")).toEqual([
      ["khawaja-asif", "ASSERT"],
      ["khawaja-asif", "ACCUSE"],
    ]);
    expect(claims("Khawaja Asif claimed the former spymaster “could have had a role in what happened on May 9.”")).toEqual([["khawaja-asif", "ACCUSE"]]);
  });
});
