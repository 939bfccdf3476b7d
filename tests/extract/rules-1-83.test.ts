// Rules added in extractor 1.83, on short made-up texts: the UN's food and children's agencies known by their usual
// descriptions; a sentence adverb without its comma kept out of the speaker's name.
import { describe, expect, it } from "vitest";
import { extractorAt } from "./support/run.js";

const run = extractorAt("2024-05-18T12:00:00+01:00", "article:test-r183");

describe("extractor 1.83 rules", () => {
  it("reads 'the UN food agency' as the World Food Programme and UNICEF by name", () => {
    const x = run("Floods hit. The UN food agency posted on social media platform X, saying Ghor was the most affected. UNICEF said children died.");
    expect(x.claims.map((c) => c.claimantId)).toEqual(["wfp", "unicef"]);
  });

  it("keeps 'Meanwhile' out of the speaker's name", () => {
    const x = run("Police arrested many. Meanwhile the Islamabad police on Sunday said they are releasing the protestors.");
    expect(x.claims.map((c) => c.claimantId)).toEqual(["islamabad-police"]);
  });

  it("still reads 'X meanwhile has said' with X as the speaker", () => {
    const x = run("Daesh attacked. The Islamic Emirate meanwhile has repeatedly said that Daesh is not a threat.");
    expect(x.claims.map((c) => c.claimantId)).toEqual(["afghan-taliban"]);
  });
});
