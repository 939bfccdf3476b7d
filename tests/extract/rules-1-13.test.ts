// Rules added in extractor 1.13, on short made-up sentences: who a claim is about when the content names a
// people by its demonym ("Afghans", "Chinese engineers"), calls the speaking government "it", speaks of "the
// Pakistan side" or names the outlet it was told to; charges stated as fact without an accusing verb; "said
// it expects" as the speaker's own expectation; and the name forms "IEA" and "RAW".
import { describe, expect, it } from "vitest";
import { actsOf, claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-05-02T10:00:00+05:00", "article:test-r113");
const aboutOf = (text: string, k = 0) => run(text).claims[k]?.about.map((a) => a.actorId);

describe("extractor 1.13 rules", () => {
  it("counts a people named by its demonym among the actors a claim is about, even when its country is not named", () => {
    const x = run("Zabihullah Mujahid said the killing of Chinese engineers showed the weakness of the Pakistani army.");
    expect(x.claims[0]!.about.map((a) => a.actorId)).toEqual(["china", "pakistan-armed-forces"]);
    expect(x.newActors.find((a) => a.id === "china")?.kind).toBe("STATE");
    // The demonym is no mention of the country.
    expect(x.mentions.some((m) => m.id === "china")).toBe(false);
    expect(aboutOf("The Taliban said Pakistanis were responsible for the clash.")).toContain("pakistan");
  });

  it("leaves a demonym on a place out: 'Afghan soil' is where, not who", () => {
    expect(aboutOf("Pakistan said the TTP was using Afghan soil.")).toEqual(["ttp"]);
  });

  it("counts the speaking government when the content calls it 'it' doing something, not when 'it' only holds a view", () => {
    expect(aboutOf("Islamabad said it carried out airstrikes on TTP hideouts.")).toEqual(["pakistan", "ttp"]);
    expect(aboutOf("The Taliban said two of its guards were killed.")).toEqual(["afghan-taliban"]);
    expect(aboutOf("Pakistan said it expects the Taliban to act.")).toEqual(["afghan-taliban"]);
    // A person's "it" is not the person.
    expect(aboutOf("Zabihullah Mujahid said it carried out no attacks.")).not.toContain("zabihullah-mujahid");
  });

  it("reads a pronoun right after a reporting verb as the one who reports", () => {
    expect(claimantsAndActs(run("Pakistan said it expects the Taliban to act."))).toEqual([["pakistan", "DEMAND"]]);
  });

  it("reads 'the Pakistan side' as that country, like 'the Afghan side', even in its own office's words", () => {
    const x = run("Pakistan's Foreign Office said the Afghan side agreed to work with the Pakistan side on the investigation.");
    expect(x.claims[0]!.about.map((a) => a.actorId)).toEqual(["afghan-taliban", "pakistan"]);
  });

  it("leaves out the outlet that carried the statement", () => {
    expect(aboutOf("Zabihullah Mujahid said Pakistan should consider the consequences of its actions, TOLO News reported.")).toEqual(["pakistan"]);
  });

  it("keeps the other side that holds a view: 'called Pakistan's policy unfair' is about Pakistan", () => {
    expect(aboutOf("The Taliban called Pakistan's policy on refugees unfair.")).toContain("pakistan");
  });

  it("reads charges stated as fact as accusations", () => {
    const acts = actsOf(run);
    expect(acts("Pakistan said RAW is behind all this.")).toEqual(["ACCUSE"]);
    expect(acts("Pakistan said India was involved in the blast.")).toEqual(["ACCUSE"]);
    expect(acts("The UN said the airstrikes were a violation of international law.")).toEqual(["ACCUSE"]);
    expect(acts("Pakistan said the attack was linked to Afghanistan as its planning was made there.")).toEqual(["ACCUSE"]);
    expect(acts("Pakistan said the TTP receives financial aid from India.")).toEqual(["ACCUSE"]);
    expect(acts("The Taliban said Afghans had been forcibly repatriated.")).toEqual(["ACCUSE"]);
    // Taking part in talks is no charge.
    expect(acts("Pakistan said India was involved in the talks.")).toEqual(["ASSERT"]);
  });

  it("hangs a spokesperson on the office the gazetteer knows, under whatever name the article uses for it (1.13.1)", () => {
    const x = run("“The agreement empowered the Taliban,” US State Department’s spokesperson Mathew Miller said on Thursday.");
    const miller = x.newActors.find((a) => a.name === "Mathew Miller");
    expect(miller?.parentId).toBe("us-department-of-state");
    expect(x.newActors.map((a) => a.id)).toContain("us-department-of-state");
  });

  it("knows the Islamic Emirate by 'IEA' and India's intelligence agency by 'RAW'", () => {
    const x = run("The IEA rejected the claims. Pakistan said RAW India funds the group, not raw materials.");
    expect(x.mentions.filter((m) => m.type === "Actor").map((m) => [m.surface, m.id])).toEqual([
      ["IEA", "afghan-taliban"],
      ["Pakistan", "pakistan"],
      ["RAW India", "raw"],
    ]);
    expect(x.newActors.find((a) => a.id === "raw")?.parentId).toBe("india");
  });
});
