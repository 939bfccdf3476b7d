// Rules added in extractor 1.45, on short made-up texts: a surname that is also an honorific, a title the article
// wrote before a name standing for that person later, "the official" for the official named or speaking last,
// and an unnamed official named without the place where they serve.
import { describe, expect, it } from "vitest";
import { claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-07-10T12:00:00+05:00", "article:test-r145");

describe("extractor 1.45 rules", () => {
  it("keeps 'Sheikh' after given names as the surname, and a later 'Sheikh' as the same person", () => {
    const x = run("Police officer Asif Ijaz Sheikh said that the suspect was arrested in Karachi. Sheikh warned that strict action would be taken against the facilitators.");
    expect(claimantsAndActs(x)).toEqual([
      ["asif-ijaz-sheikh", "ASSERT"],
      ["asif-ijaz-sheikh", "WARN"],
    ]);
  });

  it("reads a title the article wrote before a person's name as that person when it comes back with 'the'", () => {
    const x = run("Addressing a press conference, DIG CTD Asif Ijaz Sheikh said that the suspect was planning an attack. The suspect has provided valuable information to the authorities, the DIG CTD added.");
    expect(x.claims.map((c) => c.claimantId)).toEqual(["asif-ijaz-sheikh", "asif-ijaz-sheikh"]);
  });

  it("reads 'the official' as the person last named, and 'the Qatari official' as the last one serving Qatar", () => {
    expect(run("Asif Ijaz Sheikh said that the department was on high alert. The official noted that all officers are on a hit list.").claims.map((c) => c.claimantId)).toEqual([
      "asif-ijaz-sheikh",
      "asif-ijaz-sheikh",
    ]);
    const x = run("Mohammed Al-Khulaifi, the Qatari Foreign Minister, visited Kabul and met with Mullah Abdul Ghani Baradar, the Taliban's deputy prime minister. The high-ranking Qatari official called for the presence of a Taliban representative at the meeting.");
    expect(x.claims.map((c) => [c.claimantId, c.speechAct])).toEqual([["mohammed-al-khulaifi", "DEMAND"]]);
  });

  it("leaves 'the officer' to an unnamed official introduced after the last named person", () => {
    const x = run("Enayatullah Khwarazmi, the spokesman for Afghanistan's defence ministry, told AFP, “The clash was started by the Pakistani side.” A border official on the Pakistan side said three soldiers were wounded. “Afghan officials did not halt the construction,” the officer told AFP.");
    expect(x.claims[0]?.claimantId).toBe("inayatullah-khwarazmi");
    const officers = x.claims.filter((c) => c.quote.startsWith("Afghan officials")).map((c) => c.claimantId);
    expect(officers).not.toContain("inayatullah-khwarazmi");
  });

  it("names an unnamed official without the place where they serve", () => {
    const x = run("Meanwhile, a Pakistani immigration official at the Torkham border crossing said they had begun seizing documents from departing Afghans.");
    expect(x.claims.map((c) => c.claimantId)).toEqual(["pakistani-immigration-official"]);
  });
});
