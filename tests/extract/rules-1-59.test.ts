// Rules added in extractor 1.59, on short made-up texts: speakers after an inverted "announced", "this source",
// tolls reported or cited, responsibility taken, opposition expressed, a state's representative named by title,
// backing given and a second predicate undertaken, an agency claiming for its group, and a statement not yet made.
import { describe, expect, it } from "vitest";
import { actsOf, claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-03-21T12:00:00-04:00", "article:test-r159");
const acts = actsOf(run);

describe("extractor 1.59 rules", () => {
  it("takes the speaker after an inverted 'announced', and 'this source' as the unnamed source before", () => {
    const x = run("“A suicide attack took place in front of the bank, three people were killed,” announced Inamullah Samangani, director of information of Kandahar province.\n\nA hospital source reported a much heavier toll in the evening.\n\n“The hospital received twenty deaths this morning,” announced this source, requesting anonymity.");
    expect(claimantsAndActs(x)).toEqual([["inamullah-samangani", "ASSERT"], ["hospital-source", "ASSERT"], ["hospital-source", "ASSERT"]]);
  });

  it("reads a toll cited and responsibility taken as statements", () => {
    expect(acts("Taliban authorities said three died, while a hospital source cited a higher toll of twenty killed.")).toEqual(["ASSERT", "ASSERT"]);
    expect(claimantsAndActs(run("The Baloch Liberation Army took responsibility for the attacks."))).toEqual([["balochistan-liberation-army", "ASSERT"]]);
  });

  it("takes the group's news agency named after a statement as its speaker", () => {
    const x = run("An IS fighter “detonated his explosive belt” near a bank in Kandahar, IS news agency Amaq said on its account Telegram.");
    expect(claimantsAndActs(x)).toEqual([["amaq", "ASSERT"]]);
    expect(x.newActors.find((a) => a.id === "amaq")).toMatchObject({ parentId: "islamic-state" });
  });

  it("reads opposition expressed to a step as a rejection", () => {
    expect(acts("Amir Khan Muttaqi once again expressed his opposition to the appointment of a special envoy.")).toEqual(["REJECT"]);
  });

  it("reads 'this senior official' and 'the Russian envoy' as the person of that kind who spoke last", () => {
    const x = run("Amir Khan Muttaqi said relations were growing. This senior Taliban official also said that embassies were active.");
    expect(claimantsAndActs(x)).toEqual([["amir-khan-muttaqi", "ASSERT"], ["amir-khan-muttaqi", "ASSERT"]]);
    const y = run("Zamir Kabulov said talks were useful. The Russian envoy also stressed the importance of the Taliban's presence.");
    expect(claimantsAndActs(y)).toEqual([["zamir-kabulov", "ASSERT"], ["zamir-kabulov", "ASSERT"]]);
  });

  it("reads firm support given and a second predicate with 'will' as undertakings", () => {
    expect(acts("China on Tuesday said it firmly supported Pakistan’s counterterrorism measures.")).toEqual(["PROMISE"]);
    expect(acts("Amir Khan Muttaqi also added that they are engaged in discussions with the United Nations and will announce their position after clarification.")).toEqual(["ASSERT", "PROMISE"]);
  });

  it("does not read what 'has not yet been confirmed by authorities' as their statement", () => {
    expect(claimantsAndActs(run("The death toll has not yet been confirmed by authorities."))).toEqual([]);
  });
});
