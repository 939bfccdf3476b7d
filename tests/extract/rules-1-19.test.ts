// Rules added in extractor 1.19, on short made-up texts: quotations that go on without an attribution of their
// own, names after "said" and before an apposition with an article, short asides, one-person unnamed sources
// as "he", "the neighbouring country", ultimatums and conditional threats, and charges stated as fact.
import { describe, expect, it } from "vitest";
import { actsOf, claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2023-09-06T12:00:00+00:00", "article:test-r119");
const about = (x: ReturnType<typeof run>, k = 0) => x.claims[k]?.about.map((a) => a.actorId);

describe("extractor 1.19 rules", () => {
  it("gives a quotation without an attribution of its own to the speaker just quoted", () => {
    const next = run("“Pakistani forces attacked our posts,” said Quraishi Badloon, an official in Nangarhar.\n\n“The attack has resulted in casualties among the guards.”");
    expect(next.claims.map((c) => c.claimantId)).toEqual(["quraishi-badloon", "quraishi-badloon"]);
    const same = run("“Afghan nationals are involved in attacks on us,” Interior Minister Sarfraz Bugti told reporters in Islamabad. “We have evidence.”");
    expect(same.claims.map((c) => c.quote)).toEqual(["Afghan nationals are involved in attacks on us", "We have evidence."]);
    const joined = run("A local police official said the border was shut. “The atmosphere is very tense” and “forces on both sides are alert”, he said.");
    expect(joined.claims.map((c) => c.quote).slice(1)).toEqual(["The atmosphere is very tense", "forces on both sides are alert"]);
  });

  it("finds people named after 'said' or after the word 'official'", () => {
    const x = run("“Afghan forces tried to establish a check post,” said Pakistan local administration official Irshad Mohmand. “Pakistani forces attacked the Afghan side,” said Quraishi Badloon, an official for the information directorate.");
    expect(claimantsAndActs(x)).toEqual([["irshad-mohmand", "ASSERT"], ["quraishi-badloon", "ACCUSE"]]);
    expect(x.newActors.find((a) => a.id === "irshad-mohmand")?.parentId).toBe("pakistan");
  });

  it("reads past a short aside to the speaker, and an apposition with an article as a description", () => {
    expect(claimantsAndActs(run("The Taliban government, in turn, blamed Pakistan."))).toEqual([["afghan-taliban", "ACCUSE"]]);
    const x = run("Muhammed Ali, a government official in Chitral, informed Al Jazeera that the region is calm. “There was some firing from across the border on Thursday morning,” Ali said.");
    expect(x.claims.map((c) => c.claimantId)).toEqual(["muhammed-ali", "muhammed-ali"]);
  });

  it("takes 'he' for an unnamed source that is one person", () => {
    const x = run("A local Pakistan police official said gunshots started at around 1 pm. The shooting stopped by late afternoon, he said.");
    expect(x.claims).toHaveLength(2);
    expect(new Set(x.claims.map((c) => c.claimantId)).size).toBe(1);
  });

  it("takes 'the neighbouring country' for the other side last named, unless it is where something happens", () => {
    const x = run("Reacting to Tehran's strikes, Islamabad Wednesday warned the neighbouring country of stern consequences.");
    expect(claimantsAndActs(x)).toEqual([["pakistan", "WARN"]]);
    expect(about(x)).toEqual(["iran"]);
    expect(about(run("After talks with Afghanistan, Prime Minister Shehbaz Sharif said that militants were operating from sanctuaries in the neighbouring country."))).toEqual([]);
  });

  it("reads ultimatums, threats with the condition first and a right to respond as what they are", () => {
    expect(claimantsAndActs(run("Pakistan's caretaker government announced that everyone without documents has until the end of the month to depart."))).toEqual([["caretaker-government-of-pakistan", "DEMAND"]]);
    expect(claimantsAndActs(run("“We have given them a November 1 deadline,” Interior Minister Sarfraz Bugti said."))).toEqual([["sarfraz-bugti", "DEMAND"]]);
    expect(claimantsAndActs(run("Interior Minister Sarfraz Bugti said: “If they do not go, then all the law enforcement agencies will be utilized to deport them.”"))).toEqual([["sarfraz-bugti", "WARN"]]);
    expect(claimantsAndActs(run("Foreign Minister Jalil Abbas Jilani said that Pakistan reserved the right to respond to this provocative act."))).toEqual([["jalil-abbas-jilani", "WARN"]]);
    expect(claimantsAndActs(run("Foreign Minister Jalil Abbas Jilani said that unilateral actions could seriously undermine regional peace."))).toEqual([["jalil-abbas-jilani", "WARN"]]);
    expect(claimantsAndActs(run("The Pakistani army said the Taliban administration is “expected to fulfil its obligations and deny the use of Afghan soil by terrorists”."))).toEqual([["pakistan-armed-forces", "DEMAND"]]);
  });

  it("reads charges stated as fact as accusations, and certainty or a policy as no denial or demand", () => {
    const acts = actsOf(run);
    expect(acts("Interior Minister Sarfraz Bugti said there are no two opinions that we are attacked from within Afghanistan.")).toEqual(["ACCUSE"]);
    expect(acts("Interior Minister Sarfraz Bugti said that Afghan nationals were implicated in 14 of 24 suicide bombings.")).toEqual(["ACCUSE"]);
    expect(acts("Interior Minister Sarfraz Bugti said one of the bombers was identified as an Afghan national.")).toEqual(["ACCUSE"]);
    expect(acts("The Pakistani army said the attacks were coordinated from Afghanistan's Kunar province.")).toEqual(["ACCUSE"]);
    expect(acts("State Department spokesman Matthew Miller said: “We've seen Iran violate the sovereign borders of three of its neighbours.”")).toEqual(["ACCUSE"]);
    // Since 1.35 a policy of the speaker's own state is an undertaking, as the annotations read it.
    expect(acts("Interior Minister Sarfraz Bugti said Pakistan will also require valid passports from any Afghans wishing to enter.")).toEqual(["PROMISE"]);
    expect(acts("Spokesperson Mumtaz Zahra Baloch said the Iranian ambassador may not return for the time being.")).toEqual(["ASSERT"]);
    expect(acts("Quraishi Badloon, an official, said: “The exact figures are not known yet.”")).toEqual(["ASSERT"]);
    expect(acts("TTP spokesman Muhammad Khurasani said: “It should be remembered that our fighters are in Chitral.”")).toEqual(["ASSERT"]);
  });

  it("does not take a day after a city for part of a longer name", () => {
    const x = run("Islamabad Wednesday warned Kabul of consequences.");
    expect(x.mentions.filter((m) => m.type === "Actor").map((m) => m.id)).toEqual(["pakistan", "afghan-taliban"]);
  });

  it("leaves the verb out of an unnamed source that a relative clause follows", () => {
    const x = run("The state news agency APP has quoted an anonymous government official who said that the expulsion would be just the first phase.");
    expect(x.newActors.map((a) => a.name)).toContain("anonymous government official");
  });
});
