// Rules added in extractor 1.72, on short made-up texts: condemnation "resulting" from a list of states, a speaker
// before an aside naming the occasion or the time, a third party's statement reported as a statement of its own,
// "the message reads:", a shared subject after an opening phrase, and negations that deny nothing.
import { describe, expect, it } from "vitest";
import { actorMentionsOf, actsOf, claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2023-07-04T12:00:00+05:00", "article:test-r172");
const acts = actsOf(run);

describe("extractor 1.72 rules", () => {
  it("credits condemnation 'resulting' from a list of states, 'including' each, to each, not to whose remarks came after", () => {
    const x = run("The minister’s remarks come after a man burned a copy of the Quran in Stockholm, resulting in strong condemnation from several states, including Pakistan, Iran and Turkey.");
    expect(claimantsAndActs(x)).toEqual([["pakistan", "CONDEMN"], ["iran", "CONDEMN"], ["turkey", "CONDEMN"]]);
    expect(x.claims.map((c) => c.about)).toEqual([[], [], []]);
  });

  it("finds the speaker before an aside naming the occasion, even one holding quotation marks", () => {
    const x = run("The UN Security Council, in an “extraordinary” meeting in New York, said collective measures should be taken.");
    expect(claimantsAndActs(x)).toEqual([["unsc", "DEMAND"]]);
  });

  it("finds the speaker before a time set off by commas and an unclosed 'in response to' aside", () => {
    const x = run("Zabihullah Mujahid, on Tuesday, in response to a meeting of former officials in Vienna said that such a meeting was not in the interest of Afghanistan.");
    expect(claimantsAndActs(x)).toEqual([["zabihullah-mujahid", "ASSERT"]]);
  });

  it("reads a third party's statement reported by a speaker as a statement of its own, with the other's nested in it", () => {
    const x = run("The UN Security Council met on Sunday. Shehbaz Sharif said the council also demanded that the culprit should be investigated.");
    const report = x.claims.find((c) => c.claimantId === "shehbaz-sharif")!;
    expect(report).toMatchObject({ speechAct: "ASSERT" });
    expect(report.about.map((a) => a.actorId)).toEqual(["unsc"]);
    expect(x.claims.find((c) => c.containedIn === report.id)).toMatchObject({ claimantId: "unsc", speechAct: "DEMAND" });
  });

  it("passes on, rather than reports, the words of one's own minister", () => {
    const x = run("The Taliban's foreign ministry said Amir Khan Muttaqi told the envoy that the border should be reopened.");
    expect(claimantsAndActs(x)).toEqual([["amir-khan-muttaqi", "DEMAND"]]);
    // The ministry (an office of the Taliban) heads the reporting chain, before the publisher.
    const [ministry, publisher] = x.claims[0]!.via;
    expect(publisher).toBe("irna");
    expect(x.newActors.find((a) => a.id === ministry)).toMatchObject({ kind: "GOVERNMENT", parentId: "afghan-taliban" });
  });

  it("reads 'The message reads: “...”' as the words of whoever sent the message", () => {
    const x = run("Hibatullah Akhundzada said in his message that he wants peace. The message reads: “The Islamic Emirate wants good relations with the world.”");
    expect(claimantsAndActs(x)).toEqual([["hibatullah-akhundzada", "ASSERT"], ["hibatullah-akhundzada", "ASSERT"]]);
    expect(x.claims[1]!.quote).toContain("The Islamic Emirate wants good relations");
  });

  it("finds the subject shared by 'X congratulated the people and said' past an opening phrase and a description", () => {
    const x = run("In a message on the occasion of Eid, the leader of the IE, Sheikh Hibatullah Akhundzada congratulated the people and said that the IE wants good relations with the world.");
    expect(claimantsAndActs(x)).toEqual([["hibatullah-akhundzada", "ASSERT"]]);
  });

  it("reads 'the IE' as the Islamic Emirate", () => {
    expect(actorMentionsOf(run)("The IE wants good relations with its neighbours.")).toEqual([["IE", "afghan-taliban"]]);
  });

  it("does not read 'not the first incident' or 'had no foothold' as a denial", () => {
    expect(acts("Shehbaz Sharif said that this is not the first incident of its kind.")).toEqual(["ASSERT"]);
    expect(acts("Zabihullah Mujahid said that the former officials had no foothold inside the country.")).toEqual(["ASSERT"]);
  });

  it("reads people said to be seeking their personal interests as accused", () => {
    expect(acts("Zabihullah Mujahid said that they are a few people who are seeking their personal interests.")).toEqual(["ACCUSE"]);
  });
});
