// Rules added in extractor 1.31, on short made-up texts: a family name written first and then used alone, listed
// people without their middle name, Pakistan's intelligence agency, Iran's supreme leader, projects as no actors,
// vowed retaliation as a warning, and more demonyms.
import { describe, expect, it } from "vitest";
import { actorMentionsOf, claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-10-30T12:00:00+05:00", "article:test-r131");
const mentioned = actorMentionsOf(run);

describe("extractor 1.31 rules", () => {
  it("takes a family name used alone at the head of a clause for a mention of the person named in full", () => {
    const text = "Chinese Ambassador to Pakistan Jiang Zaidong expressed dissatisfaction. Speaking at a seminar, Jiang emphasized that such attacks are unacceptable.";
    expect(mentioned(text)).toContainEqual(["Jiang", "jiang-zaidong"]);
    expect(claimantsAndActs(run(text)).at(-1)).toEqual(["jiang-zaidong", "CONDEMN"]);
    // After a title, the word may be another person's name: no alias.
    expect(run("Pakistan's envoy to the UN, Munir Akram, spoke on Monday. General Munir said the army is ready.").newActors.find((a) => a.id === "munir-akram")?.aliases).toEqual(["Munir Akram", "Akram"]);
  });

  it("knows listed people by first and last name alone, and the ISI", () => {
    expect(mentioned("Dar briefed Asif Zardari on the talks with the ISI.")).toEqual([
      ["Asif Zardari", "asif-ali-zardari"],
      ["ISI", "isi"],
    ]);
  });

  it("takes no project for an actor, nor its acronym", () => {
    const x = run("Militants have attacked projects of the China-Pakistan Economic Corridor (CPEC). CPEC projects employ Chinese engineers.");
    expect(x.newActors.map((a) => a.id).filter((id) => /corridor|cpec/.test(id))).toEqual([]);
  });

  it("knows Iran's supreme leader and Israel, and reads vowed retaliation as a warning", () => {
    expect(claimantsAndActs(run("Iran's Supreme Leader Khamenei attributed the attack to Israel, vowing retaliation."))).toEqual([
      ["ali-khamenei", "ACCUSE"],
      ["ali-khamenei", "WARN"],
    ]);
    expect(run("Iran's Supreme Leader Khamenei attributed the attack to Israel.").claims[0]?.about.map((a) => a.actorId)).toEqual(["israel"]);
  });

  it("reads a Tajik or Uzbek government as that state", () => {
    expect(mentioned("The Tajik government and the Uzbek government said nothing.")).toEqual([
      ["Tajik government", "tajikistan"],
      ["Uzbek government", "uzbekistan"],
    ]);
  });
});
