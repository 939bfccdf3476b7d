// Rules added in extractor 1.24, on short made-up texts: "quoted X as saying that", a speaker after the
// content followed by another clause, people placed "at" somewhere, monitors as sources, a quotation right
// after "said", false remarks and baseless claims as denials, contrasts, and willingness as a promise.
import { describe, expect, it } from "vitest";
import { actsOf, claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-07-10T12:00:00+05:30", "article:test-r124");
const acts = actsOf(run);

describe("extractor 1.24 rules", () => {
  it("gives 'quoted X as saying that ...' to X, and nothing to a quotation's frame", () => {
    expect(claimantsAndActs(run("A Times of India report quoted an Afghan official as saying that the meetings are a sign of trust."))).toEqual([["afghan-official", "ASSERT"]]);
    expect(run("The newspaper quoted Zabihullah Mujahid as saying in his interview on Monday.").claims).toEqual([]);
  });

  it("reads the speaker after the content when another clause follows, and the clause after it", () => {
    const x = run("Some 1.45 million Afghan refugees will be allowed to stay for another year, Islamabad said Wednesday, but it insisted evictions would continue.");
    expect(claimantsAndActs(x)).toEqual([["pakistan", "ASSERT"], ["pakistan", "PROMISE"]]);
    expect(x.claims[0]?.quote).toBe("Some 1.45 million Afghan refugees will be allowed to stay for another year");
  });

  it("takes an official placed 'at' somewhere and human rights monitors as sources", () => {
    expect(run("Meanwhile, a Pakistani immigration official at the Torkham border crossing said they had begun seizing documents.").claims).toHaveLength(1);
    expect(claimantsAndActs(run("Human rights monitors warned those sent to Afghanistan were given little support."))).toEqual([["human-rights-monitors", "WARN"]]);
  });

  it("reads a quotation right after 'said' when it ends the sentence, not a phrase quoted inside it", () => {
    const x = run("Gen. Michael Kurilla, the commander of US Central Command, said “ISIS is stronger today in Afghanistan.” “ISIS is a global organization.”");
    expect(x.claims.map((c) => c.quote)).toEqual(["ISIS is stronger today in Afghanistan.", "ISIS is a global organization."]);
    const y = run("Pakistan's Foreign Office said “unprovoked and indiscriminate firing” by the Afghan forces led to the closure.");
    expect(y.claims).toHaveLength(1);
    expect(y.claims[0]?.quote).toContain("led to the closure");
  });

  it("reads remarks called unrealistic and claims called baseless as denials, and a contrast as no denial", () => {
    expect(acts("Zabihullah Mujahid said that the remarks of the US officials on the number of fighters are “unrealistic”.")).toEqual(["DENY"]);
    expect(acts("The TTP added that a similar baseless claim was made by some party members.")).toEqual(["DENY"]);
    expect(acts("The TTP said that its war was against the security forces, not against any political party.")).toEqual(["ASSERT"]);
  });

  it("reads willingness expressed as a promise", () => {
    expect(acts("The Taliban have expressed their willingness for stronger ties with India.")).toEqual(["PROMISE"]);
  });
});
