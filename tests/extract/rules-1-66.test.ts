// Rules added in extractor 1.66, on short made-up texts: a subject before an aside "in response to ...", words
// called "extremely disappointing", "this union" as the union named before, terrorists pushed in as a charge, and
// an opening reason kept out of the negation test.
import { describe, expect, it } from "vitest";
import { actsOf, claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-03-25T12:00:00-05:00", "article:test-r166");
const acts = actsOf(run);

describe("extractor 1.66 rules", () => {
  it("finds the speaker before an aside 'in response to ...' and reads statements called extremely disappointing as condemned", () => {
    const x = run("Farhan Haq, in response to the Taliban leader’s new statements about “stoning women” in public, says that these statements are extremely disappointing.");
    expect(claimantsAndActs(x)).toEqual([["farhan-haq", "CONDEMN"]]);
  });

  it("reads 'This union said' as the union the article named before", () => {
    const x = run("The Union of Human Rights Activists issued a statement on Monday. This union said that the Taliban have committed such crimes in the past.");
    expect(claimantsAndActs(x).map(([who]) => who)).toEqual(["union-of-human-rights-activists"]);
  });

  it("reads a country pushing in foreign terrorists, after a reason with a negation, as accused and not as a denial", () => {
    expect(acts("Upendra Dwivedi said: “As there are no local recruits, Pakistan is trying to push in foreign terrorists.”")).toEqual(["ACCUSE"]);
  });
});
