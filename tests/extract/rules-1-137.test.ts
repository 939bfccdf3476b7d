// Rules added in extractor 1.137, on short made-up texts: a study or survey speaks for its author, a quotation may close
// on a verb in the present tense, "it was crucial for X to" demands, an amount in rupees does not end a sentence,
// "has directed X to" orders, a committee's name keeps its remit, help assured in the gerund is promised, and the
// provincial governments are known by name.
import { describe, expect, it } from "vitest";
import { extractorAt } from "./support/run.js";

const run = extractorAt("2024-05-30T12:00:00+05:00", "article:test-r1137");
const said = (text: string) => run(text).claims.map((c) => [c.claimantId, c.speechAct]);

describe("extractor 1.137 rules", () => {
  it("gives a study's findings to the body that made it", () => {
    const text = "A new study by the World Bank was released on Monday. The study highlights several factors behind the rise of illicit cigarettes.";
    expect(said(text)).toEqual([["world-bank", "ASSERT"]]);
  });

  it("gives a study with no author named to no actor the article names", () => {
    const text = "Pakistan's cigarette market is shrinking. The study highlights several factors behind the rise of illicit cigarettes.";
    expect(run(text).claims.map((c) => c.claimantId)).not.toContain("pakistan");
  });

  it("closes a quotation on a verb in the present tense", () => {
    const text = "A new study by the World Bank was released on Monday. \"The failure to enforce the law is evident,\" the report emphasizes.";
    expect(run(text).claims.map((c) => [c.claimantId, c.quote])).toEqual([["world-bank", "The failure to enforce the law is evident"]]);
  });

  it("reads what was called crucial for others to do as a demand", () => {
    const text = "Climate Change Minister Sherry Rehman spoke on Thursday. She highlighted that it was crucial for tourists to remain attentive.";
    expect(said(text)).toEqual([["sherry-rehman", "DEMAND"]]);
  });

  it("does not end a sentence at the abbreviation of rupees", () => {
    const text = "Senator Syed Muzafar Hussain Shah noted that the price of urea had risen by Rs. 2,000. He also stated that the summary was approved too late.";
    const e = run(text);
    expect(e.claims.map((c) => c.quote)).toEqual(["Senator Syed Muzafar Hussain Shah noted that the price of urea had risen by Rs. 2,000", "He also stated that the summary was approved too late"]);
  });

  it("reads an order that 'has directed' others as a demand, from a committee named with its remit", () => {
    const text = "The Senate Standing Committee on National Food Security and Research has directed relevant ministries to take immediate measures.";
    const e = run(text);
    expect(said(text)).toEqual([["senate-standing-committee-on-national-food-security-and-research", "DEMAND"]]);
    expect(e.newActors.map((a) => a.name)).toContain("Senate Standing Committee on National Food Security and Research");
  });

  it("reads help assured in the gerund as a promise", () => {
    const text = "Federal Commerce Minister Jam Kamal Khan has assured the textile industry of facilitating export diversification.";
    expect(said(text)).toEqual([["jam-kamal-khan", "PROMISE"]]);
  });

  it("knows the provincial governments of Punjab and Sindh by name", () => {
    const e = run("The Punjab government has approved the project. The Sindh government said it would build the road.");
    expect(e.mentions.filter((m) => m.type === "Actor").map((m) => m.id)).toEqual(["punjab-government", "sindh-government"]);
  });
});
