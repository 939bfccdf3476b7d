// Rules added in extractor 1.99, on short made-up texts: "the Chinese Premier" as the one holder of that office from
// China when another country's prime minister is named too; "Premier" kept out of a name; confidence, satisfaction
// or hope expressed as a statement.
import { describe, expect, it } from "vitest";
import { claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-10-14T20:00:00+04:00", "article:test-r199");
const claims = (text: string) => claimantsAndActs(run(text));

describe("extractor 1.99 rules", () => {
  it("reads 'the Chinese Premier' as China's premier when Pakistan's prime minister is named too", () => {
    const text = "Prime Minister Shehbaz Sharif said the airport is a gift. Chinese Premier Li Qiang said the work will go on. The Chinese Premier said it will enhance connectivity.";
    expect(claims(text).map(([who]) => who)).toEqual(["shehbaz-sharif", "li-qiang", "li-qiang"]);
  });

  it("reads confidence or satisfaction expressed as a statement", () => {
    expect(claims("Shehbaz Sharif expressed confidence that the airport will transform Gwadar's economy.")).toEqual([["shehbaz-sharif", "ASSERT"]]);
    expect(claims("Shehbaz Sharif expressed satisfaction with the bilateral meeting.")).toEqual([["shehbaz-sharif", "ASSERT"]]);
  });
});
