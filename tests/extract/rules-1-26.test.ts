// Rules added in extractor 1.26, on short made-up texts: a name before a capitalised title in apposition, a
// country opening a paragraph that is no dateline, and fire opened by another country's forces.
import { describe, expect, it } from "vitest";
import { claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2023-05-27T12:00:00+03:00", "article:test-r126");

describe("extractor 1.26 rules", () => {
  it("finds the person before a capitalised title in apposition, not someone else with that title", () => {
    const x = run("Abdul Nafi Takor, spokesman of the interior ministry, said the border was calm. Enayatullah Khowarazmi, Taliban Ministry of Defence spokesman, said “Unfortunately, today there was a shooting by Iranian soldiers.”");
    expect(claimantsAndActs(x)).toEqual([["abdul-nafi-takor", "ASSERT"], ["enayatullah-khowarazmi", "ACCUSE"]]);
  });

  it("reads a country opening a paragraph before an aside as the speaker, and a dateline still as a place", () => {
    const x = run("Abdul Nafi Takor said the border was calm.\n\nIran, in turn, accused Taliban forces of shooting first.");
    expect(claimantsAndActs(x).at(-1)).toEqual(["iran", "ACCUSE"]);
    for (const text of ["ISLAMABAD, Pakistan (AP) — Pakistan said it would respond.", "Kabul, Dec 28: The Taliban said they would respond."]) {
      expect(run(text).mentions.filter((m) => m.type === "Actor" && m.span.start === 0)).toEqual([]);
    }
  });

  it("reads fire opened toward a country by another country's forces as a charge", () => {
    expect(claimantsAndActs(run("Abdul Nafi Takor said: “Today, Iranian border forces fired toward Afghanistan, which was met with a response.”"))).toEqual([["abdul-nafi-takor", "ACCUSE"]]);
  });
});
