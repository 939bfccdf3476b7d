// Rules added in extractor 1.39, on short made-up texts: a name before an apposition that gives its office,
// an opening phrase before the subject, claims said to be false, disregard and inaction charged, sovereignty
// never to be challenged, something asked for, Tehran spelt "Teheran", and a dateline before a dash.
import { describe, expect, it } from "vitest";
import { actorMentionsOf, actsOf, claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-01-19T10:45:00+08:00", "article:test-r139");
const acts = actsOf(run);

describe("extractor 1.39 rules", () => {
  it("takes a full name before an apposition naming an officer or a member as a person who speaks", () => {
    expect(claimantsAndActs(run("Kashif Zulfiqar, a senior police officer in the district, confirmed the death toll from the attack."))).toEqual([["kashif-zulfiqar", "ASSERT"]]);
    expect(claimantsAndActs(run("Zulmay Azimi, a board member of the chamber of commerce of Nangarhar, said: “The crossings have been closed for a week.”"))).toEqual([["zulmay-azimi", "ASSERT"]]);
  });

  it("reads the subject after an opening phrase, and claims said to be 'entirely false' as a denial", () => {
    expect(claimantsAndActs(run("In its statement, the TTP said claims the attack was associated with the polio vaccination campaign were “entirely false”."))).toEqual([["ttp", "DENY"]]);
  });

  it("reads disregard and inaction charged to someone as accusations", () => {
    expect(acts("Islamabad changed its policies without considering the conditions of the Afghan people, the Islamic Emirate said.")).toEqual(["ACCUSE"]);
    expect(acts("The Foreign Office said there was no action on Pakistan's serious concerns.")).toEqual(["ACCUSE"]);
  });

  it("reads sovereignty never to be challenged as a warning", () => {
    expect(acts("Pakistan would never allow its sovereignty and territorial integrity to be challenged under any pretext, the Foreign Office said.")).toEqual(["WARN"]);
  });

  it("reads an explanation asked for as a demand, by a person named before 'asked'", () => {
    expect(claimantsAndActs(run("Nasser Kanaani asked for the Pakistani government's explanation regarding the incident."))).toEqual([["nasser-kanaani", "DEMAND"]]);
  });

  it("takes a city in capitals before a dash, alone or after another, for a dateline, not an actor", () => {
    expect(actorMentionsOf(run)("ISLAMABAD/TEHERAN — Pakistan carried out strikes in Iran on Thursday.")).toEqual([["Pakistan", "pakistan"]]);
    expect(actorMentionsOf(run)("KABUL – Pakistan has asked the Taliban to hand over the suspects.")).toEqual([
      ["Pakistan", "pakistan"],
      ["Taliban", "afghan-taliban"],
    ]);
  });

  it("takes 'Teheran' for Iran's government", () => {
    expect(claimantsAndActs(run("Teheran said it had attacked the bases of another group within Pakistani territory."))).toEqual([["iran", "ASSERT"]]);
  });
});
