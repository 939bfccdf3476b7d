// Rules added in extractor 1.142, on short made-up texts: a state's police, unnamed, is a force of that state, and
// one's own conduct refused ahead ("we will not ...") is an undertaking.
import { describe, expect, it } from "vitest";
import { aboutSetsOf, actorMentionsOf, claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2023-02-20T12:00:00+05:00", "article:test-r1142");

describe("extractor 1.142 rules", () => {
  it("reads 'Pakistani police' as Pakistan's police, not as Pakistan", () => {
    const text = "Ahmad Khan, a resident of Faryab, said that his father, who was detained by Pakistani police, died in prison.";
    expect(aboutSetsOf(run)(text)).toEqual([["pakistani-police"]]);
    expect(actorMentionsOf(run)(text)).toContainEqual(["Pakistani police", "pakistani-police"]);
  });

  it("reads a refusal of the speaker's own future conduct as a promise", () => {
    const text = "\"We will not take hurried steps in this regard,\" Ahmad Khan said.";
    expect(claimantsAndActs(run(text))).toEqual([["ahmad-khan", "PROMISE"]]);
  });

  it("leaves a refusal reported from others to the speaker who reports it", () => {
    const text = "Gohar Ali Khan stated, \"The government members said they will not vote even if they are disqualified.\"";
    expect(claimantsAndActs(run(text))[0]).toEqual(["gohar-ali-khan", "ASSERT"]);
  });
});

describe("extractor 1.142 groups named by what they are", () => {
  it("counts the farmers a statement is about, as one actor however they are written", () => {
    const text = "Ahmad Khan said local farmers would get relief. He said the farmers had suffered losses.";
    const x = run(text);
    expect(x.claims.map((c) => c.about.map((a) => a.actorId))).toEqual([["group-farmers"], ["group-farmers"]]);
    expect(x.newActors.find((a) => a.id === "group-farmers")?.aliases).toEqual(expect.arrayContaining(["farmers", "local farmers"]));
    expect(x.mentions.some((m) => m.id === "group-farmers")).toBe(false);
  });

  it("takes protesters who speak elsewhere in the article for that speaker", () => {
    const text = "Protesters said they would continue the sit-in. Ahmad Khan said the protesters had blocked the road.";
    expect(aboutSetsOf(run)(text).at(-1)).toEqual([run(text).claims[0]!.claimantId]);
  });

  it("leaves a name that holds the noun to the name", () => {
    const text = "Ahmad Khan said the Kissan Farmers Association had been consulted.";
    expect(aboutSetsOf(run)(text).flat()).not.toContain("group-farmers");
  });
});
