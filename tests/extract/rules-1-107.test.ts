// Rules added in extractor 1.107, on short made-up texts: continuous efforts assured as an undertaking; outrage
// voiced as a condemnation; "Secretary-General" as a title before a name; "was told by X that" as X's statement.
import { describe, expect, it } from "vitest";
import { claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2023-11-29T12:00:00+05:00", "article:test-r1107");
const claims = (text: string) => claimantsAndActs(run(text));

describe("extractor 1.107 rules", () => {
  it("reads continuous efforts assured as an undertaking", () => {
    expect(claims("Attorney General Mansoor Usman Awan assured the court of continuous efforts to bring back all missing individuals.")).toEqual([
      ["mansoor-usman-awan", "PROMISE"],
    ]);
  });

  it("reads outrage voiced as a condemnation, and takes 'Secretary-General' as a title", () => {
    const x = run("UN Deputy Secretary-General Amina Mohammed said: “On a personal note, I am outraged.”");
    expect(claimantsAndActs(x)).toEqual([["amina-mohammed", "CONDEMN"]]);
    expect(x.newActors.find((a) => a.id === "amina-mohammed")?.name).toBe("Amina Mohammed");
  });

  it("gives 'X was told by Y that ...' to Y", () => {
    expect(claims("Mohsin Naqvi met Shehbaz Sharif on Sunday. Naqvi was told by Sharif that not everything was about money.")).toEqual([
      ["shehbaz-sharif", "ASSERT"],
    ]);
  });
});
