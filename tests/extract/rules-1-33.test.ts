// Rules added in extractor 1.33, on short made-up texts: people's names matched only in capitals, no ministry or
// field of trade taken for a person, and an organisation's chief or leader as its person.
import { describe, expect, it } from "vitest";
import { actorMentionsOf, claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-03-25T12:00:00+05:30", "article:test-r133");
const mentioned = actorMentionsOf(run);

describe("extractor 1.33 rules", () => {
  it("matches a person's name only where it is written in capitals", () => {
    const text = "Spokesperson Mumtaz Zahra Baloch spoke. Baloch said talks would resume, while baloch is also a word in some names.";
    expect(mentioned(text).filter(([, id]) => id === "mumtaz-zahra-baloch").map(([surface]) => surface)).toEqual(["Mumtaz Zahra Baloch", "Baloch"]);
  });

  it("takes no ministry or field of trade for a person", () => {
    const x = run("Abdul Salam Jawad, the Afghan Commerce Ministry's spokesman, spoke. Delegates included Director General Transit Trade and Additional Secretary of Interior Khushal Khan.");
    expect(x.newActors.filter((a) => a.kind === "PERSON").map((a) => a.id)).not.toContain("transit-trade");
    expect(x.newActors.filter((a) => a.kind === "PERSON").map((a) => a.name).filter((n) => /Ministry|Trade/.test(n))).toEqual([]);
  });

  // A guard: an organisation's names still match in any case beside people's names matched in capitals.
  it("still matches an organisation's name in any case", () => {
    expect(mentioned("The islamic emirate rejected the remarks.")).toEqual([["islamic emirate", "afghan-taliban"]]);
  });

  it("takes an organisation's chief for the person the article titles so, and nobody for an unnamed chief", () => {
    const text = "The Jamiat Ulema-e-Islam-Fazl (JUI-F) chief Maulana Fazlur Rehman visited Kabul. The JUI-F chief pledged to revive talks between Pakistan and the TTP.";
    expect(claimantsAndActs(run(text)).at(-1)).toEqual(["fazlur-rehman", "PROMISE"]);
    expect(claimantsAndActs(run("Zabihullah Mujahid spoke. The country's police chief claimed that two million migrants would be deported.")).map(([id]) => id)).not.toContain("zabihullah-mujahid");
  });
});
