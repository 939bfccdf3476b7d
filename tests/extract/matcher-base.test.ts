// A list that extends the gazetteer gets a small compile of its additions over the gazetteer's; its mentions must be
// those a compile of the whole list finds, and where they could differ the whole list is compiled.
import { describe, expect, it } from "vitest";
import type { ActorInput } from "../../src/ingest/format/annotation.schema.js";
import { findMentions } from "../../src/ingest/extract/gazetteer.js";
import { compileCounts, useAsBase } from "../../src/ingest/extract/matcher-base.js";
import { loadGazetteer } from "./support/fixtures.js";

const { actors, places } = loadGazetteer();
const at = { publishedAt: "2024-05-02T12:00:00+05:00" };
const person = (id: string, name: string, aliases: string[] = []): ActorInput => ({ id, name, kind: "PERSON", aliases: [name, ...aliases], description: "", origin: "EXTRACTED" });
const org = (id: string, name: string, aliases: string[] = []): ActorInput => ({ id, name, kind: "ORGANIZATION", aliases: [name, ...aliases], description: "", origin: "EXTRACTED" });
const copies = (list: ActorInput[]) => list.map((a) => ({ ...a, aliases: [...a.aliases] }));
const TEXT = [
  "Islamabad, May 2: Farah Khan of the Peshawar Traders Union told the Pakistani security forces in Balochistan that",
  "the TTP and the Taliban had closed the road. Khan said Kabul and Washington were silent, and PTU members agreed.",
  "Zabihullah Mujahid, the Islamic Emirate's spokesman, said the IEA rejected it.",
].join(" ");

/** Mentions of the list when it is compiled whole: with a base it does not extend. */
function wholeCompile(list: ActorInput[]) {
  useAsBase([person("unrelated", "Unrelated Person")], []);
  const before = compileCounts.whole;
  const found = findMentions(TEXT, [...list], places, at);
  expect(compileCounts.whole).toBe(before + 1);
  return found;
}

/** Mentions of the list found with `base` (the gazetteer's actors) as base, and how the list was compiled. */
function overBase(list: ActorInput[], base = actors) {
  useAsBase(base, places);
  const before = { ...compileCounts };
  const found = findMentions(TEXT, [...list], places, at);
  return { found, overBase: compileCounts.overBase > before.overBase, whole: compileCounts.whole > before.whole };
}

describe("compiling over the gazetteer as base", () => {
  it("finds what a whole compile finds for actors added after the gazetteer's, and compiles only those", () => {
    const list = [...actors, person("farah-khan", "Farah Khan", ["Khan"]), org("peshawar-traders-union", "Peshawar Traders Union", ["PTU"])];
    const { found, overBase: over } = overBase(list);
    expect(over).toBe(true);
    expect(found.map((m) => m.id)).toContain("farah-khan");
    expect(found.map((m) => m.id)).toContain("peshawar-traders-union");
    expect(found).toEqual(wholeCompile(list));
  });

  it("takes a gazetteer read again (equal actors, new objects) with more actors after them as extending the base", () => {
    const list = [...copies(actors), org("peshawar-traders-union", "Peshawar Traders Union", ["PTU"])];
    const { found, overBase: over } = overBase(list);
    expect(over).toBe(true);
    expect(found).toEqual(wholeCompile(list));
  });

  it("adds the aliases a gazetteer actor was given for this text", () => {
    const ttp = actors.findIndex((a) => a.id === "ttp");
    const list = actors.map((a, i) => (i === ttp ? { ...a, aliases: [...a.aliases, "Peshawar Traders Union"] } : a));
    const { found, overBase: over } = overBase(list);
    expect(over).toBe(true);
    expect(found.find((m) => m.surface === "Peshawar Traders Union")?.id).toBe("ttp");
    expect(found).toEqual(wholeCompile(list));
  });

  it("lets a gazetteer actor keep a surface an added actor also has, as the list's order says", () => {
    const list = [...actors, org("tehreek-e-taliban", "Tehreek-e-Taliban", ["TTP"])];
    const { found } = overBase(list);
    expect(found.find((m) => m.surface === "TTP")?.id).toBe("ttp");
    expect(found).toEqual(wholeCompile(list));
  });

  it("adds a state and its capital over the base, its capital read as its government", () => {
    const china: ActorInput = { id: "china", name: "China", kind: "STATE", aliases: ["China"], description: "", origin: "EXTRACTED" };
    const list = [...actors, china];
    const { found, overBase: over } = overBase(list, actors);
    expect(over).toBe(true);
    expect(findMentions("Beijing rejected the claim.", [...list], places, at).map((m) => m.id)).toEqual(["china"]);
    expect(found).toEqual(wholeCompile(list));
  });

  it("compiles the whole list where an addition changes how the base's names are read", () => {
    const china: ActorInput = { id: "china", name: "China", kind: "STATE", aliases: ["China"], description: "", origin: "EXTRACTED" };
    // "Chinese embassy" is also written "China's embassy" once China is listed.
    const withEmbassy = [...actors, org("chinese-embassy", "Chinese embassy")];
    const capital = org("kabul-traders", "Kabul");
    for (const [base, added] of [[withEmbassy, china], [actors, capital]] as const) {
      const list = [...base, added];
      const { overBase: over, whole } = overBase(list, base);
      expect([over, whole]).toEqual([false, true]);
    }
    const list = [...withEmbassy, china];
    useAsBase(withEmbassy, places);
    expect(findMentions("China's embassy said so.", [...list], places, at).map((m) => m.id)).toEqual(["chinese-embassy"]);
  });
});
