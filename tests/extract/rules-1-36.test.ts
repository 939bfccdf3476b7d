// Rules added in extractor 1.36, on short made-up texts: a source described by a relative clause or an
// apposition after "according to", and "the spokesman" as the one unnamed official who spoke before.
import { describe, expect, it } from "vitest";
import { claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2023-12-12T12:00:00+05:30", "article:test-r136");

describe("extractor 1.36 rules", () => {
  it("reads a source described by a relative clause or followed by an apposition after 'according to'", () => {
    expect(claimantsAndActs(run("According to a local official who spoke on the condition of anonymity, the strike targeted a base near the border."))).toEqual([["local-official", "ASSERT"]]);
    expect(claimantsAndActs(run("The assault began at 2:30 a.m. with an attack by one fighter, according to Tehreek-e-Jihad Pakistan, a new group affiliated with the Pakistan Taliban."))).toEqual([["tehreek-e-jihad-pakistan", "ASSERT"]]);
  });

  it("takes 'the spokesman' for the one unnamed official who spoke before, when no named person did", () => {
    const text = "According to a local official who spoke on the condition of anonymity, the strike targeted a base. “Many of them were killed while they were sleeping,” the spokesman said.";
    expect(claimantsAndActs(run(text))).toEqual([
      ["local-official", "ASSERT"],
      ["local-official", "ASSERT"],
    ]);
  });
});
