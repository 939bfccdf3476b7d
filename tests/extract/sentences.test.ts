import { describe, expect, it } from "vitest";
import { paragraphs, splitSentences } from "../../src/ingest/extract/sentences.js";
import { loadFixtures, loadSeed } from "./support/fixtures.js";

describe("splitSentences", () => {
  const texts = [loadSeed()?.body, ...loadFixtures().map((f) => f.body)].filter((t): t is string => !!t);

  it("gives spans of the unchanged text that never cross a paragraph break", () => {
    for (const text of texts) {
      const paras = paragraphs(text);
      for (const s of splitSentences(text)) {
        expect(text.slice(s.start, s.end)).toBe(s.text);
        expect(s.text).toBe(s.text.trim());
        expect(paras.some((p) => s.start >= p.start && s.end <= p.end)).toBe(true);
      }
    }
  });

  it("keeps quotation marks with their sentence and abbreviations inside it", () => {
    const text = "“We will look into it,” he said. U.S. officials were not available. The U.S. military left.\n\nA new paragraph.";
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      "“We will look into it,” he said.",
      "U.S. officials were not available.",
      "The U.S. military left.",
      "A new paragraph.",
    ]);
  });

  it.runIf(!!loadSeed())("splits the seed article into its 11 sentences", () => {
    expect(splitSentences(loadSeed()!.body)).toHaveLength(11);
  });
});
