// Rules added in extractor 1.148, on short made-up texts: the place of a local office before a name, a name opening
// its sentence with a description before the verb, "he's worried", "wholly dedicated to", and "That's not fair."
import { describe, expect, it } from "vitest";
import { claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-04-16T12:00:00+05:00", "article:test-r1148");

describe("extractor 1.148 rules", () => {
  it("keeps the place of an office held 'of' a district out of the holder's name", () => {
    const x = run("Trucks were buried at Torkham. Deputy Commissioner of Khyber Abdul Nasir Khan said the land slid from the hills.");
    expect(claimantsAndActs(x)).toEqual([["abdul-nasir-khan", "ASSERT"]]);
  });

  it("finds a name opening its sentence with a description in commas before the verb", () => {
    const x = run("Two men were shot. Faizan Ali, the senior superintendent of police, confirmed to Reuters that Chinese nationals were targeted.");
    expect(claimantsAndActs(x)).toEqual([["faizan-ali", "ASSERT"]]);
  });

  it("reads 'he's worried about' as concern and 'wholly dedicated to' as a promise", () => {
    const worried = run("Wheat prices fell. Khalid Khokhar, the head of Pakistan Kisan Ittehad, says that he’s worried about what’s happening to farmers.");
    expect(claimantsAndActs(worried)).toEqual([["khalid-khokhar", "EXPRESS_CONCERN"]]);
    const dedicated = run("Two men were shot. The foreign office of Pakistan has stated that Islamabad is wholly dedicated to ensuring the safety of Chinese nationals.");
    expect(claimantsAndActs(dedicated).map(([, act]) => act)).toEqual(["PROMISE"]);
  });

  it("reads 'That's not fair.' as a condemnation", () => {
    const x = run("Prices fell. “The provincial government is cutting the wheat buying target,” said Khalid Khokhar, a farmers' leader. “That’s not fair.”");
    expect(claimantsAndActs(x)).toEqual([["khalid-khokhar", "ASSERT"], ["khalid-khokhar", "CONDEMN"]]);
  });
});
