// Rules added in extractor 1.62, on short made-up texts: "the army" of a country named only as a place,
// "the policemen" as the police that spoke, a presence not wanted as refused, a situation worsened as a charge,
// a wish that others act as a demand, and a dislike or "spare no effort" as no denial.
import { describe, expect, it } from "vitest";
import { actsOf, claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-09-13T13:30:00+00:00", "article:test-r162");
const acts = actsOf(run);

describe("extractor 1.62 rules", () => {
  it("reads 'the army' as the armed forces of the country the article has named as a place", () => {
    const x = run("Police in Pakistan protested for a week. The army has said that the soldiers will leave the urban area.");
    expect(claimantsAndActs(x)).toEqual([["pakistan-armed-forces", "ASSERT"]]);
  });

  it("reads 'the policemen' as the police that spoke before, and what they do not want as refused", () => {
    const x = run("The police allege that the army interferes in their duty. The policemen say that they do not want the army in the area.");
    expect(claimantsAndActs(x)).toEqual([["police", "ACCUSE"], ["police", "REJECT"]]);
  });

  it("reads the army worsening the situation as an accusation", () => {
    expect(acts("Imran Khan said that the army is worsening the situation in the province.")).toEqual(["ACCUSE"]);
  });

  it("reads 'I wish all the people to spare no effort' as a demand, not a denial", () => {
    expect(acts("Hamid Karzai said: “I wish all the people of our country to spare no effort in educating their children.”")).toEqual(["DEMAND"]);
  });

  it("does not read a dislike or a disagreement stated as a denial", () => {
    expect(acts("Zamir Kabulov said: “Tajik partners did not like two provisions.”")).toEqual(["ASSERT"]);
  });
});
