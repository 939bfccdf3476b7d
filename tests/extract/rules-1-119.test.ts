// Rules added in extractor 1.119, on short made-up texts: "the ISPR chief" as the organisation's director general the
// article named; falsehood charged as someone's means; "no longer" as no denial; apprehension and unease voiced; a
// relative clause after a named actor as that actor's statement.
import { describe, expect, it } from "vitest";
import { claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-05-08T12:00:00+05:00", "article:test-r1119");
const claims = (text: string) => claimantsAndActs(run(text));

describe("extractor 1.119 rules", () => {
  it("takes 'the ISPR chief' as the ISPR's director general the article named", () => {
    const text =
      "ISPR Director General Major General Ahmed Sharif Chaudhry said the armed forces saw the events. The ISPR chief said innocent children were incited to violence.";
    expect(claims(text).map(([id]) => id)).toEqual(["ahmed-sharif-chaudhry", "ahmed-sharif-chaudhry"]);
  });

  it("reads falsehood charged as someone's means as an accusation, and 'no longer' as no denial", () => {
    const text = `ISPR Director General Ahmed Sharif Chaudhry held a press conference. "Everyone saw how people were brainwashed through false propaganda," he remarked. "Lies and deception can no longer go on," he asserted.`;
    expect(claims(text)).toEqual([["ahmed-sharif-chaudhry", "ACCUSE"], ["ahmed-sharif-chaudhry", "ASSERT"]]);
  });

  it("reads apprehension or unease voiced as concern", () => {
    expect(claims("The United Nations voiced its apprehension on Tuesday about the decision.")).toEqual([["united-nations", "EXPRESS_CONCERN"]]);
    expect(claims("The United Nations expressed unease about the ruling.")).toEqual([["united-nations", "EXPRESS_CONCERN"]]);
  });

  it("gives a relative clause after a named actor to that actor", () => {
    const text = "On Wednesday, India dismissed the comments made by the Organisation of Islamic Cooperation (OIC), which expressed unease about the ruling.";
    expect(claims(text)).toEqual([["india", "REJECT"], ["organisation-of-islamic-cooperation", "EXPRESS_CONCERN"]]);
    expect(claims("India welcomed the Constitution of Pakistan (1973), which acknowledges the rights of minorities.").map(([id]) => id)).not.toContain("pakistan");
  });
});
