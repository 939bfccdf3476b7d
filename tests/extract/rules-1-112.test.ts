// Rules added in extractor 1.112, on short made-up texts: the body whose statement or report a source phrase names;
// an idea "brushed away" as rejected; a paragraph that is one quotation, after a paragraph giving someone's words
// without quoting them, as that speaker's.
import { describe, expect, it } from "vitest";
import { claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-11-29T12:00:00+05:30", "article:test-r1112");
const claims = (text: string) => claimantsAndActs(run(text));

describe("extractor 1.112 rules", () => {
  it("takes the body whose statement a source phrase names as the source", () => {
    expect(claims("According to a statement by the Sindh home department, a clash broke out at a police station.")).toEqual([
      ["sindh-home-department", "ASSERT"],
    ]);
  });

  it("reads an idea brushed away as rejected", () => {
    expect(claims("Mohsin Naqvi had brushed away the idea of hosting the tournament in a hybrid model.")).toEqual([["mohsin-naqvi", "REJECT"]]);
  });

  it("gives a paragraph that is one quotation to the speaker of the paragraph before, who was not quoted", () => {
    const text = "Mohsin Naqvi said on Monday that the board was ready.\n\n“Our stance is very clear. We will not play in India.”";
    expect(claims(text).map(([id]) => id)).toEqual(["mohsin-naqvi", "mohsin-naqvi", "mohsin-naqvi"]);
  });

  it("leaves such a paragraph alone when the paragraph before has no reporting verb", () => {
    const text = "Mohsin Naqvi met the board on Monday.\n\n“Our stance is very clear. We will not play in India.”";
    expect(claims(text)).toEqual([]);
  });
});
