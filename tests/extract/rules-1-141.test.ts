// Rules added in extractor 1.141, on short made-up texts: a statement closed by "said X of <where X works>" is X's,
// however long the phrase, while a clause after "said" is still no speaker.
import { describe, expect, it } from "vitest";
import { claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2023-11-29T12:00:00+05:00", "article:test-r1141");

describe("extractor 1.141 rules", () => {
  it("gives a statement closed by a person named with where they work to that person, and 'she added' after it", () => {
    const text = "Honour killings continue, with 384 instances reported by the Human Rights Commission of Pakistan in 2022 alone, " +
      "said Nadia Rahman of South Asia regional office at Amnesty International. \"Those involved must be prosecuted,\" she added.";
    expect(claimantsAndActs(run(text))).toEqual([["nadia-rahman", "ASSERT"], ["nadia-rahman", "DEMAND"]]);
  });

  it("still reads a long clause after 'said' as what was said, not as a speaker", () => {
    const text = "The head of the Afghanistan Railway Authority, Bakht-ur-Rahman Sharafat, said Pakistan wants to alter the path of the project.";
    expect(run(text).claims.map((c) => c.claimantId)).toEqual(["bakht-ur-rahman-sharafat"]);
  });
});
