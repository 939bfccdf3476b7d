// Rules added in extractor 1.143, on short made-up texts: people quoted by one name, with who they are in an
// apposition, and speakers placed "on the ground" before their verb.
import { describe, expect, it } from "vitest";
import { claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2023-10-20T12:00:00-04:00", "article:test-r1143");

describe("extractor 1.143 rules", () => {
  it("takes a person quoted by one name after the verb, with an apposition saying who they are", () => {
    const text = "\"There are a lot of gaps in the agency's capacity,\" says Basir, an Afghan disaster management expert. Basir says he observed that rescue efforts were lagging.";
    const x = run(text);
    expect(x.newActors.find((a) => a.id === "basir")).toMatchObject({ name: "Basir", kind: "PERSON" });
    expect(claimantsAndActs(x).map(([id]) => id)).toEqual(["basir", "basir"]);
  });

  it("takes a hyphened one name opening a sentence, with its office in an apposition before the verb", () => {
    const text = "Abu-Bakar, the district health officer of Kech, confirmed the figures on Friday, stating that 14 people had died.";
    expect(claimantsAndActs(run(text))[0]?.[0]).toBe("abu-bakar");
  });

  it("leaves a capitalised word whose apposition is no person alone", () => {
    const text = "Herat, a province in the west, said nothing. Officials said the toll had risen.";
    expect(run(text).newActors.map((a) => a.id)).not.toContain("herat");
  });

  it("reads speakers 'on the ground' as the speakers, not the ground", () => {
    const text = "Aid workers on the ground say the Taliban is ill-prepared to deal with such a catastrophe.";
    expect(claimantsAndActs(run(text))).toEqual([["aid-workers", "ASSERT"]]);
  });
});
