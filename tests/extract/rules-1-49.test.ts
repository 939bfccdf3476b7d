// Rules added in extractor 1.49, on short made-up texts: a name after the title that follows "said", an alias
// introduced by "known as" inside an apposition, condemnation drawn from a list of parties, and acts read from the
// content (figures called exaggerated, arbitrary detention, obligations violated, risks to be aware of, a brazen
// attack, a question of who was behind something).
import { describe, expect, it } from "vitest";
import { actsOf, claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-09-23T17:49:00+08:00", "article:test-r149");
const acts = actsOf(run);

describe("extractor 1.49 rules", () => {
  it("credits a quotation to the name given after the title that follows 'said'", () => {
    const x = run("“Journalists often face unclear rules about what they can report,” said the UN Secretary-General’s Special Representative, Roza Otunbayeva.");
    expect(x.claims.map((c) => c.claimantId)).toEqual(["roza-otunbayeva"]);
  });

  it("reaches the name past an apposition and an alias introduced by 'known as'", () => {
    const x = run("Mohammad Khurasani, a spokesman for the Pakistani Taliban, known as Tehreek-e-Taliban Pakistan, denied detonating the device.");
    expect(claimantsAndActs(x)).toEqual([["mohammad-khurasani", "DENY"]]);
  });

  it("credits condemnation drawn from a list to each party in it", () => {
    const x = run("Four policemen were wounded in the attack, which drew strong condemnation from President Asif Ali Zardari, Prime Minister Shehbaz Sharif and other officials.");
    expect(claimantsAndActs(x)).toEqual([
      ["asif-ali-zardari", "CONDEMN"],
      ["shehbaz-sharif", "CONDEMN"],
      ["officials", "CONDEMN"],
    ]);
  });

  it("reads acts from the content: exaggerated figures, arbitrary detention, violated obligations, risks, a brazen attack", () => {
    expect(acts("The Taliban's foreign ministry claimed that the arrest figures were \"exaggerated\".")).toEqual(["DENY"]);
    expect(acts("UNAMA said that the Taliban had arbitrarily detained journalists 256 times.")).toEqual(["ACCUSE"]);
    expect(acts("Amnesty International stressed that this law violates Afghanistan's international obligations.")).toEqual(["ACCUSE"]);
    expect(acts("Eric Garcetti said most businesses should be aware of those risks of interacting with Iran.")).toEqual(["WARN"]);
    expect(acts("Amnesty International, in a statement, called the law a \"brazen attack\" on human rights.")).toEqual(["CONDEMN"]);
  });

  it("does not read a question of who was behind an attack as a charge", () => {
    expect(acts("Police said they were still trying to determine who was behind it.")).toEqual(["ASSERT"]);
  });
});
