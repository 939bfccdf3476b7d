// Rules added in extractor 1.102, on short made-up texts: a family name written first as a source after "according
// to"; an undertaking after a lead-in; opposition to sanctions or a notice as a rejection; an office glossed by its
// country's acronym; a writer's article in an outlet; harm foretold as a warning; a reaction "including from"
// countries listed, about whoever the sentence before opens with.
import { describe, expect, it } from "vitest";
import { aboutSetsOf, claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-09-20T12:00:00+05:00", "article:test-r1102");
const claims = (text: string) => claimantsAndActs(run(text));
const aboutSets = aboutSetsOf(run);

describe("extractor 1.102 rules", () => {
  it("takes a family name written first as the source after 'according to'", () => {
    const text = "Liu Pengyu stated that sanctions have no basis in international law.\n\nAccording to Liu, China will protect the rights of its businesses.";
    expect(claims(text).map(([id]) => id)).toEqual(["liu-pengyu", "liu-pengyu"]);
  });

  it("reads what the speaker's own side will do after a lead-in as an undertaking", () => {
    const text = "US State Department spokesperson Matthew Miller said: “As today’s actions demonstrate, the United States will continue to act against proliferation.”";
    expect(claims(text)).toEqual([["matthew-miller", "PROMISE"]]);
  });

  it("reads opposing a notice or sanctions as a rejection", () => {
    expect(claims("Pakistan has opposed the notice with its Attorney General.")).toEqual([["pakistan", "REJECT"]]);
    expect(claims("China also opposed the illegal unilateral sanctions against Afghanistan.")).toEqual([["china", "REJECT"]]);
  });

  it("takes a president introduced with the country's acronym as 'the UAE president'", () => {
    const text =
      "President of the United Arab Emirates (UAE), Sheikh Mohamed Bin Zayed Al Nahyan, arrived in Pakistan on Friday.\n\nThe UAE president said the two nations have had close links for many years.";
    expect(claims(text)).toEqual([["mohamed-bin-zayed-al-nahyan", "ASSERT"]]);
  });

  it("gives a writer's article in an outlet to the writer", () => {
    const text =
      "Experts like Michael Kugelman, a Washington-based analyst, suggested that the new president is unlikely to prioritize Pakistan.\n\nKugelman’s article in Foreign Policy Magazine highlighted that the campaign said little on Pakistan.";
    expect(claims(text).map(([id]) => id)).toEqual(["michael-kugelman", "michael-kugelman"]);
  });

  it("reads harm foretold as a warning", () => {
    expect(claims("“Taliban bans on female education will harm all Afghans,” the UN mission said.")[0]?.[1]).toBe("WARN");
  });

  it("credits condemnation 'including from' countries listed, about whoever the sentence before opens with", () => {
    const text =
      "Taliban authorities on Dec. 20 ordered universities to close for women. It triggered widespread international condemnation, including from Muslim-majority countries such as Saudi Arabia, Qatar and Turkey.";
    expect(claims(text)).toEqual([
      ["saudi-arabia", "CONDEMN"],
      ["qatar", "CONDEMN"],
      ["turkey", "CONDEMN"],
    ]);
    expect(aboutSets(text)).toEqual([["afghan-taliban"], ["afghan-taliban"], ["afghan-taliban"]]);
  });
});
