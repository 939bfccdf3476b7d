// Rules added in extractor 1.60, on short made-up texts: "U.N." written with stops, "the mission" as the mission
// that spoke, a speaker quoted "as saying" without "that", duties and backing taken on, complaints and failures
// charged, and an assurance extended.
import { describe, expect, it } from "vitest";
import { actsOf, claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-09-13T12:00:00-04:00", "article:test-r160");
const acts = actsOf(run);

describe("extractor 1.60 rules", () => {
  it("knows 'the U.N. mission in Afghanistan' and takes 'the mission' after it as the same speaker", () => {
    const x = run("The U.N. mission in Afghanistan said the attack resulted in deaths. “We express our condolences to the families of those killed,” the mission said on X.");
    expect(claimantsAndActs(x)).toEqual([["unama", "ASSERT"], ["unama", "EXPRESS_REGRET"]]);
  });

  it("takes the one quoted 'as saying' as the speaker when no 'that' follows", () => {
    const x = run("The Iranian news agency IRNA quoted Foreign Ministry spokesman Nasser Kanaani as saying the group had targeted civilians.");
    expect(claimantsAndActs(x).map(([id]) => id)).toEqual(["nasser-kanaani"]);
  });

  it("reads a duty considered one's own and support reaffirmed as undertakings", () => {
    expect(acts("Zabihullah Mujahid said authorities considered it their obligation to protect people and their property.")).toEqual(["PROMISE"]);
    expect(acts("The Taliban reaffirmed their support for the Palestinian organization.")).toEqual(["PROMISE"]);
  });

  it("reads complaints about attacks and being 'unable or unwilling' to keep a commitment as accusations", () => {
    expect(acts("Islamabad has complained about cross-border terrorist attacks by the TTP from bases in Afghanistan.")).toEqual(["ACCUSE"]);
    expect(acts("Ned Price said that the Afghan Taliban has been \"unable or unwilling\" to fulfil its commitment.")).toEqual(["ACCUSE"]);
  });

  it("reads an assurance extended as a promise", () => {
    expect(acts("Mohammad Qasim Khalid further extended his assurance that the Taliban stand beside the Palestinians.")).toEqual(["PROMISE"]);
  });
});
