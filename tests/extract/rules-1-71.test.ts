// Rules added in extractor 1.71, on short made-up texts: a ministry named by whose government it is, "the human
// rights group" as the organisation named before, asylum seekers kept locked up and no freedom of movement as
// charges, and a request answered ("at the request of") as no demand.
import { describe, expect, it } from "vitest";
import { actsOf, claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2023-08-14T12:00:00+01:00", "article:test-r171");
const acts = actsOf(run);

describe("extractor 1.71 rules", () => {
  it("reads 'the Foreign Ministry of the Taliban government' as one office of the Taliban", () => {
    const x = run("The Foreign Ministry of the Taliban government announced Sunday that an Iranian delegation visited the dam.");
    const [[claimant]] = claimantsAndActs(x) as [[string]];
    expect(x.newActors.find((a) => a.id === claimant)).toMatchObject({ name: "Foreign Ministry of the Taliban government", parentId: "afghan-taliban" });
  });

  it("reads 'The human rights group said' as the organisation named before", () => {
    const x = run("Human Rights Watch published a report on Thursday. The human rights group said that the Afghans are held in poor conditions.");
    expect(claimantsAndActs(x).map(([who]) => who)).toEqual(["human-rights-watch"]);
  });

  it("reads asylum seekers kept locked up, and people with no freedom of movement, as charged", () => {
    expect(acts("Joey Shea said that Emirati authorities have kept thousands of Afghan asylum seekers locked up for over 15 months.")).toEqual(["ACCUSE"]);
    expect(acts("Joey Shea said that the Afghans have no freedom of movement in the camp.")).toEqual(["ACCUSE"]);
  });

  it("does not read a country hosting refugees 'at the request of the US' as a demand", () => {
    expect(acts("The official said that the country had agreed to temporarily host Afghan refugees at the request of the US government.")).toEqual(["ASSERT"]);
  });
});
