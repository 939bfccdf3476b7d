// Rules added in extractor 1.16, on short made-up sentences: "denied claims that ..." as a denial, a speaker
// named before a title in apposition and an aside about the occasion, quotations a speaker posted or declared,
// views analysts believe, and armed groups named as such.
import { describe, expect, it } from "vitest";
import { claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-05-27T12:00:00+04:30", "article:test-r116");

describe("extractor 1.16 rules", () => {
  it("reads 'denied claims that ...' as a denial, not as the claims themselves", () => {
    const x = run("Zabihullah Mujahid denied claims that the TTP is operating on Afghan soil.");
    expect(claimantsAndActs(x)).toEqual([["zabihullah-mujahid", "DENY"]]);
    expect(x.claims[0]!.about.map((a) => a.actorId)).toEqual(["ttp"]);
  });

  it("finds the speaker before a title in apposition and an aside about the occasion", () => {
    const x = run("Zabihullah Mujahid, the spokesperson of the Islamic Emirate, in response to recent statements made by Pakistan’s Interior Minister, denied claims that the TTP is operating on Afghan soil.");
    expect(claimantsAndActs(x)).toEqual([["zabihullah-mujahid", "DENY"]]);
    // A name that leads its own title ("FO spokesperson Mumtaz Zahra Baloch") is still the speaker.
    expect(claimantsAndActs(run("FO spokesperson Mumtaz Zahra Baloch, in a weekly press briefing, emphasized the need for Afghanistan to act.")).map(([id]) => id)).toEqual(["mumtaz-zahra-baloch"]);
  });

  it("attributes a quotation to whoever posted or declared it", () => {
    expect(claimantsAndActs(run("“I strongly condemn the heinous terror attack on Chinese workers in Gwadar,” Sarfraz Bugti posted."))).toEqual([["sarfraz-bugti", "CONDEMN"]]);
    expect(claimantsAndActs(run("“They should hand over the militants to Pakistan,” Mohsin Naqvi declared.")).map(([id]) => id)).toEqual(["mohsin-naqvi"]);
  });

  it("reads what analysts believe as their claim", () => {
    const x = run("Some military analysts believe that the TTP is Islamabad's internal issue.");
    expect(x.claims).toHaveLength(1);
    expect(x.newActors.find((a) => a.id === x.claims[0]!.claimantId)?.name).toMatch(/analysts/i);
  });

  it("knows an armed group by a name such as 'Liberation Army', and 'the group' then speaks for it", () => {
    const x = run("Balochistan Liberation Army (BLA) separatists attacked a convoy carrying Chinese engineers on Sunday, the group said.");
    const bla = x.newActors.find((a) => a.name === "Balochistan Liberation Army");
    expect(bla?.kind).toBe("ARMED_GROUP");
    expect(x.claims.map((c) => c.claimantId)).toEqual([bla?.id]);
  });
});
