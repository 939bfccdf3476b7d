// Rules added in extractor 1.105, on short made-up texts: a quotation that ends a statement begun in the reporter's
// words; advice to be aware of a risk as a warning; a stance called hypocritical as a charge; a team's captain
// before a name; what the speaker's own side will not do as an undertaking.
import { describe, expect, it } from "vitest";
import { claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-07-03T12:00:00+00:00", "article:test-r1105");
const claims = (text: string) => claimantsAndActs(run(text));

describe("extractor 1.105 rules", () => {
  it("takes a quotation ending a statement begun in the reporter's words as that whole statement", () => {
    const x = run("New Delhi: The Afghan mission in New Delhi will resume its work in the next “two to three days”, Sher Mohammad Abbas Stanikzai told reporters.");
    expect(x.claims.map((c) => c.quote)).toEqual(["The Afghan mission in New Delhi will resume its work in the next “two to three days”"]);
  });

  it("keeps a quotation after 'but' apart from the words before it, unlike a statement it ends", () => {
    const x = run("It remains to be seen how this will work, but “the decision deserves all possible praise,” Zamir Kabulov said.");
    expect(x.claims.map((c) => c.quote)).toEqual(["the decision deserves all possible praise"]);
  });

  it("reads advice to be aware of a risk as a warning", () => {
    expect(claims("“We advise anyone considering business deals with Iran to be aware of the potential risk of sanctions,” Vedant Patel said.")).toEqual([
      ["vedant-patel", "WARN"],
    ]);
  });

  it("reads a stance called hypocritical as a charge", () => {
    expect(claims("Usman Khawaja had said that the board's stance was “a little bit hypocritical”.")).toEqual([["usman-khawaja", "ACCUSE"]]);
  });

  it("takes a team's captain before a name as the person", () => {
    expect(claims("Afghanistan captain Rashid Khan had also commented on the situation after the match, saying he wished the sides could play.")).toEqual([
      ["rashid-khan", "ASSERT"],
    ]);
  });

  it("reads what the speaker's own side will not do as an undertaking", () => {
    expect(claims("Pakistan's Foreign Office said Pakistan will not join any military bloc.")).toEqual([["pakistan-foreign-office", "PROMISE"]]);
  });
});
