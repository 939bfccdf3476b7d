// Rules added in extractor 1.130, on short made-up texts: every UN member's demonym names its state ("the Iraqi
// government", "the Norwegian ministry"); an intelligence service is an office that speaks; an arrest "reported" is
// a statement; "According to him" is the person who spoke last.
import { describe, expect, it } from "vitest";
import { DEMONYMS } from "../../src/ingest/extract/knowledge.js";
import { REFERENCE_ACTORS } from "../../src/ingest/extract/reference-actors.js";
import { loadGazetteer } from "./support/fixtures.js";
import { aboutSetsOf, claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-07-20T12:00:00+03:00", "article:test-r1130");

describe("extractor 1.130 rules", () => {
  it("reads a demonym outside the usual few as its state", () => {
    expect(claimantsAndActs(run("The Iraqi government said it would investigate the matter."))).toEqual([["iraq", "PROMISE"]]);
    expect(aboutSetsOf(run)("Politician Mishaan al-Juburi urged the Iraqi government to address the comments.")).toEqual([["iraq"]]);
  });

  it("maps every demonym to a state the gazetteer or the reference list holds", () => {
    const states = new Set([...loadGazetteer().actors, ...REFERENCE_ACTORS].filter((a) => a.kind === "STATE").map((a) => a.id));
    expect(Object.entries(DEMONYMS).filter(([, id]) => !states.has(id))).toEqual([]);
    expect(DEMONYMS.norwegian).toBe("norway");
  });

  it("places a ministry named by a demonym under its state", () => {
    const e = run("The Norwegian ministry said the move was not a normalization of relations with the Taliban.");
    expect(e.newActors.find((a) => a.id === e.claims[0]?.claimantId)?.parentId).toBe("norway");
  });

  it("takes an intelligence service reporting an arrest as a speaker", () => {
    const e = run("Iraqi military intelligence recently reported the arrest of a nine-member gang involved in kidnapping.");
    expect(claimantsAndActs(e)).toEqual([["iraqi-military-intelligence", "ASSERT"]]);
    expect(e.newActors.find((a) => a.id === "iraqi-military-intelligence")?.parentId).toBe("iraq");
  });

  it("gives 'According to him' to the person who spoke last", () => {
    const e = run("Ahsan Iqbal said the Taliban were weak. According to him, they voiced their frustration with the TTP.");
    expect(claimantsAndActs(e)).toEqual([["ahsan-iqbal", "ASSERT"], ["ahsan-iqbal", "ASSERT"]]);
    expect(e.claims[1]?.cue.toLowerCase()).toBe("according to");
  });
});
