// Rules added in extractor 1.146, on short made-up texts: one unnamed official of a named group, a report "in" an
// outlet, a person's "it will", more help "needed", a possible loss or stoppage, and a long title before a stray comma.
import { describe, expect, it } from "vitest";
import { claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2023-01-24T12:00:00+04:30", "article:test-r1146");

describe("extractor 1.146 rules", () => {
  it("gives 'a Taliban official said' to an unnamed official of the Taliban, not to the Taliban", () => {
    const x = run("Snow fell in Kabul. At least 157 people have died in the cold, a Taliban official said Tuesday.");
    expect(claimantsAndActs(x)).toEqual([["taliban-official", "ASSERT"]]);
    const official = x.newActors.find((a) => a.id === "taliban-official");
    expect(official?.kind).toBe("UNNAMED_SOURCE");
    expect(official?.parentId).toBe("afghan-taliban");
  });

  it("keeps 'the Taliban official' for the Taliban where no official was introduced", () => {
    expect(claimantsAndActs(run("Snow fell in Kabul. The Taliban official said the roads were closed."))).toEqual([["afghan-taliban", "ASSERT"]]);
  });

  it("gives 'according to a report in CNN' to CNN", () => {
    const x = run("According to a report in CNN, the country is suffering one of its coldest winters.");
    expect(claimantsAndActs(x)).toEqual([["cnn", "ASSERT"]]);
  });

  it("reads a person's 'it will' as a forecast, a body's as an undertaking", () => {
    const person = run("Shahabuddin Dilawar, the minister of mines, spoke on Thursday. “It will eventually turn Afghanistan into an exporter of iron,” he said.");
    expect(claimantsAndActs(person)).toEqual([["shahabuddin-dilawar", "ASSERT"]]);
    const body = run("The Ministry of Interior of Pakistan met on Thursday. The Ministry of Interior of Pakistan said it will investigate the attack.");
    expect(claimantsAndActs(body).map(([, act]) => act)).toEqual(["PROMISE"]);
  });

  it("reads 'much more is needed' as a demand", () => {
    const x = run("OCHA said it had helped 20,000 families. “But much more is needed amid one of the coldest spells in years,” it added.");
    expect(claimantsAndActs(x)).toEqual([["ocha", "ASSERT"], ["ocha", "DEMAND"]]);
  });

  it("reads a loss or a stoppage foreseen as possible as a warning", () => {
    expect(claimantsAndActs(run("Drug makers met on Monday. Chairman Farooq Bukhari said production could fall further."))).toEqual([["farooq-bukhari", "WARN"]]);
  });

  it("finds the speaker behind a long title set off from the verb by a stray comma, after a dateline", () => {
    const text = "KABUL: The Deputy Political Minister of Foreign Affairs Sher Mohammad Abbas Stanikzai, stated that the transit routes are open.";
    expect(claimantsAndActs(run(text))).toEqual([["sher-mohammad-abbas-stanikzai", "ASSERT"]]);
  });
});
