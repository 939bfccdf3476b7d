import { describe, expect, it } from "vitest";
import { actFromContent, findCues } from "../../src/ingest/extract/speech-acts.js";

const cueOf = (s: string) => findCues(s).map((c) => [c.text, c.act, c.form]);

describe("speech-act lexicon", () => {
  it("maps cue verbs and phrases to speech acts", () => {
    const cases: Array<[string, string]> = [
      ["Islamabad accused the Taliban of negligence", "ACCUSE"],
      ["blaming it for a surge in attacks", "ACCUSE"],
      ["The Taliban denied the report", "DENY"],
      ["The Afghan Taliban have repeatedly dismissed those accusations", "DENY"],
      ["Islamabad officials have rejected the statements", "REJECT"],
      ["Pakistan has expressed concern over the weapons", "EXPRESS_CONCERN"],
      ["Islamabad has also raised its concerns with the Taliban", "EXPRESS_CONCERN"],
      ["the Afghan Taliban expressed regret over a bombing", "EXPRESS_REGRET"],
      ["the minister urged Kabul to act", "DEMAND"],
      ["the army warned of consequences", "WARN"],
      ["The council condemned the attack", "CONDEMN"],
      ["officials say the plans were foiled", "ASSERT"],
      ["the Taliban said that Pakistan should act", "ASSERT"],
    ];
    for (const [text, act] of cases) expect(findCues(text)[0]?.act, text).toBe(act);
  });

  it("knows participles, hedges and cues that are not speech", () => {
    expect(cueOf("stating that the attack had not been launched")).toEqual([["stating", "ASSERT", "participle"]]);
    expect(findCues("what it calls the Taliban's negligence")[0]).toMatchObject({ act: "ACCUSE", hedge: "what it calls" });
    expect(findCues("the premier claimed on Monday that")[0]).toMatchObject({ act: "ASSERT", hedge: "claimed" });
    expect(cueOf("she could not confirm this development")).toEqual([]);
    expect(cueOf("it has yet to confirm the action")).toEqual([]);
    expect(cueOf("the United States and the state of Pakistan")).toEqual([]);
  });

  it("reads the act of a neutral cue from what is said", () => {
    expect(actFromContent("Pakistan should resolve its internal problems on its own", "ASSERT")).toBe("DEMAND");
    expect(actFromContent("Afghanistan is not responsible for the security of Pakistan", "ASSERT")).toBe("DENY");
    expect(actFromContent("the attack had not been launched from Afghan territory", "ASSERT")).toBe("DENY");
    expect(actFromContent("We will look into the demands made by Pakistan.", "ASSERT")).toBe("PROMISE");
    expect(actFromContent("We are shocked at the attack in Pakistan.", "ASSERT")).toBe("EXPRESS_REGRET");
    expect(actFromContent("Some officials are making baseless accusations, which we completely reject.", "ASSERT")).toBe("REJECT");
    expect(actFromContent("she could not confirm this development", "ASSERT")).toBe("ASSERT");
    expect(actFromContent("several plans to smuggle US weapons have been foiled", "ASSERT")).toBe("ASSERT");
  });
});
