// Small text helpers shared by the extractor. Every transformation that is used for matching keeps the
// string length unchanged (one UTF-16 unit in, one out), so offsets found on the folded copy are valid
// spans of the original text and quotes can always be sliced verbatim.

export interface Span {
  start: number;
  end: number;
}

const FOLD: Record<string, string> = {
  "\u2019": "'", // right single quote, the usual typographic apostrophe
  "\u2018": "'",
  "\u02bc": "'",
  "\u2032": "'",
  "\u201c": '"',
  "\u201d": '"',
  // Guillemets and low quotes, as Russian, Central Asian and European outlets write quotations: «like this».
  "\u00ab": '"',
  "\u00bb": '"',
  "\u201e": '"',
  "\u2010": "-",
  "\u2011": "-",
  "\u00a0": " ",
  "\u202f": " ",
  "\u2009": " ",
};
const FOLD_RE = new RegExp(`[${Object.keys(FOLD).join("")}]`, "g");

/** Same length as the input: typographic apostrophes, quotes, hyphens and spaces become ASCII, and doubled ASCII marks quotes. */
export function fold(text: string): string {
  // Some pages write quotation marks as two backticks and two apostrophes: ``like this''.
  return text.replace(FOLD_RE, (c) => FOLD[c] ?? c).replace(/``/g, ' "').replace(/''(?!\p{L})/gu, '" ');
}

/** Between the items of a list of names: "China, Pakistan, and Afghanistan", "Zardari, Sharif and other officials". */
export const LIST_SEPARATOR = /\s*,\s*(?:and\s+)?|\s+and\s+/g;

const WORD_CHAR = /[\p{L}\p{N}]/u;
export const isWordChar = (c: string | undefined): boolean => c !== undefined && WORD_CHAR.test(c);

/** A lowercase slug ("Anwaar-ul-Haq Kakar" -> "anwaar-ul-haq-kakar"); empty input gives "x". */
export function slugify(text: string): string {
  const s = text
    .replace(/\b(?:\p{L}\.){2,}/gu, (m) => m.replace(/\./g, "")) // "U.S." -> "US"
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return s || "x";
}

/** Key for comparing names loosely: folded, lowercase, single spaces, no leading article or possessive. */
export function nameKey(text: string): string {
  return fold(text)
    .toLowerCase()
    .replace(/'s\b/g, "")
    .replace(/^the\s+/, "")
    .replace(/\s+/g, " ")
    .trim();
}

export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The words right before `pos`, nearest last, lowercased; stops at sentence punctuation. */
export function wordsBefore(text: string, pos: number, n: number): string[] {
  const head = text.slice(Math.max(0, pos - 160), pos);
  const clause = head.split(/[.;:!?\n]/).pop() ?? "";
  return (clause.match(/[\p{L}\p{N}'’-]+/gu) ?? []).slice(-n).map((w) => w.toLowerCase());
}

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
export const within = (inner: Span, outer: Span): boolean => inner.start >= outer.start && inner.end <= outer.end;

/** Same length with one letter different, or one letter more: transliteration variants of a name. */
export function oneEditApart(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  if (x === y || Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  return x.slice(i + 1) === y.slice(i + 1) || x.slice(i) === y.slice(i + 1) || x.slice(i + 1) === y.slice(i);
}
