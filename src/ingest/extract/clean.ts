// Turns a scraped news page into article text. Scrapes carry page furniture (ids, font-size buttons,
// share counters, comment boxes) on short lines of their own; the article itself is long sentences.
// Paragraphs are kept verbatim so that spans found later quote the published wording.
import * as chrono from "chrono-node";

export interface CleanedPage {
  title?: string;
  dateline?: string;
  body: string;
  publishedText?: string;
}

const FURNITURE: RegExp[] = [
  /^(journalist|news|story|article|reporter|author|post)\s*(id|no\.?|number)\s*[:#]/i,
  /^(t\s*){2,3}$/i, // font-size buttons rendered as "T T"
  /^\d+\s+(persons?|people|views?|comments?|likes?|shares?|reads?)$/i,
  /^(tags?|keywords?|your comment|comments?|leave a comment|share|share this|print|send|save|email|copy link|related news|related|read more|more news|most viewed|most read|trending|advertisement|subscribe|follow us\b.*)$/i,
  /^you are replying to\b/i,
  /^(facebook|twitter|x|telegram|whatsapp|linkedin|instagram|reddit|pinterest)$/i,
  /^[\d\s*#|/_.,:-]+$/, // counters such as "4194**9417"
  /^[^\p{L}]*$/u, // no letters at all
];

const isFurniture = (line: string): boolean => FURNITURE.some((re) => re.test(line));

/** A line a reader would take for running text: ends like a sentence and has a few words, or is long. */
function isSentenceLike(line: string): boolean {
  const words = line.split(/\s+/).length;
  return (/[.!?]["'”’)\]]*$/.test(line) && words >= 6) || words >= 12;
}

/** A line that is only a date and/or time ("Dec 18, 2023, 2:20 PM"). */
function isDateLine(line: string): boolean {
  if (line.length > 60) return false;
  const hit = chrono.parse(line)[0];
  return !!hit && hit.index <= 2 && hit.text.length >= line.replace(/[\s,.]+$/, "").length - 2;
}

/** "Islamabad, IRNA – ..." or "ISLAMABAD (AP) — ..." or "KABUL: ...": the place the story was filed from. */
export const DATELINE = /^([A-Z][A-Za-z.'’ -]{1,40}?)(?:,\s*[A-Z][A-Za-z]*\s*[–—-]|\s*\([A-Za-z. ]+\)\s*[–—-]|:)\s/;

/**
 * "Islamabad [Pakistan], September 27 (ANI): ...", "New Delhi: ...": the length of a dateline opening a sentence,
 * which is no part of the statement after it.
 */
export function datelineLength(sentence: string): number {
  return /^[^\n.:]{2,60}?\([A-Z][A-Za-z.]{1,10}\)\s*[:–—-]\s*|^\p{Lu}[\p{L} ]{1,30}:\s+/u.exec(sentence)?.[0].length ?? 0;
}

export function cleanPageScrape(raw: string): CleanedPage {
  const text = raw.replace(/\r\n?/g, "\n");
  const lines = text.split("\n").map((l) => l.trim());
  const looksScraped = lines.some((l) => l !== "" && (isFurniture(l) || isDateLine(l)));
  if (!looksScraped) return { body: text };

  let title: string | undefined;
  let publishedText: string | undefined;
  const paragraphs: string[] = [];
  for (const line of lines) {
    if (line === "" || isFurniture(line)) continue;
    if (paragraphs.length === 0 && !publishedText && isDateLine(line)) {
      publishedText = line;
      continue;
    }
    if (isSentenceLike(line)) {
      paragraphs.push(line);
      continue;
    }
    // A short line before the first paragraph is the headline; short lines after it are page chrome
    // (captions, button labels, "Read also" teasers), which are not article text.
    if (paragraphs.length === 0 && !title && line.split(/\s+/).length >= 3) {
      title = line.replace(/^[‘'"“]+|[’'"”]+$/g, "").trim();
    }
  }
  const body = paragraphs.join("\n\n");
  const dateline = DATELINE.exec(body)?.[1]?.trim();
  return {
    ...(title ? { title } : {}),
    ...(dateline ? { dateline } : {}),
    body,
    ...(publishedText ? { publishedText } : {}),
  };
}
