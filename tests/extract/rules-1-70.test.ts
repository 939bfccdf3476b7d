// Rules added in extractor 1.70, on short made-up texts: "he" after an opening "In reaction to ...", a subject
// before an adverb or a relative clause, a movement protesting as a speaker that condemns, the most repressive
// country as a charge, and ulterior objectives and causing chaos as charges.
import { describe, expect, it } from "vitest";
import { actsOf, claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-08-15T12:00:00+04:30", "article:test-r170");
const acts = actsOf(run);

describe("extractor 1.70 rules", () => {
  it("takes 'he' after 'In reaction to a comment made by X,' as the subject of the sentence before, not X", () => {
    const x = run(
      "Zalmay Khalilzad, the former US representative in Afghanistan, fiercely disputed the charges. In reaction to a comment made by PPP Co-chairman Asif Ali Zardari, he emphasized that he was not an agent of any nation.",
    );
    expect(claimantsAndActs(x).map(([who]) => who)).toEqual(["zalmay-khalilzad"]);
  });

  it("takes 'He' after a sentence whose subject has a relative clause as that subject", () => {
    const x = run(
      "The veteran diplomat Zalmay Khalilzad, who served as US ambassador to the UN, Iraq, and Afghanistan, compared Mr Ghani to Ukrainian President Volodymyr Zelenskyy. He said that Ashraf Ghani’s mismanagement led to the downfall.",
    );
    expect(claimantsAndActs(x).map(([who]) => who)).toEqual(["zalmay-khalilzad"]);
  });

  it("reads a women activists movement that protested a government's policies as condemning them", () => {
    const x = run("A women activists movement in a statement on August 15 protested the Taliban’s policies.");
    expect(claimantsAndActs(x)).toEqual([["women-activists-movement", "CONDEMN"]]);
  });

  it("does not read a protest as a noun, or protesting reported, as a statement", () => {
    expect(acts("Hundreds joined a police protest against the army in the province.")).toEqual([]);
  });

  it("reads the most repressive country for women as a charge", () => {
    expect(acts("The United Nations said that Afghanistan has become the most repressive country in the world for women.")).toEqual(["ACCUSE"]);
  });

  it("reads ulterior objectives and causing chaos as charges", () => {
    expect(acts("Shazia Marri claimed that Khalilzad had ulterior objectives.")).toEqual(["ACCUSE"]);
    expect(acts("Shazia Marri said that Imran Khan was just interested in causing chaos in Pakistan.")).toEqual(["ACCUSE"]);
  });
});
