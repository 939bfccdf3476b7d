// Rules added in extractor 1.44, on short made-up texts: a quotation attributed to a name with an apposition, and
// a standing refusal to recognise something as a rejection.
import { describe, expect, it } from "vitest";
import { actsOf, claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-02-17T12:00:00+05:00", "article:test-r144");

describe("extractor 1.44 rules", () => {
  it("credits a quotation to the name before an apposition and 'said', and the next quotation to the same speaker", () => {
    const text = "Mumtaz Zahra Baloch spoke. “Any fanciful claims regarding the border cannot change the facts,” Mumtaz Zahra Baloch, a Pakistan foreign ministry spokeswoman, said in a statement. “The Afghan side will be well advised to address Pakistan’s genuine security concerns.”";
    expect(run(text).claims.map((c) => [c.claimantId, c.quote])).toEqual([
      ["mumtaz-zahra-baloch", "Any fanciful claims regarding the border cannot change the facts"],
      ["mumtaz-zahra-baloch", "The Afghan side will be well advised to address Pakistan’s genuine security concerns."],
    ]);
  });

  it("reads a standing refusal to recognise something as a rejection", () => {
    expect(claimantsAndActs(run("Taliban Deputy FM Sher Mohammad Abbas Stanikzai said that Afghanistan would never recognize the Durand Line as the border."))).toEqual([
      ["sher-mohammad-abbas-stanikzai", "REJECT"],
    ]);
    expect(actsOf(run)("Pakistan said it will never accept the decision.")).toEqual(["REJECT"]);
  });
});
