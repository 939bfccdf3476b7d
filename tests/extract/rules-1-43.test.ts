// Rules added in extractor 1.43, on short made-up texts: a place before a person's name, a source introduced by
// "as communicated by", the speaker's own party as an undertaking, a party's founder, and "PM" before a first name.
import { describe, expect, it } from "vitest";
import { actorMentionsOf, claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-07-05T12:00:00+05:00", "article:test-r143");

describe("extractor 1.43 rules", () => {
  it("does not take a known place before a person's two names as part of the name", () => {
    const text = "British High Commissioner in Pakistan Jane Marriot said the Afghan Taliban must control the Haqqani Network.";
    expect(actorMentionsOf(run)(text)[0]).toEqual(["Jane Marriot", "jane-marriot"]);
    expect(claimantsAndActs(run(text))).toEqual([["jane-marriot", "DEMAND"]]);
  });

  it("reads a source introduced by 'as communicated by'", () => {
    expect(claimantsAndActs(run("As communicated by an official representative from the Foreign Office, three Afghan terrorists were involved in the attack."))).toEqual([
      ["pakistan-foreign-office", "ACCUSE"],
    ]);
  });

  it("reads what the speaker's own party will do as an undertaking, and the party's founder as the person so described", () => {
    expect(claimantsAndActs(run("Imran Khan said Friday that his party would participate in the all-parties conference."))).toEqual([["imran-khan", "PROMISE"]]);
    expect(claimantsAndActs(run("Imran Khan spoke. “My party will participate in the conference,” the PTI founder said."))).toEqual([["imran-khan", "PROMISE"]]);
  });

  it("takes 'PM' and a first name for the one person the article names in full so", () => {
    expect(claimantsAndActs(run("Prime Minister Shehbaz Sharif spoke. PM Shehbaz said the date would be announced later."))).toEqual([["shehbaz-sharif", "ASSERT"]]);
  });
});
