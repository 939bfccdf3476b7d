// Rules added in extractor 1.126, on short made-up texts: "according to" a source in the middle of a sentence gives it
// both clauses; a strike "being observed" reports nothing; "president" as a title in apposition; backing voiced and
// names before "expressed"; the nation standing with someone is a pledge; "dealt with iron hands" warns; an order
// "directed" (since 1.137 one that "has directed" too); condolences and prayers for the dead are regret; a quotation after
// "wrote on X, formerly Twitter," is split into its sentences; a deed done without justification is charged; what a
// source says its side is requesting is a demand.
import { describe, expect, it } from "vitest";
import { claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-08-28T12:00:00+05:00", "article:test-r1126");

describe("extractor 1.126 rules", () => {
  it("gives both clauses around a mid-sentence 'according to' to its source", () => {
    const e = run("Kashif Chaudhry spoke first. Traders are unified, according to Kashif Chaudhry, and they are requesting a drop in the prices of electricity.");
    expect(claimantsAndActs(e)).toEqual([["kashif-chaudhry", "ASSERT"], ["kashif-chaudhry", "DEMAND"]]);
  });

  it("reads a sentence with a strike 'being observed' as the source's, and a president in apposition as a person", () => {
    const e = run("According to Ajmal Baloch, President of the All Pakistan Traders Association, talks have stalled, and a strike is being observed throughout Pakistan.");
    expect(e.claims.map((c) => c.claimantId)).toEqual(["ajmal-baloch"]);
  });

  it("reads backing voiced by a name before 'expressed' as a statement", () => {
    expect(claimantsAndActs(run("Fazlur Rehman has expressed his support for the strike against the plan."))).toEqual([["fazlur-rehman", "ASSERT"]]);
  });

  it("reads the nation standing with someone as a pledge and 'dealt with iron hands' as a warning", () => {
    const e = run("Murtaza Solangi said the nation stands side by side with police and security forces. He said any attempt to harm national security will be dealt with iron hands.");
    expect(claimantsAndActs(e)).toEqual([["murtaza-solangi", "PROMISE"], ["murtaza-solangi", "WARN"]]);
  });

  it("reads an order directed as a demand, and one that 'has directed' reported in a statement as a demand inside it", () => {
    expect(claimantsAndActs(run("Caretaker Prime Minister Anwaar-ul-Haq Kakar directed to provide every possible medical treatment to the injured."))).toEqual([["anwaar-ul-haq-kakar", "DEMAND"]]);
    const e = run("Anwaar-ul-Haq Kakar said the ministry has directed officials to ensure strict surveillance.");
    expect(e.claims.map((c) => c.speechAct)).toEqual(["ASSERT", "DEMAND"]);
    expect(e.claims[1]?.containedIn).toBe(e.claims[0]?.id);
  });

  it("reads condolences offered and prayers for the dead as regret", () => {
    const e = run("Anwaar-ul-Haq Kakar condemned the attack. Condoling with the bereaved families, he prayed for the departed souls.");
    expect(claimantsAndActs(e).slice(1).every(([, act]) => act === "EXPRESS_REGRET")).toBe(true);
    expect(e.claims).toHaveLength(3);
  });

  it("splits a quotation after 'wrote on X, formerly Twitter,' and charges a deed done without justification", () => {
    const e = run('Khalaf Al Habtoor spoke. Al Habtoor wrote on X, formerly Twitter, "Our aspirations were crushed. The authorities in Afghanistan, without justification, prevented their departure."');
    expect(claimantsAndActs(e)).toEqual([["al-habtoor", "ASSERT"], ["al-habtoor", "ACCUSE"]]);
  });
});
