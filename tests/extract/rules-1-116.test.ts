// Rules added in extractor 1.116, on short made-up texts: a name followed by its country before a reporting verb
// ("Geng Shuang of China stressed"); "Villager" as a title before a name.
import { describe, expect, it } from "vitest";
import { claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2023-12-15T12:00:00+04:30", "article:test-r1116");
const claims = (text: string) => claimantsAndActs(run(text));

describe("extractor 1.116 rules", () => {
  it("takes a name followed by its country as the speaker, and 'he' after it as that person", () => {
    const text =
      "Linda Thomas-Greenfield said the Team was vital. Geng Shuang of China stressed the need to prevent Afghanistan from becoming a terrorist hub. He said the exemptions were essential.";
    expect(claims(text).map(([id]) => id)).toEqual(["linda-thomas-greenfield", "geng-shuang", "geng-shuang"]);
  });

  it("takes 'Villager' as a title before a name", () => {
    expect(claims("Villager Mohan Singh Bhatti told reporters the firing started at midnight.").map(([id]) => id)).toEqual(["mohan-singh-bhatti"]);
    expect(claims("Villager Mohan Singh Bhatti of Jerda said the firing started at midnight.").map(([id]) => id)).toEqual(["mohan-singh-bhatti"]);
  });
});
