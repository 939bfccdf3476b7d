// Rules added in extractor 1.97, on short made-up texts: "told Arab News four gunmen attempted to storm ..." as a
// report, not an order; a commitment restated in a government's long name as a promise; "the military" after its
// media wing spoke as the armed forces; a name glossed by its acronym in apposition as the speaker.
import { describe, expect, it } from "vitest";
import { claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-03-26T12:00:00+05:00", "article:test-r197");
const claims = (text: string) => claimantsAndActs(run(text));

describe("extractor 1.97 rules", () => {
  it("reads 'told X' before what someone attempted as a report, not an order", () => {
    expect(claims("Turbat Deputy Superintendent of Police Chakar Hayat told Arab News four gunmen attempted to storm the airport.").map(([, act]) => act)).toEqual([
      "ASSERT",
    ]);
  });

  it("reads a commitment restated in a government's long name as a promise", () => {
    expect(claims("Amir Khan Muttaqi has affirmed the Islamic Emirate of Afghanistan’s unwavering commitment to the TAPI project.")).toEqual([
      ["amir-khan-muttaqi", "PROMISE"],
    ]);
  });

  it("reads 'the military' after the army's media wing spoke as the armed forces", () => {
    expect(claims("The army's media wing said in a statement that troops responded. The military said one soldier was killed.")).toEqual([
      ["ispr", "ASSERT"],
      ["pakistan-armed-forces", "ASSERT"],
    ]);
  });

  it("reads a name glossed by its acronym in apposition as the speaker", () => {
    expect(claims("The banned separatist group, the Baloch Liberation Army (BLA), claimed responsibility for the assault.")).toEqual([
      ["balochistan-liberation-army", "ASSERT"],
    ]);
  });
});
