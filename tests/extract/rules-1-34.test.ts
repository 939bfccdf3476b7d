// Rules added in extractor 1.34, on short made-up texts: a law or agreement violated as an accusation, an envoy
// posted to a country as the office of the state that sends them, and a title holder posted somewhere as that
// person.
import { describe, expect, it } from "vitest";
import { actsOf, claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-01-28T13:39:00+00:00", "article:test-r134");
const acts = actsOf(run);

describe("extractor 1.34 rules", () => {
  it("reads a law or agreement violated as an accusation, and one not violated as a denial", () => {
    expect(acts("Hamdullah Fitrat told The Media Line that both American nationals violated the country’s law.")).toEqual(["ACCUSE"]);
    expect(acts("Zabihullah Mujahid said the Islamic Emirate has not violated the Doha Agreement.")).toEqual(["DENY"]);
  });

  it("takes an envoy posted to a country for the office of the state that sends them", () => {
    const x = run("Pakistan's new ambassador to Iran also said he was \"deeply shocked by the killing of nine Pakistanis\".");
    const [claimant] = claimantsAndActs(x)[0]!;
    expect(claimant).not.toBe("iran");
    expect(x.newActors.find((a) => a.id === claimant)?.parentId).toBe("pakistan");
  });

  it("takes a title holder posted somewhere for the person the article titles so", () => {
    const text = "The report was published on Monday. Asif Durrani, Pakistan’s special representative to Afghanistan, told a seminar in Islamabad last week that up to 6,000 TTP fighters are sheltering in the neighboring country.";
    expect(claimantsAndActs(run(text)).map(([id]) => id)).toEqual(["asif-durrani"]);
  });
});
