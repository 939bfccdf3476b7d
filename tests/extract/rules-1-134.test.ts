// Rules added in extractor 1.134, on short made-up texts: a quotation closed by a speaker named with an acronym in
// brackets ("..., the Human Rights Commission of Pakistan (HRCP) said") is that speaker's; a post "tweeted in
// response" closes a quotation.
import { describe, expect, it } from "vitest";
import { extractorAt } from "./support/run.js";

const run = extractorAt("2023-01-15T12:00:00-05:00", "article:test-r1134");

describe("extractor 1.134 rules", () => {
  it("gives a quotation to the speaker named after it with an acronym in brackets", () => {
    const e = run("\"The arrests are illegal,\" the Human Rights Commission of Pakistan (HRCP) said.");
    expect(e.claims.map((c) => [c.claimantId, c.quote])).toEqual([["human-rights-commission-of-pakistan", "The arrests are illegal"]]);
  });

  it("reads a quotation closed by 'tweeted in response'", () => {
    const e = run("The UN rebuked the bank. \"It is used by UN agencies,\" the United Nations Assistance Mission in Afghanistan (UNAMA) tweeted in response.");
    expect(e.claims.map((c) => [c.claimantId, c.quote])).toEqual([["unama", "It is used by UN agencies"]]);
  });
});
