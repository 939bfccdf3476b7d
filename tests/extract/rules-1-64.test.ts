// Rules added in extractor 1.64, on short made-up texts: a deed lashed as "pathetic", ridicule for a deed, a sad
// situation, a decision not taken lightly, a rampage someone was behind, neither the will nor the means, resistance
// held out to any attempt, and a worry answered by reassurance.
import { describe, expect, it } from "vitest";
import { actsOf, extractorAt } from "./support/run.js";

const run = extractorAt("2024-03-28T12:00:00-04:00", "article:test-r164");
const acts = actsOf(run);

describe("extractor 1.64 rules", () => {
  it("reads a cancellation lashed as “pathetic” as a condemnation", () => {
    expect(acts("Afghanistan’s cricket board lashed the cancellation as “pathetic”.")).toEqual(["CONDEMN"]);
  });

  it("reads mocking someone for a deed as an accusation, and the deed as no demand of its own", () => {
    expect(acts("The Islamic State mocked the Taliban for seeking relations with the United States, Russia and China.")).toEqual(["ACCUSE"]);
  });

  it("reads 'a very challenging and sad situation' as regret", () => {
    expect(acts("Nick Hockley said: “It is clearly a very challenging and sad situation.”")).toEqual(["EXPRESS_REGRET"]);
  });

  it("does not read a decision not taken lightly as a denial", () => {
    expect(acts("“We did not take this decision lightly,” Nick Hockley said.")).toEqual(["ASSERT"]);
  });

  it("reads someone said to be behind a rampage as accused", () => {
    expect(acts("U.S. officials said that IS-Khorasan was behind the murderous rampage.")).toEqual(["ACCUSE"]);
  });

  it("reads a government said to have neither the will nor the resources to fight a group as accused", () => {
    expect(acts("Homayoun Mohtaat said that the Taliban “neither has the will nor resources” to fight IS-Khorasan.")).toEqual(["ACCUSE"]);
  });

  it("reads forces that would resolutely oppose any attempt as a warning", () => {
    expect(acts("The Afghan Armed Forces would resolutely oppose any violent attempts to thwart the initiative, according to Mawlawi Mohammad Yaqoob Mujahid.")).toEqual(["WARN"]);
  });

  it("reads neighbours reassured regarding a river as an undertaking, and reassurance that things stand as assertion", () => {
    expect(acts("Sher Mohammad Abbas Stanikzai reassured neighbouring countries regarding the path of the Amu Darya River.")).toEqual(["PROMISE"]);
    expect(acts("Sher Mohammad Abbas Stanikzai reassured that relations are expanding.")).toEqual(["ASSERT"]);
  });
});
