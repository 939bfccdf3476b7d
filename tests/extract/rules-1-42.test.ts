// Rules added in extractor 1.42, on short made-up texts: "expressed that" and "disclosed that" as cues, commanders
// as a source, a quotation "threatened", torture charged through a passive, a need stressed as a demand, and
// another spelling of the Taliban's foreign minister.
import { describe, expect, it } from "vitest";
import { actsOf, claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2023-11-22T12:00:00+05:00", "article:test-r142");
const acts = actsOf(run);

describe("extractor 1.42 rules", () => {
  it("reads 'expressed that' and 'disclosed that' as cues, and a listed minister by another spelling", () => {
    expect(claimantsAndActs(run("Afghan Foreign Minister Amir Khan Muttaki expressed that Afghanistan is ready to work with full enthusiasm."))).toEqual([["amir-khan-muttaqi", "PROMISE"]]);
    expect(claimantsAndActs(run("The International Organization for Migration (IOM) disclosed on Tuesday that nearly 400,000 Afghans had returned."))).toEqual([["iom", "ASSERT"]]);
  });

  it("takes unnamed commanders for a source and a quotation 'threatened' as a warning", () => {
    expect(claimantsAndActs(run("Afghan field commanders promise to form 30,000 fighters to protect the pipeline."))).toEqual([["afghan-field-commanders", "PROMISE"]]);
    expect(claimantsAndActs(run("TTP spokesman Muhammad Khurasani spoke. “We will take revenge,” he threatened."))).toEqual([["mohammad-khurasani", "WARN"]]);
  });

  it("reads torture by someone, stated as fact, as a charge, and a need stressed as a demand", () => {
    expect(acts("The TTP said its commander Nasrullah Mansoor had been tortured by the Pakistani intelligence agencies.")).toEqual(["ACCUSE"]);
    expect(acts("Maria Moita stressed the immediate need for long-term assistance for these individuals.")).toEqual(["DEMAND"]);
  });
});
