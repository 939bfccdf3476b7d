// What two claims are about, as sets of content words, so a denial can be matched to the accusation
// it answers even when the two are worded differently ("Afghan soil" / "Afghanistan's territory",
// "safe haven" / "sanctuaries", "militants" / "terror groups").

const STOP = new Set(
  ("that this with from have has been were was they their there which what when will would should about over into also " +
    "other such those these than them then some more most much many only very said says stated after before while being " +
    "does doing done just like make made take taken use used using uses against country countries anyone including").split(" "),
);

/** Words of one concept map to one token; the first stem names it. */
const CONCEPTS: string[][] = [
  // Letting militants use one's soil and giving them a safe haven are one accusation in this domain.
  ["territ", "soil", "land", "lands", "ground", "haven", "sanctu", "hideou", "refuge"],
  ["terror", "milita", "insurg", "extrem", "jihadi"],
  ["attack", "bombin", "blast", "strike", "assaul", "raid"],
  ["weapon", "arms", "arming", "armed", "equipm", "ammuni", "rifle"],
  ["allow", "permit", "let", "tolera"],
  ["border", "fronti"],
  ["suppor", "back", "harbou", "harbor", "help", "aid", "fund", "financ", "shelte"],
  ["securi", "safety", "stabil"],
];
const CONCEPT_OF = new Map(CONCEPTS.flatMap((group) => group.map((stem) => [stem, group[0]!] as const)));

const stem = (w: string) => w.replace(/(ing|ed|es|s)$/, "").slice(0, 6);

/** Content words, crudely stemmed and folded into concepts, without the names of the actors involved. */
export function matterWords(text: string, names: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().replace(/[’']s\b/g, "").match(/[a-z]{3,}/g) ?? []) {
    if (STOP.has(w) || names.has(w) || (w.length < 4 && !CONCEPT_OF.has(w))) continue;
    const s = stem(w);
    out.add(CONCEPT_OF.get(w.slice(0, 6)) ?? CONCEPT_OF.get(s) ?? CONCEPT_OF.get(w) ?? s);
  }
  return out;
}

/**
 * How much of the shorter claim the longer one shares (overlap coefficient). Short statements such as
 * a denial are mostly contained in the accusation they answer, which Jaccard would under-rate.
 */
export function sharedMatter(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const smaller = Math.min(a.size, b.size);
  if (smaller === 0) return 0;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  // Below three words a single common word proves little; damp the score.
  return (inter / smaller) * Math.min(1, smaller / 3);
}

/** Share of all words the two claims have in common: stricter, for claims that should say the same. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter === 0 ? 0 : inter / (a.size + b.size - inter);
}
