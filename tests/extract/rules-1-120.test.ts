// Rules added in extractor 1.120, on short made-up texts: a quotation after "stating that" as its own claim when it
// ends the sentence; the agent of a passive after an adverbial phrase and a lowercase title; "would no longer
// recognize" as a refusal; harm caused as a charge; Bloomberg as a known outlet.
import { describe, expect, it } from "vitest";
import { claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-09-17T12:00:00+03:00", "article:test-r1120");
const claims = (text: string) => claimantsAndActs(run(text));
const quotes = (text: string) => run(text).claims.map((c) => c.quote);

describe("extractor 1.120 rules", () => {
  it("makes a quotation after 'stating that' its own claim when it ends the sentence, not when it is a phrase inside", () => {
    const own = "Zia Ahmad Takal confirmed that the embassy had resumed operations on Sunday, stating that “the work of the embassy is carried out regularly by diplomats.”";
    expect(quotes(own)).toEqual(["Zia Ahmad Takal confirmed that the embassy had resumed operations on Sunday", "the work of the embassy is carried out regularly by diplomats."]);
    const phrase = "Zia Ahmad Takal said on Sunday that attacks rose, saying that “safe havens and liberty of action” provided by others allowed the attacks.";
    expect(quotes(phrase)).not.toContain("safe havens and liberty of action");
  });

  it("finds the agent of a passive after an adverbial phrase, past a lowercase title", () => {
    const text = "Rashid Khan led the team. Khan was congratulated in a video call after the match by Taliban acting minister of foreign affairs Amir Khan Muttaqi.";
    expect(claims(text)).toEqual([["amir-khan-muttaqi", "ASSERT"]]);
  });

  it("reads 'would no longer recognize' as a refusal and harm caused as a charge", () => {
    expect(claims("The Taliban declared in July that they would no longer recognize the missions set up by the former government.")).toEqual([["afghan-taliban", "REJECT"]]);
    expect(claims("Iran's interior minister said that irregular immigrants caused serious social damage in the country.").map(([, act]) => act)).toEqual(["ACCUSE"]);
  });

  it("knows Bloomberg as an outlet that reports", () => {
    expect(claims("Bloomberg has reported that Manara was interested in investing $1 billion in the mine.")).toEqual([["bloomberg", "ASSERT"]]);
  });
});
