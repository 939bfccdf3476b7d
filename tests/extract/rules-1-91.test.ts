// Rules added in extractor 1.91, on short made-up texts: a death mourned ("mourns the loss of", "has lost a
// remarkable leader", "his passing as a great loss") as regret; instructions issued or staff instructed as demands.
import { describe, expect, it } from "vitest";
import { claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-05-20T12:00:00+05:00", "article:test-r191");
const claims = (text: string) => claimantsAndActs(run(text));

describe("extractor 1.91 rules", () => {
  it("reads a leader lost and a passing called a great loss as regret", () => {
    expect(claims("Asif Ali Zardari said the Islamic World has lost a remarkable leader.")).toEqual([["asif-ali-zardari", "EXPRESS_REGRET"]]);
    expect(claims("Asif Ali Zardari described Raisi's passing as a great loss not only for Iran.")).toEqual([["asif-ali-zardari", "EXPRESS_REGRET"]]);
  });

  it("reads instructions issued and staff instructed as demands", () => {
    expect(claims("\"Instructions have been issued to the medical superintendent to provide care. All doctors and staff are instructed to be present on duty immediately,\" Shehbaz Sharif said.")).toEqual([
      ["shehbaz-sharif", "DEMAND"],
      ["shehbaz-sharif", "DEMAND"],
    ]);
  });
});
