// Rules added in extractor 1.32, on short made-up texts: every country as a state, a title and its place before
// a name, Pakistan's federal agencies, grief voiced in the content, and a resolve restated through a possessive.
import { describe, expect, it } from "vitest";
import { actorMentionsOf, actsOf, claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-05-18T12:00:00+03:00", "article:test-r132");
const acts = actsOf(run);
const mentioned = actorMentionsOf(run);

describe("extractor 1.32 rules", () => {
  it("knows every country as a state, by its common and official names", () => {
    expect(claimantsAndActs(run("Spain’s government confirmed the fatalities of its three nationals."))).toEqual([["spain", "ASSERT"]]);
    expect(mentioned("Lithuania and the Syrian Arab Republic protested.")).toEqual([
      ["Lithuania", "lithuania"],
      ["Syrian Arab Republic", "syrian-arab-republic"],
    ]);
    // A name two countries share names neither.
    expect(mentioned("Congo protested.")).toEqual([]);
  });

  it("takes a title and the place it is held in before a name as that person's title", () => {
    const x = run("Corps Commander Balochistan, Asif Ghafoor, has announced a policy shift at the Chaman border. Ghafoor emphasized the necessity for stricter border controls.");
    expect(x.newActors.find((a) => a.id === "asif-ghafoor")?.description).toBe("Corps Commander Balochistan");
    expect(x.newActors.map((a) => a.id)).not.toContain("corps");
    expect(claimantsAndActs(x).at(-1)).toEqual(["asif-ghafoor", "DEMAND"]);
  });

  it("knows Pakistan's FC, FIA and NADRA", () => {
    expect(mentioned("The IG FC, DG FIA and DG NADRA visited Chaman.").map(([, id]) => id)).toEqual(["frontier-corps", "fia", "nadra"]);
  });

  it("reads grief voiced in the content as regret", () => {
    expect(acts("Prime Minister Pedro Sanchez posted on X that he was “shocked by the news of the murder of tourists.”")).toEqual(["EXPRESS_REGRET"]);
    expect(acts("The United States said it was “deeply saddened to hear about the shooting attack” in Bamiyan.")).toEqual(["EXPRESS_REGRET"]);
    expect(acts("“Our thoughts are with the families of the victims,” Nabila Massrali said in a statement.")).toEqual(["EXPRESS_REGRET"]);
  });

  it("reads a resolve restated through a possessive phrase as a promise", () => {
    expect(acts("Abdul Mateen Qani said seven suspects were held, reiterating his government’s resolve to bring the perpetrators to justice.")).toEqual(["ASSERT", "PROMISE"]);
  });
});
