// Rules added in extractor 1.48, on short made-up texts: a sentence closed by its speaker even when nothing
// inside it is a reporting verb, agencies named by "Survey" or "Authority", and theft charged as fact.
import { describe, expect, it } from "vitest";
import { actsOf, claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2023-10-09T12:00:00+04:30", "article:test-r148");

describe("extractor 1.48 rules", () => {
  it("credits a sentence closed by ', said X, a deputy spokesman' to X when nothing inside it reports speech", () => {
    const x = run("Taliban acting Foreign Minister Amir Khan Muttaqi briefed his Iranian counterpart on the latest situation in the region, said Hafiz Zia Ahmad, a deputy spokesman for the Afghan Foreign Ministry.");
    expect(claimantsAndActs(x)).toEqual([["hafiz-zia-ahmad", "ASSERT"]]);
  });

  it("does not take a clause after 'said' for a closing speaker", () => {
    const x = run("Meanwhile, Zakir Jalali, director of the third political department of the Foreign Ministry, said he found Putin’s remarks understandable.");
    expect(x.claims.map((c) => c.claimantId)).toEqual(["zakir-jalali"]);
  });

  it("names an agency by its head noun, 'Survey' or 'Authority', and lets it speak", () => {
    const x = run("According to the US Geological Survey, strong earthquakes jolted Herat on Saturday. It said the epicenter was 40 kilometers northwest of the city.");
    expect(x.claims.map((c) => c.claimantId)).toEqual(["us-geological-survey", "us-geological-survey"]);
  });

  it("reads theft stated as fact as an accusation", () => {
    expect(actsOf(run)("“They steal from NGOs to enrich their fighters,” said Representative Michael McCaul.")).toEqual(["ACCUSE"]);
  });
});
