// Rules added in extractor 1.138, on short made-up texts: a person's office speaks as an office of its own, a state's
// sector ministry and caretaker government are its organs, the party media quote speaks, a wrong someone "allowed"
// is charged, an insinuation someone "took exception to" is rejected, a group's "their fighters" are the group's,
// and a notice issued to someone on a day, "seeking" something, is the issuer's.
import { describe, expect, it } from "vitest";
import { claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-10-14T12:00:00+05:00", "article:test-r1138");

describe("extractor 1.138 rules", () => {
  it("gives what a person's office said to the office, and 'the premier' after it to the person", () => {
    const e = run("Prime Minister Shehbaz Sharif's office said the companies had agreed voluntarily. The premier condemned the violence.");
    expect(claimantsAndActs(e)).toEqual([["office-of-shehbaz-sharif", "ASSERT"], ["shehbaz-sharif", "CONDEMN"]]);
    expect(e.newActors.find((a) => a.id === "office-of-shehbaz-sharif")?.aliases).toContain("Shehbaz Sharif's office");
  });

  it("reads a state's power ministry and caretaker government as organs of that state", () => {
    const e = run("Pakistan's power ministry denied the allegations. Pakistan's caretaker government expressed alarm over depleting sugar stocks.");
    expect(claimantsAndActs(e)).toEqual([["power-ministry-of-pakistan", "DENY"], ["caretaker-government-of-pakistan", "EXPRESS_CONCERN"]]);
    expect(e.newActors.filter((a) => a.id.endsWith("-of-pakistan")).map((a) => a.parentId)).toEqual(["pakistan", "pakistan"]);
  });

  it("gives a report to the officials the media quote", () => {
    const e = run("Pakistani media, quoting unnamed officials, reported that Pakistan was ready to listen to New Delhi's concerns.");
    expect(e.claims.map((c) => c.claimantId)).toEqual(["unnamed-officials"]);
  });

  it("reads a claim that someone allowed goods to be smuggled as a charge against them", () => {
    const e = run("Senator Taj Haider claimed that Rana Sanaullah allowed 1.4 million tons of sugar to be smuggled.");
    expect(claimantsAndActs(e)).toEqual([["taj-haider", "ACCUSE"]]);
  });

  it("reads exception taken to an insinuation as rejecting it", () => {
    const e = run("Senator Taj Haider took exception to the insinuation that his party colleague was to blame for the shortage.");
    expect(claimantsAndActs(e)).toEqual([["taj-haider", "REJECT"]]);
  });

  it("counts an armed group among what its statement is about when it speaks of 'their fighters'", () => {
    const e = run("The Tehreek-e-Taliban Pakistan (TTP) said in a statement their fighters had killed a police officer.");
    expect(e.claims.map((c) => [c.claimantId, c.about.map((x) => x.actorId)])).toEqual([["ttp", ["ttp"]]]);
  });

  it("gives a notice issued to another state on a given day, seeking a review, to its issuer", () => {
    const e = run("India issued the notice to Pakistan on January 25 seeking a review of the Indus Waters Treaty.");
    expect(claimantsAndActs(e)).toEqual([["india", "DEMAND"]]);
  });
});
