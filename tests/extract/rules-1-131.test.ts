// Rules added in extractor 1.131, on short made-up texts: a person introduced by a trade ("a physician at ...")
// speaks; "Kabul city" is the city, not the government; a deed called "an anti-human crime" is condemned; "the group"
// after Taliban officials, with no armed group speaking, is the Taliban; a shortage foretold ("there may be no
// groundwater left") warns.
import { describe, expect, it } from "vitest";
import { aboutSetsOf, actorMentionsOf, claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2023-11-08T12:00:00+04:30", "article:test-r1131");

describe("extractor 1.131 rules", () => {
  it("takes a person introduced by a trade in an apposition as the speaker", () => {
    const e = run("Faridullah Omari, a physician at the National Infectious Disease Hospital in Kabul, said each day the hospital receives up to 80 patients.");
    expect(claimantsAndActs(e)).toEqual([["faridullah-omari", "ASSERT"]]);
  });

  it("reads a capital followed by 'city' as the place, not its government", () => {
    expect(actorMentionsOf(run)("Hamid Karzai said Kabul city was calm.")).toEqual([["Hamid Karzai", "hamid-karzai"]]);
    expect(aboutSetsOf(run)("Hamid Karzai said Kabul city was calm.")).toEqual([[]]);
  });

  it("reads a deed called an anti-human crime or a crime against humanity as condemned", () => {
    expect(claimantsAndActs(run("“This terrorist act is an anti-human crime,” Hamid Karzai said on X."))).toEqual([["hamid-karzai", "CONDEMN"]]);
    expect(claimantsAndActs(run("Hamid Karzai said that it is “a crime against humanity”."))).toEqual([["hamid-karzai", "CONDEMN"]]);
  });

  it("reads a shortage or harm foretold as a warning", () => {
    expect(claimantsAndActs(run("UNICEF said that due to climate change, there may be no groundwater left in Kabul by 2030."))).toEqual([["unicef", "WARN"]]);
    expect(claimantsAndActs(run("UNICEF said that drought and pollution threaten people's lives."))).toEqual([["unicef", "WARN"]]);
  });

  it("gives 'The group said' to the Taliban after their officials when no armed group has spoken", () => {
    const text = "UNICEF said the water was running out. Taliban officials have repeatedly warned about the water crisis. The group said that it was trying to transfer water from the Panjshir River to Kabul.";
    expect(claimantsAndActs(run(text))[2]).toEqual(["afghan-taliban", "ASSERT"]);
    const armed = "The Islamic State group claimed the bombing. Taliban police said seven worshippers were killed. The group said the death toll was 50.";
    expect(claimantsAndActs(run(armed))[2]).toEqual(["islamic-state", "ASSERT"]);
  });
});
