// Rules added in extractor 1.38, on short made-up texts: "commented" as a cue, reporters as sources, contrasts
// and forecasts that deny nothing, objections ruled out, reassurance, a state's authorities as its officials,
// a title held in a listed person's description, an opening participle before a quotation, a content called
// fake, a demonym describing a named person, and a state's citizens.
import { describe, expect, it } from "vitest";
import { aboutSetsOf, actsOf, claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-03-28T12:00:00+03:30", "article:test-r138");
const acts = actsOf(run);
const aboutOf = aboutSetsOf(run);

describe("extractor 1.38 rules", () => {
  it("reads 'commented' as a cue, before a quotation or a that-clause, and reporters as a source", () => {
    expect(claimantsAndActs(run("PTI's Shandana Gulzar commented, “The people had the right to protest. The state cannot raise its hand against itself.”"))).toEqual([
      ["shandana-gulzar", "ASSERT"],
      ["shandana-gulzar", "ASSERT"],
    ]);
    expect(claimantsAndActs(run("Local reporters say that access to information remains extremely problematic."))).toEqual([["local-reporters", "ASSERT"]]);
  });

  it("does not read a contrast, an interest denied or a forecast as a denial", () => {
    expect(acts("Musadik Malik emphasized that the project is not merely an expression of desire but a need.")).toEqual(["ASSERT"]);
    expect(acts("Donald Lu claimed that the project was not in the interest of Pakistan as companies would not invest in it.")).toEqual(["ASSERT"]);
  });

  it("reads objections ruled out as a rejection and support reassured as an undertaking", () => {
    expect(acts("Mumtaz Zahra Baloch said, “We do not believe there is room for any objections by any third party.”")).toEqual(["REJECT"]);
    expect(acts("Musadik Malik reassured Iran of Pakistan's commitment to the gas project.")).toEqual(["PROMISE"]);
  });

  it("takes a state's authorities for a group of its officials, except where another actor governs it", () => {
    expect(claimantsAndActs(run("Russian authorities have said that four suspects were foreign nationals."))).toEqual([["russian-authorities", "ASSERT"]]);
    expect(claimantsAndActs(run("Pakistani authorities blamed the TTP for the attack."))).toEqual([["pakistani-authorities", "ACCUSE"]]);
    expect(claimantsAndActs(run("Afghan authorities said Pakistan had bombed a village."))).toEqual([["afghan-taliban", "ASSERT"]]);
  });

  it("resolves a title to the one listed person whose description holds it, and the chief minister to the one holding it", () => {
    const lu = "Speaking in Washington, the US assistant secretary of State for South and Central Asia stated that the United States opposes the pipeline. Donald Lu also spoke.";
    expect(claimantsAndActs(run(lu))[0]).toEqual(["donald-lu", "ASSERT"]);
    const cm = "Spokesperson Barrister Saif announced that Chief Minister Ali Amin Gandapur has ordered an inquiry. Provincial Minister Pakhtoon Yar Khan said, “I have asked the Chief Minister to order an inquiry into the incident.”";
    expect(aboutOf(cm)[1]).toEqual(["ali-amin-gandapur"]);
  });

  it("credits an opening participle to the speaker of the quotation that follows, up to the comma", () => {
    const x = run("Shehbaz Sharif spoke. Emphasizing the need for a consistent and decisive policy, Sharif remarked, “You cannot say one thing and do another.”");
    expect(x.claims.map((c) => [c.claimantId, c.speechAct, c.quote])).toEqual([
      ["shehbaz-sharif", "DEMAND", "Emphasizing the need for a consistent and decisive policy"],
      ["shehbaz-sharif", "ASSERT", "You cannot say one thing and do another."],
    ]);
  });

  it("reads a content ending in 'fake' as a denial, about the state whose citizens it names", () => {
    const x = run('On Saturday, Tajikistan\'s foreign ministry said reports that its citizens were involved were "fake".');
    expect([x.claims[0]!.speechAct, x.claims[0]!.about.map((a) => a.actorId)]).toEqual(["DENY", ["tajikistan"]]);
  });

  it("does not count a demonym that only describes the person named next", () => {
    expect(aboutOf("President Emomali Rahmon condemned the attack in a call with Russian leader Vladimir Putin.")).toEqual([["vladimir-putin"]]);
  });
});
