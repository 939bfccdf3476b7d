// Rules added in extractor 1.89, on short made-up texts: a portfolio kept out of a minister's name; "called the case
// "fake"" as a denial; "estimates that" as a statement; "the United Nations' refugee agency" as UNHCR; someone's
// representatives as an unnamed source.
import { describe, expect, it } from "vitest";
import { claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-11-19T12:00:00+05:00", "article:test-r189");
const claims = (text: string) => claimantsAndActs(run(text));

describe("extractor 1.89 rules", () => {
  it("keeps a minister's portfolio out of the minister's name", () => {
    const x = run("Federal Minister for Privatization Abdul Aleem Khan said the bidding process would be reopened.");
    expect(x.claims.map((c) => c.claimantId)).toEqual(["abdul-aleem-khan"]);
  });

  it("reads a case called \"fake\" as denied", () => {
    expect(claims("Zulfi Bukhari, a PTI official, called the marriage case \"fake\".")).toEqual([["zulfi-bukhari", "DENY"]]);
  });

  it("reads 'estimates that' as a statement of the one estimating", () => {
    expect(claims("The World Bank estimates that 3.8 million people live in poverty.")).toEqual([["world-bank", "ASSERT"]]);
  });

  it("knows 'the United Nations' refugee agency' as UNHCR", () => {
    expect(claims("The United Nations' refugee agency said 3.8 million displaced people live in Iran.").map(([who]) => who)).toEqual(["unhcr"]);
  });

  it("reads someone's representatives as an unnamed source of their own", () => {
    expect(claims("Khan's representatives say he will appeal all three cases.").map(([who]) => who)).toEqual(["khan-representatives"]);
  });
});
