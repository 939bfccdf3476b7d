import { describe, expect, it } from "vitest";
import { countMentions, findMentions } from "../../src/ingest/extract/gazetteer.js";
import { loadGazetteer, loadSeed } from "./support/fixtures.js";

const { actors, places } = loadGazetteer();
const seed = loadSeed();
const at = "2023-12-18T14:20:00+03:30";
const find = (text: string, publishedAt: string | undefined = at) => findMentions(text, actors, places, { publishedAt });
const ids = (text: string, publishedAt?: string) => find(text, publishedAt).map((m) => `${m.type}:${m.id}:${m.surface}`);

describe("findMentions", () => {
  it.runIf(!!seed)("finds the seed article's actors and places, longest alias first", () => {
    const ms = find(seed!.body);
    const list = ms.map((m) => `${m.type === "Place" ? "P" : "A"} ${m.id} ${m.surface}`);
    expect(list).toContain("A afghan-taliban Afghanistan’s new rulers");
    expect(list).toContain("A ttp Tehrik-i-Taliban Pakistan");
    expect(list).toContain("A pakistani-security-officials security officials in Islamabad");
    expect(list).toContain("A terrorist-groups-in-pakistan terrorist groups operating in Pakistan");
    expect(list).toContain("P place:northwest-pakistan northwest Pakistan");
    expect(list).toContain("P place:afghanistan-pakistan-border border with Afghanistan");
    expect(list).toContain("P place:balochistan Balochistan");
    for (const m of ms) expect(seed!.body.slice(m.span.start, m.span.end)).toBe(m.surface);
  });

  it("reads capital cities as their governments, but not where they are places", () => {
    expect(ids("Islamabad accused Kabul of negligence.")).toEqual(["Actor:pakistan:Islamabad", "Actor:afghan-taliban:Kabul"]);
    expect(ids("left behind from Washington’s years-long war")).toEqual(["Actor:united-states:Washington"]);
    // Locations and datelines are not actors; these cities have no place entry, so they are not mentions.
    expect(ids("Islamabad, IRNA – The Taliban came to power in Kabul.")).toEqual(["Actor:irna:IRNA", "Actor:afghan-taliban:Taliban"]);
    expect(ids("the Islamabad High Court ruled")).toEqual([]);
  });

  it("reads Kabul as the Taliban only for articles after August 2021", () => {
    expect(ids("Kabul rejected the claim.", "2023-12-18T14:20:00+03:30")).toEqual(["Actor:afghan-taliban:Kabul"]);
    expect(ids("Kabul rejected the claim.", "2019-05-01T10:00:00+04:30")).toEqual(["Actor:afghanistan:Kabul"]);
    expect(ids("the Afghan government said", "2019-05-01T10:00:00+04:30")).toEqual(["Actor:afghanistan:Afghan government"]);
    expect(ids("the Afghan interim government said")).toEqual(["Actor:afghan-taliban:Afghan interim government"]);
  });

  it("tells a country as actor from the same name as a place", () => {
    expect(ids("attacks in Pakistan")).toEqual(["Place:place:pakistan:Pakistan"]);
    expect(ids("smuggled from Afghanistan into Pakistan")).toEqual(["Place:place:afghanistan:Afghanistan", "Place:place:pakistan:Pakistan"]);
    expect(ids("a surge in attacks on Pakistani soil")).toEqual(["Place:place:pakistan:Pakistani soil"]);
    expect(ids("a bombing in northwest Pakistan")).toEqual(["Place:place:northwest-pakistan:northwest Pakistan"]);
    expect(ids("the territory of Afghanistan against Pakistan")).toEqual(["Place:place:afghanistan:Afghanistan", "Actor:pakistan:Pakistan"]);
    expect(ids("use Afghanistan as a safe haven")).toEqual(["Place:place:afghanistan:Afghanistan"]);
    expect(ids("Afghanistan is not responsible for the security of Pakistan")).toEqual(["Actor:afghanistan:Afghanistan", "Actor:pakistan:Pakistan"]);
    expect(ids("hand them over to Pakistan")).toEqual(["Actor:pakistan:Pakistan"]);
    expect(ids("Pakistan's security forces")).toEqual(["Actor:pakistani-security-forces:Pakistan's security forces"]);
  });

  it("is case-sensitive for acronyms, handles both apostrophes and possessives", () => {
    expect(ids("let us talk to US officials")).toEqual(["Actor:united-states:US"]);
    expect(ids("ttp and TTP")).toEqual(["Actor:ttp:TTP"]);
    expect(ids("Afghanistan's new rulers and Afghanistan’s new rulers")).toEqual([
      "Actor:afghan-taliban:Afghanistan's new rulers",
      "Actor:afghan-taliban:Afghanistan’s new rulers",
    ]);
    expect(ids("the Taliban’s statements; the Taliban-led government")).toEqual(["Actor:afghan-taliban:Taliban", "Actor:afghan-taliban:Taliban"]);
    expect(ids("Pakistani officials")).toEqual([]); // a demonym is not the country's name
  });

  it("takes the longest name at word boundaries, across any run of spaces, and exact case only for short names", () => {
    const list = [
      { id: "ttp", name: "Tehrik-i-Taliban Pakistan", aliases: ["TTP", "Pakistani Taliban"], kind: "ARMED_GROUP" as const, description: "", origin: "CURATED" as const },
      { id: "afghan-taliban", name: "Taliban", aliases: [], kind: "ARMED_GROUP" as const, description: "", origin: "CURATED" as const },
    ];
    const named = (text: string) => findMentions(text, list, []).map((m) => `${m.id}:${m.surface}`);
    expect(named("the PAKISTANI   TALIBAN and the Taliban")).toEqual(["ttp:PAKISTANI   TALIBAN", "afghan-taliban:Taliban"]);
    expect(named("Tehreek-e-Taliban Pakistan, TTP, ttp")).toEqual(["ttp:Tehreek-e-Taliban Pakistan", "ttp:TTP"]);
    // A name followed by letters is part of a longer word; "Pakistani Talibans" is not the alias either.
    expect(named("Talibanisation of Pakistani Talibans")).toEqual([]);
  });

  it.runIf(!!seed)("counts mentions per id for (Article)-[:MENTIONS {count}]", () => {
    const counts = countMentions(seed!.body, actors, places, { publishedAt: at });
    const get = (id: string) => counts.find((c) => c.id === id)?.count;
    expect(get("afghan-taliban")).toBe(9);
    expect(get("pakistan")).toBe(6);
    expect(get("place:afghanistan")).toBe(5);
    expect(counts.map((c) => c.id)).toEqual([...counts.map((c) => c.id)].sort());
  });

  it.runIf(!!seed)("is fast enough for the seed loader (compiled once per gazetteer)", () => {
    find(seed!.body);
    const t0 = performance.now();
    for (let i = 0; i < 200; i++) find(seed!.body);
    expect((performance.now() - t0) / 200).toBeLessThan(5);
  });
});
