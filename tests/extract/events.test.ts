import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/ingest/extract/index.js";
import { fatalitiesNear } from "../../src/ingest/extract/fatalities.js";
import { loadGazetteer, loadSeed } from "./support/fixtures.js";

const whole = (s: string) => fatalitiesNear(s, { start: 0, end: s.length });

describe("events", () => {
  it("reads death tolls as news states them, and not injuries", () => {
    expect(whole("militants killed 23 soldiers")).toBe(23);
    expect(whole("a bombing that left 23 security forces dead")).toBe(23);
    expect(whole("23 soldiers were killed in the attack")).toBe(23);
    expect(whole("a blast that killed more than 50 people")).toBe(50);
    expect(whole("twelve policemen were martyred")).toBe(12);
    expect(whole("a blast that left 30 people injured")).toBeUndefined();
  });

  it.runIf(!!loadSeed())("finds the seed article's events with time, place and fatalities", () => {
    const seed = loadSeed()!;
    const x = extractArticle({ text: seed.raw ?? seed.body, publishedAt: seed.meta.publishedAt, publisherId: "irna", articleId: seed.meta.id }, loadGazetteer());
    const got = x.events.map((e) => [e.kind, e.time?.text, e.placeId, e.fatalities]);
    expect(got).toEqual([
      ["WAR", undefined, "place:afghanistan", undefined],
      ["TAKEOVER", "in August 2021", undefined, undefined],
      ["SMUGGLING", "in recent months", "place:afghanistan", undefined],
      ["SEIZURE", "last week", "place:afghanistan-pakistan-border", undefined],
      ["ATTACK", "last February", "place:balochistan", undefined],
      ["ATTACK", "from July until mid-December this year", undefined, undefined],
      ["BOMBING", "Last week", "place:northwest-pakistan", 23],
    ]);
    const bombing = x.events.at(-1)!;
    expect(bombing.participants).toEqual([{ actorId: "pakistani-security-forces", role: "VICTIM" }]);
    expect(x.claims.find((c) => c.speechAct === "EXPRESS_REGRET")!.eventIds).toEqual([bombing.id]);
  });
});
