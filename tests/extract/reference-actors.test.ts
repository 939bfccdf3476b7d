import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/ingest/extract/index.js";
import { REFERENCE_ACTORS } from "../../src/ingest/extract/reference-actors.js";
import { actorSchema } from "../../src/ingest/format/annotation.schema.js";
import { loadGazetteer } from "./support/fixtures.js";

const gazetteer = loadGazetteer();
const run = (text: string, g = gazetteer) =>
  extractArticle({ text, publishedAt: "2024-07-11T12:00:00+05:00", publisherId: "the-nation", articleId: "article:test-ref" }, g);

describe("reference actors (well-known actors the seed gazetteer lacks)", () => {
  it("are valid actors with unique ids whose parents are on the list or in the seed gazetteer", () => {
    const ids = new Set(REFERENCE_ACTORS.map((a) => a.id));
    expect(ids.size).toBe(REFERENCE_ACTORS.length);
    const known = new Set([...ids, ...gazetteer.actors.map((a) => a.id)]);
    for (const a of REFERENCE_ACTORS) {
      expect(actorSchema.safeParse(a).success, a.id).toBe(true);
      if (a.parentId) expect(known.has(a.parentId), `${a.id} -> ${a.parentId}`).toBe(true);
    }
  });

  it("recognise a named official, credit the claim to them and bring their office along as parent", () => {
    const x = run("FO Spokesperson Mumtaz Zahra Baloch said the TTP was responsible for the attack. Baloch added that talks were over.");
    expect(x.claims.map((c) => c.claimantId)).toEqual(["mumtaz-zahra-baloch", "mumtaz-zahra-baloch"]);
    const byId = new Map(x.newActors.map((a) => [a.id, a]));
    expect(byId.get("mumtaz-zahra-baloch")).toMatchObject({ kind: "PERSON", parentId: "pakistan-foreign-office" });
    // The parent goes into the graph with the person, so the PART_OF link has both ends.
    expect(byId.get("pakistan-foreign-office")).toMatchObject({ kind: "GOVERNMENT", parentId: "pakistan" });
  });

  it("admit a surname only where the article names the person in full", () => {
    const x = run("Baloch separatists attacked a convoy, Baloch said.");
    expect(x.newActors.some((a) => a.id === "mumtaz-zahra-baloch")).toBe(false);
    expect(x.mentions.some((m) => m.id === "mumtaz-zahra-baloch")).toBe(false);
  });

  it("enter an extraction only when the article names them", () => {
    const x = run("Pakistan said the TTP attacked a post.");
    const reference = new Set(REFERENCE_ACTORS.map((a) => a.id));
    expect(x.newActors.filter((a) => reference.has(a.id))).toEqual([]);
  });

  it("give way to an actor the graph already has under one of their names", () => {
    const g = { ...gazetteer, actors: [...gazetteer.actors, { id: "fo-pakistan", name: "Pakistani Foreign Office", kind: "GOVERNMENT" as const, aliases: ["Foreign Office"], description: "", origin: "EXTRACTED" as const }] };
    const x = run("The Foreign Office said the TTP attacked a post.", g);
    expect(x.claims[0]!.claimantId).toBe("fo-pakistan");
    expect(x.newActors.some((a) => a.id === "pakistan-foreign-office")).toBe(false);
  });

  it("resolve other names the region's news uses: Daesh, the Pentagon, the UN Security Council", () => {
    const x = run("The Pentagon said Daesh was recruiting. The UN Security Council warned that the TTP could become a regional threat.");
    expect(x.claims.map((c) => [c.claimantId, c.speechAct])).toEqual([["us-department-of-defense", "ASSERT"], ["unsc", "WARN"]]);
    expect(x.claims[0]!.about.map((a) => a.actorId)).toEqual(["islamic-state"]);
  });
});
