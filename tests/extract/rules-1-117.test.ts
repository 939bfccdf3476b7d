// Rules added in extractor 1.117, on short made-up texts: quotations in single marks; a quotation after a participle
// ("asserted that ..., stating, '...'") as its own claim; lists of states as speakers; "delegate" as a title; agentless
// advice ("were advised not to") as the last speaker's; "no further details" as no denial.
import { describe, expect, it } from "vitest";
import { claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2023-09-25T12:00:00+05:00", "article:test-r1117");
const claims = (text: string) => claimantsAndActs(run(text));
const quotes = (text: string) => run(text).claims.map((c) => c.quote);

describe("extractor 1.117 rules", () => {
  it("reads a quotation in single marks like one in double marks, but never pairs apostrophes", () => {
    const text = "Anwaar-ul-Haq Kakar spoke in New York. 'Genocide is an appropriate term if it describes the situation,' he stated.";
    expect(claims(text)).toEqual([["anwaar-ul-haq-kakar", "ASSERT"]]);
    expect(quotes(text)).toEqual(["Genocide is an appropriate term if it describes the situation"]);
    const apostrophes = "The farmers' union met. Anwaar-ul-Haq Kakar said 'the farmers' demands were just,' he added.";
    expect(quotes(apostrophes)).toEqual(["Anwaar-ul-Haq Kakar said 'the farmers' demands were just,'"]);
  });

  it("leaves a single-marked quotation inside a double-marked one to the double marks", () => {
    const text = `Anwaar-ul-Haq Kakar said: "The farmers wrote to us, 'No more taxes this year,' and we listened to them carefully."`;
    expect(quotes(text)).toEqual(["The farmers wrote to us, 'No more taxes this year,' and we listened to them carefully."]);
  });

  it("takes 'delegate' as a title, and makes the quotation after 'stating' a claim of its own", () => {
    const text =
      "Indian delegate Petal Gahlot responded on Friday. Gahlot asserted that the state was an integral part of India, stating, 'Pakistan has no authority to comment on our domestic affairs.'";
    expect(claims(text).map(([id]) => id)).toEqual(["petal-gahlot", "petal-gahlot"]);
    expect(quotes(text)).toEqual(["Gahlot asserted that the state was an integral part of India", "Pakistan has no authority to comment on our domestic affairs."]);
  });

  it("leaves nothing of a report whose words are all in the quotation after 'saying'", () => {
    const text = "Mian Ali Ashfaq, Imran Riaz Khan’s lawyer, expressed his gratitude, saying, “By God’s grace I have brought back my prince.”";
    expect(quotes(text)).toEqual(["By God’s grace I have brought back my prince."]);
  });

  it("gives a statement made by a list of states, or their representatives, to each of them", () => {
    expect(claims("China, Pakistan and Iran called for the continuation of humanitarian aid to Afghanistan.").map(([id]) => id).sort()).toEqual(["china", "iran", "pakistan"]);
    expect(claims("Representatives of the UK, China, Pakistan, and Iran called for the continuation of aid to Afghanistan.").map(([id]) => id).sort()).toEqual(["china", "iran", "pakistan", "united-kingdom"]);
  });

  it("gives agentless advice to the one who spoke just before, not to those advised", () => {
    const text = "The US State Department said it was aware of the detention of a US citizen. American citizens were once again advised not to visit Afghanistan.";
    expect(claims(text)).toEqual([["us-department-of-state", "ASSERT"], ["us-department-of-state", "DEMAND"]]);
    expect(claims("American citizens were once again advised not to visit Afghanistan.")).toEqual([]);
  });

  it("reads 'we have no further details' as no denial, even after an accusation", () => {
    const text = `The Taliban accused the detained American of spying. The US State Department said: "We have no further details to share at this time."`;
    expect(claims(text)).toEqual([["afghan-taliban", "ACCUSE"], ["us-department-of-state", "ASSERT"]]);
  });
});
