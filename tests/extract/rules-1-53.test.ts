// Rules added in extractor 1.53, on short made-up texts: quotations in guillemets, a source named in apposition
// after "according to", an act called hostile, and someone's unwillingness to act charged to them.
import { describe, expect, it } from "vitest";
import { actsOf, claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-11-20T21:28:00+06:00", "article:test-r153");
const acts = actsOf(run);

describe("extractor 1.53 rules", () => {
  it("reads a quotation in guillemets like any other", () => {
    const x = run("«The camp of a private Chinese enterprise was attacked,» Zabihullah Mujahid said.");
    expect(x.claims.map((c) => [c.claimantId, c.quote])).toEqual([["zabihullah-mujahid", "The camp of a private Chinese enterprise was attacked"]]);
  });

  it("credits 'according to a spokesperson for X, Name, ...' to the name", () => {
    const x = run("According to a spokesperson for the Taliban’s Water and Energy Ministry, Matiullah Abid, the project’s survey and design have been completed.");
    expect(claimantsAndActs(x)).toEqual([["matiullah-abid", "ASSERT"]]);
  });

  it("reads an act called hostile, and someone's unwillingness to act, as accusations", () => {
    expect(acts("Jan Achakzai deemed it a hostile act.")).toEqual(["ACCUSE"]);
    expect(acts("Anwaar-ul-Haq Kakar said the expulsion plan was a response to the unwillingness of the Taliban to act against militants.")).toEqual(["ACCUSE"]);
  });
});
