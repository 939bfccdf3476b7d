// Rules added in extractor 1.54, on short made-up texts: OCHA, the Security Council and the Afghan embassy in
// Islamabad on the lists, a duty the speaker's side takes on, and obstruction blamed on someone's policies.
import { describe, expect, it } from "vitest";
import { actsOf, claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2023-09-05T12:00:00+05:30", "article:test-r154");
const acts = actsOf(run);

describe("extractor 1.54 rules", () => {
  it("knows OCHA, the Security Council and the Afghan embassy in Islamabad by their names", () => {
    const x = run("The UN Office for the Coordination of Humanitarian Affairs stated that the cut in aid was due to a lack of funds. The Security Council report has stated that the Taliban's policies and practises have further hindered attempts to respond. The Afghanistan embassy in Islamabad urged the Pakistani government to stop the arrests.");
    expect(claimantsAndActs(x)).toEqual([
      ["ocha", "ASSERT"],
      ["unsc", "ACCUSE"],
      ["afghan-embassy", "DEMAND"],
    ]);
  });

  it("reads a duty the speaker's side takes on as an undertaking", () => {
    expect(acts("Zabihullah Mujahid said: “We and our military are obliged to ensure their security.”")).toEqual(["PROMISE"]);
  });
});
