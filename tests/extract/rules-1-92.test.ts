// Rules added in extractor 1.92, on short made-up texts: "assured to take action" as a promise; worries voiced as
// concern; someone's rivals as an unnamed source; harm done "by" someone and favour given unlawfully as charges;
// "also verifying the development" as a statement.
import { describe, expect, it } from "vitest";
import { claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-09-25T12:00:00+05:00", "article:test-r192");
const claims = (text: string) => claimantsAndActs(run(text));

describe("extractor 1.92 rules", () => {
  it("reads 'assured to take strong actions' as a promise", () => {
    expect(claims("Mohsin Naqvi assured to take strong actions against the criminal syndicate.")).toEqual([["mohsin-naqvi", "PROMISE"]]);
  });

  it("reads worries expressed as concern", () => {
    expect(claims("Saudi Arabia has expressed worries regarding the influx of beggars.")).toEqual([["saudi-arabia", "EXPRESS_CONCERN"]]);
  });

  it("reads someone's rivals as an unnamed source", () => {
    expect(claims("As Nawaz Sharif returned home, his rivals criticised him for using state machinery.").map(([, act]) => act)).toEqual(["CONDEMN"]);
  });

  it("reads harm done by someone, and favour given unlawfully, as charges", () => {
    expect(claims("Omar Ayub Khan said the legal system has been completely destroyed by the government.")).toEqual([["omar-ayub-khan", "ACCUSE"]]);
    expect(claims("Omar Ayub Khan said the convict was being unjustly and unlawfully facilitated.")).toEqual([["omar-ayub-khan", "ACCUSE"]]);
  });

  it("reads an official 'also verifying the development' as a statement", () => {
    expect(claims("The police confirmed it, with Punjab Inspector General Usman Anwar also verifying the development.").map(([who]) => who)).toContain("usman-anwar");
  });
});
