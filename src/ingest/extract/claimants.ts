// Who is speaking: resolves the subject phrase of a cue to an actor. In order: a title that names a
// person met elsewhere ("Pakistan's caretaker prime minister" -> the person titled Prime Minister), a
// pronoun or "the spokesperson" (the latest fitting speaker), a name or alias inside the phrase (the
// rightmost: "Foreign Office spokesperson Mumtaz Zahra Baloch"), a description matching a gazetteer
// alias in part ("security sources"), and finally a new unnamed source ("media reports").
import type { ActorInput } from "../format/annotation.schema.js";
import { ancestorsOf } from "./actor-tree.js";
import type { Mention } from "./gazetteer.js";
import { CAPITALS, DEMONYMS, DEMONYMS_OF, demonymIn, governmentOf, isDeFactoRuler } from "./knowledge.js";
import { FAMILIAR_SOURCE, groupHead, headMention, SOURCE_HEADS } from "./source-phrases.js";
import { escapeRegExp, nameKey, oneEditApart, slugify, type Span } from "./text.js";

export interface Resolved {
  id: string;
  confidence: number;
}

/** Ministers' portfolios as titles name them: "the information minister". */
const PORTFOLIO = String.raw`(?:information|finance|planning|health|education|commerce|trade|railways?|energy|power|petroleum|water|law|justice|labou?r|agriculture|climate|housing|industries|communications|religious affairs|human rights|economic affairs|aviation|tourism|refugees|home)`;
/** A title that is a minister's portfolio and nothing more: "information minister". */
const PORTFOLIO_MINISTER = new RegExp(String.raw`^${PORTFOLIO} minister$`, "i");
/** A description naming a minister of some portfolio or rank: not the one a title with another portfolio means. */
const RANKED_MINISTER = new RegExp(String.raw`\b(?:prime|foreign|defen[cs]e|interior|chief|${PORTFOLIO})\s+minister\b`, "i");
/** Titles; "the information minister" is the one person with that portfolio, not any minister. */
const TITLE_NOUNS = new RegExp(String.raw`\b(caretaker prime minister|prime minister|premier|president|founder|co-founder|foreign minister|defen[cs]e minister|interior minister|${PORTFOLIO} minister|minister|spokesperson|spokesman|spokeswoman|envoy|ambassador|diplomat|delegate|army chief|chief of army staff|general|commissioner|secretary-general|secretary general|special representative|representative|rapporteur|coordinator|speaker|chief|leader|head|chairman|governor)$`, "i");
/** "The defense ministry in Kabul": an office named by what it is and where. */
const OFFICE_HEADS = /\b(ministry|department|office|directorate|embassy|consulate|army|military|intelligence)(?:\s+(?:in|of)\s+([\p{L}' -]+))?$/iu;
/** "the interior minister of Pakistan's caretaker government": a title, then whose it is. */
const OFFICE_OF = /^(?:the\s+)?(?:caretaker\s+|interim\s+|acting\s+)?(prime minister|foreign minister|defen[cs]e minister|interior minister|information minister|finance minister|minister of [a-z]+(?: affairs)?|army chief|chief of army staff|president|spokes(?:person|man|woman)|director[ -]general|special representative|special envoy|envoy|ambassador)\s+(?:of|for|to)\s+\S/;
/** "the 25-year-old said": a person described by age is the person speaking or named last, as "he" is. */
const BY_AGE = /^(?:the\s+)?\d{1,3}-year-old$/;
/** "The human rights group said": a rights organisation named by its kind. */
const RIGHTS_GROUP = /^(?:(?:the|this|that)\s+)?(?:human\s+)?rights\s+(?:group|organi[sz]ation|watchdog|body)$/;
/** "on Saturday", "earlier this week": a time after the subject, before its verb. */
const SPOKEN_WHEN = /\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:earlier\s+)?(?:this|last)\s+(?:week|month)|yesterday|today)$/i;
/** "the US pointman for Afghanistan": someone's role for a place, in any wording. */
const ACTING_FOR = /^(?:the\s+)?(?:[\p{L}.'-]+\s+){0,3}(?:pointman|point man|point person|envoy|representative|coordinator)\s+for\s+(\p{L}[\p{L}' -]+)$/u;
/** "Kugelman's article in Foreign Policy": a person's writing in an outlet; group 1 the writer. */
const WRITER_IN_OUTLET = /^\s*([^,;]{2,60}?)['’]s\s+(?:(?:latest|recent|new)\s+)?(?:article|op-ed|column|piece|essay|commentary)\s+(?:in|for)\s+/iu;
/** Documents whose author is who speaks in them: a report, and a study or survey like it. */
const STUDY_WORDS = "report|study|survey|assessment";
const STUDIES = new RegExp(`^(?:${STUDY_WORDS})$`);
/** "a recent UN Security Council report", "A new study by Ipsos Pakistan": where a document names its author. */
const AUTHOR_BEFORE_STUDY = new RegExp(String.raw`\s+(?:[a-z-]+\s+)?(?:${STUDY_WORDS})\b`, "g");
const STUDY_BY_AUTHOR = new RegExp(String.raw`\b(?:${STUDY_WORDS}),?\s+(?:(?:compiled|prepared|written|drafted|produced|published|released|conducted|carried\s+out)\s+)?by\s+(?:the\s+|an?\s+)?`, "gi");
/** "in a report", "in its latest statement": the medium a speaker spoke through, after the speaker. */
const IN_A_MEDIUM = /\s+in\s+(?:a|an|its|their|his|her|the)\s+(?:[\p{L}-]+\s+){0,2}(?:report|statement|interview|post|tweet|article|letter|note|briefing|message|address|speech|video|clip|recording)(?:\s+on\s+(?:his|her|its|their|the)\s+(?:[\p{L}-]+\s+){0,2}(?:page|account|channel|handle|website))?$/iu;
/** A news organisation described rather than named. */
const OUTLET = /^(?:(?:[Tt]he|[Tt]his)\s+)?(?:[\p{L}-]+\s+){0,2}(?:media outlet|outlet|broadcaster|newspaper|daily|news agency|news channel|channel|publication|news website)$/u;
const EVENT_HEADS = /\b(attacks?|violence|incidents?|situation|tensions|surge|developments?|events?|bombings?|blasts?|killings?)$/i;
/** Titles of whoever heads an organisation. */
const HEAD_TITLES = ["chief", "head", "director general", "director-general", "chairman", "chairperson"];
/** Titles that name one office of a state, so that "Pakistan's <title>" is one person. */
const OFFICE_TITLE = /^(?:caretaker\s+)?(?:prime minister|premier|president|foreign minister|defen[cs]e minister|interior minister|army chief|chief of army staff)$/i;
const FIRST_NAME_AFTER_TITLE = /^(?:the\s+)?(?:General|Gen\.?|Lt\.? Gen\.?|Maj\.? Gen\.?|Maulana|Mullah|Mawlawi|Sheikh|Dr\.?|Ambassador|Minister|President|PM)\s+(\p{Lu}\p{Ll}{2,})$/u;
/** Unnamed sources that are one person: "a local police official", "a senior commander". */
const ONE_PERSON = /\b(?:official|officer|spokes(?:man|person|woman)|source|commander|diplomat|minister|resident|witness|elder)$/i;
/** A named person, or an unnamed source that is one person ("a local Pakistan police official"). */
const isOnePerson = (a: ActorInput): boolean => a.kind === "PERSON" || ((a.kind === "UNNAMED_SOURCE" || a.kind === "OFFICIALS") && ONE_PERSON.test(a.name));
const ORG_KINDS = new Set(["STATE", "GOVERNMENT", "ORGANIZATION", "MEDIA", "ARMED_GROUP", "MILITARY", "SECURITY_FORCES"]);

/** Documents an issuer puts out and that then "say" things: "the statement said", "the fatwa said". */
export const ISSUED_DOCUMENTS = "statement|communique|press release|readout|fatwa|decree|edict";
/** "a statement issued by the Foreign Office", "a statement sent by the ambassador, X": the issuer after the document. */
const ISSUED_BY = new RegExp(String.raw`\b(?:${ISSUED_DOCUMENTS})\s+(?:issued\s+|released\s+|put out\s+|sent\s+|signed\s+)?by\s+(?:the\s+)?`, "gi");
/** "the Foreign Office issued a statement": the issuer before the verb. */
const ISSUER_ISSUED = new RegExp(String.raw`\s+(?:issued|released|put out)\s+(?:a|an|its)\s+(?:[a-z]+\s+)?(?:${ISSUED_DOCUMENTS})\b`, "gi");

/**
 * "this union", "the council", "the national cricket board": a body named by its kind (the determiner may lie just
 * outside the phrase), with words of its name before it.
 */
const BODY_BY_KIND = /^(?:(?:the|this|that)\s+)?((?:[a-z]+\s+){0,2}?)(union|alliance|coalition|association|council|committee|commission|network|movement|front|federation|league|board|court|tribunal)$/;
/** Words before a body's kind that say its level, not its name. */
const BODY_LEVEL = new Set(["national", "federal", "provincial", "local", "country's"]);

/** Words of a source's phrase that are not its name, removed in this order. */
const NOT_OF_THE_NAME: ReadonlyArray<[RegExp, string]> = [
  // "strongly criticised international reports suggesting ...": a verb caught before the source.
  [/^[a-z]+ly\s+[a-z]+ed\s+(?=\S)/, ""],
  // "Around 35 Congress members": how many spoke.
  [/^(?:around|about|nearly|almost|over|more than|at least|some)\s+(?=\d)/i, ""],
  [/^\d[\d,]*\s+/, ""],
  [/^(?:the|a|an|some|these|those|its|their|two|three|several|many|other)\s+/i, ""],
  [/^(?:two|three|several)\s+/i, ""],
  // "a Pakistani immigration official at the Torkham border crossing": where one person serves.
  [/^([\p{L}' -]*?\b(?:official|officer))\s+(?:at|in)\s+(?:the\s+)?\p{Lu}.*$/u, "$1"],
];

export class ClaimantResolver {
  private readonly speakers: string[] = [];
  /** Who issued the document last read as a speaker ("the statement said"), for a following "it". */
  private document: string | undefined;

  constructor(
    private readonly text: string,
    private readonly actors: Map<string, ActorInput>,
    private readonly mentions: Mention[],
    private readonly weak: Mention[],
    private readonly date?: string,
  ) {}

  /** Records who spoke, for later pronouns and "the spokesperson". */
  spoke(id: string): void {
    // "Prime Minister Shehbaz Sharif's office said ... The premier condemned": the office speaks for its holder.
    const holder = this.holders.get(id);
    if (holder) this.speakers.push(holder);
    this.speakers.push(id);
  }

  /** The person each office created by `officeOfPerson` belongs to. */
  private readonly holders = new Map<string, string>();

  /** Whether the phrase names an actor the article knows ("General Faiz", "the TTP"), not a description ("the ministry"). */
  names(np: Span): boolean {
    return this.mentions.some((m) => m.type === "Actor" && m.span.start >= np.start && m.span.end <= np.end) || !!this.firstNameBearer(this.text.slice(np.start, np.end));
  }

  /** The person named before `at` with the description `lower` ("the leader of X") in apposition, if any. */
  private describedBefore(at: number, lower: string): string | undefined {
    const m = /^(?:the\s+)?(leader|head|chief|founder|chairman|spokes(?:man|person|woman))\s+of\s+(?:the\s+)?([\p{L}-]+)/u.exec(lower);
    if (!m) return undefined;
    const apposition = new RegExp(String.raw`^,\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?${m[1]}\s+of\s+(?:the\s+)?${escapeRegExp(m[2]!)}\b`, "iu");
    const person = this.mentions.filter((x) => x.type === "Actor" && x.span.end <= at && this.actors.get(x.id)?.kind === "PERSON").reverse()
      .find((x) => apposition.test(this.text.slice(x.span.end, x.span.end + 120)));
    return person?.id;
  }

  /** The kind of body a phrase names by its kind alone ("the council"), if it does. */
  private bodyKind(np: Span): string[] | undefined {
    const m = BODY_BY_KIND.exec(this.text.slice(np.start, np.end).toLowerCase());
    const determined = !!m && (m[0] !== m[2] || /\b(?:the|this|that)\s+$/i.test(this.text.slice(Math.max(0, np.start - 5), np.start)));
    return determined ? [...m![1]!.split(/\s+/).filter((w) => w && !BODY_LEVEL.has(w)), m![2]!] : undefined;
  }

  /**
   * The actor an acronym in brackets right after the phrase names, when the extractor knows it. Not a person's body
   * ("Dr. Sardar Sarfaraz of the Pakistan Meteorological Department (PMD) said"), nor a title before a name
   * ("District Police Officer (DPO) Hassan Iqbal").
   */
  private glossedBy(np: Span): string | undefined {
    const gloss = /^\s*\((?=\p{Lu}[\p{Lu}\p{Ll}-]{1,9}\)(?!\s+\p{Lu}))/u.exec(this.text.slice(np.end, np.end + 14));
    if (!gloss) return undefined;
    const person = this.mentions.some((m) => m.type === "Actor" && m.span.start >= np.start && m.span.end <= np.end && this.actors.get(m.id)?.kind === "PERSON");
    if (person) return undefined;
    const at = np.end + gloss[0].length;
    return this.mentions.find((m) => m.type === "Actor" && m.span.start === at)?.id;
  }

  /** Whether the phrase names a speaker, without creating an actor for an unnamed source. */
  peek(np: Span): boolean {
    const lower = this.text.slice(np.start, np.end).toLowerCase();
    if (/^(he|she|him|her|they|them|it|we|i)$/.test(lower) || BY_AGE.test(lower) || RIGHTS_GROUP.test(lower) || this.bodyKind(np)) return true;
    if (SOURCE_HEADS.test(lower) || FAMILIAR_SOURCE.test(lower) || OFFICE_HEADS.test(lower)) return true;
    const mentioned = [...this.mentions, ...this.weak].some((m) => m.type === "Actor" && m.span.start >= np.start && m.span.end <= np.end);
    return mentioned || !!TITLE_NOUNS.exec(lower) || !!this.firstNameBearer(this.text.slice(np.start, np.end)) || /^\p{Lu}\p{Ll}{3,}$/u.test(this.text.slice(np.start, np.end));
  }

  /** `country`: whose sources an unqualified "security sources" are, when the context says. */
  resolve(cut: Span, country?: string): Resolved | undefined {
    // "The United Nations mission to Afghanistan (UNAMA) said": the acronym after the subject names the speaker.
    const glossed = this.glossedBy(cut);
    if (glossed) return { id: glossed, confidence: 0.85 };
    // "Analytical Support and Sanctions Monitoring Team ... said": a subject cut at an "and" inside a name takes the whole name.
    const straddled = this.mentions.find((m) => m.type === "Actor" && m.span.start < cut.start && m.span.end > cut.start && m.span.end <= cut.end);
    const subject = straddled ? { start: straddled.span.start, end: cut.end } : cut;
    // "RFE/RL in a report revealed": the report's author speaks, whether the subject phrase holds the author or only "report".
    const medium = IN_A_MEDIUM.exec(this.text.slice(subject.start, subject.end));
    // "Kugelman's article in Foreign Policy Magazine highlighted": the writer speaks, not the outlet carrying it.
    const writing = WRITER_IN_OUTLET.exec(this.text.slice(subject.start, subject.end));
    const writer = writing ? this.resolve({ start: subject.start, end: subject.start + writing[1]!.length }) : undefined;
    if (writer && this.actors.get(writer.id)?.kind === "PERSON") return writer;
    const author = medium ? undefined : this.authorBefore(subject);
    if (author) return { id: author, confidence: 0.75 };
    const spoken = medium ? { start: subject.start, end: subject.start + medium.index } : subject;
    // "the US pointman for Afghanistan on Saturday": when they spoke is not who spoke.
    const when = SPOKEN_WHEN.exec(this.text.slice(spoken.start, spoken.end));
    const np = when ? { start: spoken.start, end: spoken.start + when.index } : spoken;
    const phrase = this.text.slice(np.start, np.end).replace(/’/g, "'").trim();
    const lower = phrase.toLowerCase();
    // "Among the demonstrators are numerous children": a phrase opening with a preposition is no subject.
    // "In its statement, the TTP said": an opening phrase set off by a comma leaves the subject after it.
    const opened = /^(?:in|on|at|during|after|before)\s[^,]{2,60},\s+(?=\S)/i.exec(phrase);
    const indent = this.text.slice(np.start, np.end).length - this.text.slice(np.start, np.end).trimStart().length;
    if (opened) return this.resolve({ start: np.start + indent + opened[0].length, end: np.end }, country);
    if (/^(?:among|amid|in|at|on|for|from|with|by|of|under|during)\s/.test(lower)) return undefined;
    const byKind = (ok: (a: ActorInput) => boolean) => [...this.speakers].reverse().find((id) => { const a = this.actors.get(id); return !!a && ok(a); });
    /** The actor of a kind that spoke last, or else the one named last before the phrase. */
    const lastOfKind = (ok: (a: ActorInput) => boolean) => byKind(ok) ?? this.lastMention(np.start, ok);
    // "Gulbuddin Hekmatyar, the leader of the Hezb-e-Islami party, ... The leader of Hezb-e-Islami emphasised": the
    // person that description was given to.
    const apposed = this.describedBefore(np.start, lower);
    if (apposed) return { id: apposed, confidence: 0.6 };
    // "According to him, they voiced their frustration": the object pronoun of a source stands for a speaker too.
    if (/^(he|she|him|her)$/.test(lower) || BY_AGE.test(lower)) {
      // "A local Pakistan police official ... said ... he said": an unnamed person is a person too.
      const id = byKind(isOnePerson) ?? this.lastMention(np.start, isOnePerson);
      return id ? { id, confidence: 0.6 } : undefined;
    }
    // "“...,” the fatwa said. It further said ...": "it" is the document again, whoever issued it.
    if (lower === "it" && this.document && this.speakers[this.speakers.length - 1] === this.document) return { id: this.document, confidence: 0.55 };
    if (/^(they|them|it|we)$/.test(lower)) {
      // "They strongly condemned ...", after "..., Dawn reported": "they" are the people reported on, not the outlet.
      const id = byKind((a) => (lower === "we" ? true : lower === "it" ? ORG_KINDS.has(a.kind) : a.kind !== "PERSON" && a.kind !== "MEDIA"));
      return id ? { id, confidence: 0.55 } : undefined;
    }
    // "The Pakistani side claimed", "the Afghan side agreed": the state, or whoever governs it de facto.
    const side = /^(?:the\s+)?([\p{L}.]+)\s+side$/u.exec(lower);
    const sideOf = side ? DEMONYMS[side[1]!] : undefined;
    if (sideOf && this.actors.has(sideOf)) return { id: governmentOf(sideOf, this.date, (x) => this.actors.has(x)), confidence: 0.6 };
    // "The statement said", "the ministry added": a document, or an office named by its kind, is the latest such speaker.
    const role = /^(?:(?:the|this|its|their)\s+)?(?:(statement|letter|message|note|communique|press release|declaration|report|study|survey|assessment|fatwa|decree|edict)|(ministry|office|department|embassy))$/.exec(lower);
    if (role) {
      const office = (a: ActorInput) => a.kind === "GOVERNMENT" && /ministry|office|department|embassy/i.test(a.name);
      // "The study found", after "A new study by Ipsos Pakistan": a study or survey is a report of its author's.
      const kind = role[1] && STUDIES.test(role[1]) ? "report" : role[1];
      // "The report, compiled by a U.N. sanctions team, said": the apposition may name who wrote it.
      const compiledBy = kind === "report" ? this.reportAuthorBefore(this.text.slice(0, np.end + 60)) : undefined;
      // A study with no author named is no one's the article knows; a report with none is the last body's that spoke,
      // else the outlet's named last ("said in Bloomberg interview. ... the report stated").
      const outlet = () => (kind === "report" ? this.lastMention(np.start, (a) => a.kind === "MEDIA") : undefined);
      const anyone = () => (role[1] === kind ? byKind((a) => a.kind !== "PERSON") ?? outlet() ?? byKind(() => true) : undefined);
      const id = kind ? compiledBy ?? this.issuerBefore(kind === "report" ? np.end : np.start, kind) ?? anyone() : lastOfKind(office);
      if (id && role[1]) this.document = id;
      if (id) return { id, confidence: 0.6 };
    }
    // "..., the mission said on X": the mission (UNAMA, an embassy) that spoke or was named last.
    const determinedMission = lower === "mission" ? /\b(?:the|this)\s+$/i.test(this.text.slice(Math.max(0, np.start - 6), np.start)) : /^(?:the|this)\s+mission$/.test(lower);
    if (determinedMission) {
      const mission = (a: ActorInput) => /\b(?:mission|embassy)\b/i.test(a.name);
      const id = lastOfKind(mission);
      if (id) return { id, confidence: 0.6 };
    }
    // "The Pakistan Meteorological Department has predicted ... the body said in a note": the organisation or
    // government body that spoke or was named last.
    const determinedBody = lower === "body" ? /\b(?:the|this)\s+$/i.test(this.text.slice(Math.max(0, np.start - 6), np.start)) : /^(?:the|this)\s+body$/.test(lower);
    if (determinedBody) {
      const id = lastOfKind((a) => a.kind === "ORGANIZATION" || a.kind === "GOVERNMENT");
      if (id) return { id, confidence: 0.6 };
    }
    // "the Union of Human Rights Activists ... This union said": the body of that kind that spoke or was named last.
    const body = this.bodyKind(np);
    if (body) {
      const named = (a: ActorInput) => a.kind !== "PERSON" && body.every((w) => a.name.toLowerCase().split(/\s+/).includes(w));
      const id = lastOfKind(named);
      if (id) return { id, confidence: 0.6 };
    }
    // "The party termed the budget ...", "the former ruling party further accused ...": the political party that spoke
    // or was named last.
    const theParty = /^(?:the\s+)?(?:[a-z]+\s+){0,2}party$/.test(lower) && (lower.startsWith("the ") || /\bthe\s+$/i.test(this.text.slice(Math.max(0, np.start - 5), np.start)));
    if (theParty) {
      const party = (a: ActorInput) => a.kind === "ORGANIZATION" && (/\bpolitical party\b/i.test(a.description) || /\bParty\b/.test(a.name));
      const id = lastOfKind(party);
      if (id) return { id, confidence: 0.55 };
    }
    // "The police allege ... The policemen say": the police force that spoke or was named last.
    if (/^(?:the\s+)?police\s*men$/.test(lower)) {
      const police = (a: ActorInput) => /\bpolice$/i.test(a.name);
      const id = lastOfKind(police);
      if (id) return { id, confidence: 0.55 };
    }
    // "announced this source, requesting anonymity", "A paramedic in Malakdin Khel said ... The paramedic confirmed":
    // the unnamed source of that kind speaking or named last.
    // A subject cut after its "the" ("The paramedic confirmed" read as "paramedic") is still definite.
    const definite = /\bthe\s+$/i.test(this.text.slice(Math.max(0, np.start - 5), np.start));
    const oneSource = /^(?:this|that|the)\s+(source|paramedic|medic|nurse|doctor|witness|resident|villager)$/.exec(definite ? `the ${lower}` : lower);
    if (oneSource) {
      const unnamed = (a: ActorInput) => a.kind === "UNNAMED_SOURCE" && new RegExp(String.raw`\b${oneSource[1]}\b`, "i").test(a.name);
      const id = lastOfKind(unnamed);
      if (id) return { id, confidence: 0.6 };
    }
    // "The reports said", after "a recent UN Security Council report": that report's issuer, if one was named.
    if (/^the\s+reports$/.test(lower) || (lower === "reports" && /\bthe\s+$/i.test(this.text.slice(Math.max(0, np.start - 5), np.start)))) {
      const id = this.issuerBefore(np.end, "report");
      if (id) return { id, confidence: 0.6 };
    }
    // "The military has said", "a military statement said": the armed forces last speaking or named, or else
    // those of the state named last.
    if (/^(?:the\s+|a\s+)?(?:military|army|armed forces)(?:'s)?(?:\s+(?:statement|spokesman|spokesperson))?$/.test(lower)) {
      const military = (a: ActorInput) => a.kind === "MILITARY";
      // "Police in Pakistan protested. The army has said": a country named only as a place is whose army it is.
      const place = this.mentions.filter((m) => m.type === "Place" && m.span.end <= np.start && this.actors.get(m.id.replace(/^place:/, ""))?.kind === "STATE").pop();
      const state = this.lastMention(np.start, (a) => a.kind === "STATE") ?? place?.id.replace(/^place:/, "");
      const id = lastOfKind(military) ?? [...this.actors.values()].find((a) => military(a) && a.parentId === state)?.id;
      // "the army's media wing said ... The military said": the armed forces the media wing speaks for.
      const wing = id ? this.actors.get(id) : undefined;
      const parent = wing?.parentId ? this.actors.get(wing.parentId) : undefined;
      if (wing && parent && military(parent) && /\bmedia wing\b|\bpublic relations\b/i.test([wing.name, ...wing.aliases].join(" "))) return { id: parent.id, confidence: 0.6 };
      if (id) return { id, confidence: 0.6 };
    }
    // "the agencies said", "the officials added": the group last speaking under that head noun.
    // A bare plural ("Officials said") is anyone of that kind, not those named before.
    const determined = /\b(?:the|these|those)\s+$/i.test(this.text.slice(Math.max(0, np.start - 7), np.start));
    const plural = (determined ? /^([a-z]+s)$/ : /^(?:the|these|those)\s+([a-z]+s)$/).exec(lower);
    if (plural) {
      // "These gardeners want", after "gardeners in Kandahar": the head noun before the phrase saying where they are.
      const head = (name: string) => name.toLowerCase().replace(/\s+(?:in|of|from|at)\s.*$/, "").split(/\s+/).pop();
      const id = byKind((a) => head(a.name) === plural[1]);
      if (id) return { id, confidence: 0.6 };
    }
    // "the group said", "the militant outfit claimed": the armed group last speaking or named. A plain "the group"
    // may also be a movement or rights group that spoke last ("The Pashtun Protection Movement denies ... The group
    // also says ...").
    const groupWord = /^(?:(?:the|this|that)\s+)?(?:(militant|terrorist|separatist|banned|outlawed|proscribed|armed|insurgent|jihadist|extremist|islamist)\s+)?(?:group|outfit)$/.exec(lower);
    if (groupWord) {
      const armed = (a: ActorInput) => a.kind === "ARMED_GROUP";
      const group = (a: ActorInput) => armed(a) || (!groupWord[1] && a.kind === "ORGANIZATION");
      // "Taliban officials have warned ... The group said": the Taliban, called a group though they govern, when no
      // armed group has spoken.
      const ruling = (a: ActorInput) => !groupWord[1] && (isDeFactoRuler(a.id) || (a.kind === "OFFICIALS" && isDeFactoRuler(a.parentId)));
      const id = (byKind(armed) ? byKind(group) : byKind((a) => group(a) || ruling(a))) ?? this.lastMention(np.start, armed);
      const found = id ? this.actors.get(id) : undefined;
      if (id) return { id: found?.kind === "OFFICIALS" && ruling(found) ? found.parentId! : id, confidence: 0.6 };
    }
    // "The human rights group said": the organisation that spoke or was named last.
    if (RIGHTS_GROUP.test(lower)) {
      const id = lastOfKind((a) => a.kind === "ORGANIZATION");
      if (id) return { id, confidence: 0.6 };
    }
    // "The government says": the state or government that last spoke, or else the last one named.
    if (/^(?:the\s+)?(?:(?:caretaker|interim|federal|new)\s+)?(?:government|authorities)$/.test(lower)) {
      const governing = (a: ActorInput) => a.kind === "STATE" || (a.kind === "GOVERNMENT" && !/ministry|office|department|embassy/i.test(a.name));
      // "the government announced ...", after Pakistan's prime minister spoke: his state, not Russia named since.
      const speakerState = [...this.speakers].reverse().map((x) => [x, ...ancestorsOf(x, this.actors)].find((y) => this.actors.get(y)?.kind === "STATE")).find((x) => !!x);
      const id = byKind(governing) ?? (speakerState && governmentOf(speakerState, this.date, (x) => this.actors.has(x))) ?? this.lastMention(np.start, governing);
      if (id) return { id, confidence: 0.55 };
    }
    // "The international media outlet stated": the news organisation last speaking or named.
    // Matched with its case: "the state-run Qatar News Agency" names an agency of its own, "a Taliban media outlet" not.
    if (OUTLET.test(phrase)) {
      const media = (a: ActorInput) => a.kind === "MEDIA";
      const id = lastOfKind(media);
      if (id) return { id, confidence: 0.6 };
    }
    // "the growing TTP attacks ... have raised concerns": events do not speak.
    if (EVENT_HEADS.test(lower.replace(/\s+(?:in|on|of|at|from|against)\s+.*$/, ""))) return undefined;
    // "the Interior Minister of Pakistan's caretaker government": an office holder the article does not name.
    const held = OFFICE_OF.exec(lower);
    if (held) {
      const state = this.mentions.find((m) => m.type === "Actor" && m.span.start >= np.start && m.span.end <= np.end && this.actors.get(m.id)?.kind === "STATE");
      const person = this.personTitled(held[1]!, np);
      // "the spokesman for the Afghan Consulate Peshawar": a title holder of a body the phrase names is not someone
      // else's spokesman met before; the person must belong to what the phrase names.
      const inside = this.mentions.filter((m) => m.type === "Actor" && m.span.start >= np.start && m.span.end <= np.end);
      const named = !!person && [this.actors.get(person)!.name, ...this.actors.get(person)!.aliases].some((n) => n.length > 3 && phrase.includes(n));
      const fits = !!person && (named || (inside.length > 0 ? inside.some((m) => m.id === person || ancestorsOf(person, this.actors).has(m.id)) : !/\b(?:of|for|to)\s+(?:the\s+)?\p{Lu}/u.test(phrase)));
      if (fits) return { id: person, confidence: 0.7 };
      if (state) return { id: this.officeOf(phrase, held[1]!, state.id), confidence: 0.6 };
    }
    // "DIG CTD Asif Ijaz Sheikh said ... the DIG CTD added": a title the article wrote before a person's name.
    const retitled = this.titledBefore(definite ? `the ${phrase}` : phrase, np.start);
    if (retitled) return { id: retitled, confidence: 0.65 };
    // "The official noted", "The high-ranking Qatari official called for": the person named or speaking last,
    // of that country when the phrase names one.
    // "The Russian representative also stressed", "this senior Taliban official": the same for an envoy.
    const official = /^(?:the|this|that)\s+(?:[a-z-]+\s+){0,2}(?:official|officer|representative|envoy|diplomat)$/.exec(definite ? `the ${lower}` : lower);
    if (official) {
      const named = this.mentions.find((m) => m.type === "Actor" && m.span.start >= np.start && m.span.end <= np.end && this.actors.get(m.id)?.kind === "STATE");
      const country = named?.id ?? demonymIn(lower);
      // An unnamed source that is one person ("a Pakistani immigration official") may be "the official" too.
      const unnamed = (a: ActorInput) => (a.kind === "UNNAMED_SOURCE" || a.kind === "OFFICIALS") && /\b(?:official|officer)\b/i.test(a.name);
      const fits = (a: ActorInput) => (a.kind === "PERSON" || unnamed(a)) && (!country || this.servesCountry(a, country));
      const id = lastOfKind(fits);
      // "A border official ... said. ... the officer told AFP": an unnamed official introduced since that person
      // was last named is the one meant, and the usual unnamed-source path handles them.
      const at = this.mentions.filter((m) => m.type === "Actor" && m.id === id && m.span.end <= np.start).pop()?.span.end ?? 0;
      const introduced = /\b(?:a|an)\s+(?:[\p{L}-]+\s+){0,3}(?:official|officer)\b/iu.test(this.text.slice(at, np.start));
      if (id && !introduced) return { id, confidence: 0.55 };
    }
    // "the US assistant secretary of State for South and Central Asia": the one person whose description holds
    // the whole title.
    const described = this.describedAs(lower);
    if (described) return { id: described, confidence: 0.65 };
    // "the US pointman for Afghanistan", "Washington's envoy for Afghanistan": the one person the article
    // describes as acting for that place, whatever the title's wording.
    const actingFor = ACTING_FOR.exec(lower);
    if (actingFor) {
      const key = `for ${actingFor[1]}`;
      // "the US pointman": of those acting for the place, the one of the state the phrase names.
      const head = phrase.slice(0, phrase.toLowerCase().lastIndexOf(" for "));
      const state = this.stateOf(head, { start: np.start, end: np.start + head.length });
      const people = [...this.actors.values()].filter(
        (a) => a.kind === "PERSON" && a.description.toLowerCase().includes(key) && (!state || ancestorsOf(a.id, this.actors).has(state)),
      );
      if (people.length === 1) return { id: people[0]!.id, confidence: 0.6 };
    }
    // "The spokesperson of Karachi Electric said": an organisation's spokesperson the article does not name, written
    // with "of".
    const spokesOf = /^(?:the\s+|a\s+)?(spokes(?:person|man|woman))\s+(?:of|for)\s+/.exec(lower);
    const spokesOwner = spokesOf ? this.mentions.find((m) => m.type === "Actor" && m.span.end === np.end && m.span.start >= np.start + spokesOf[0].length - 4) : undefined;
    if (spokesOf && spokesOwner && !this.personTitled(spokesOf[1]!, np, spokesOwner.id)) {
      return { id: this.officeOf(phrase, spokesOf[1]!, spokesOwner.id), confidence: 0.6 };
    }
    // "the caretaker government's spokesperson in Kabul": where the title holder sits does not change who it is.
    // "Pakistan's new ambassador to Iran": where the title holder is posted does not change whose the title is.
    const unposted = lower.replace(/\s+(?:in|to|at)\s+[\p{L}' -]+$/u, "");
    const title = TITLE_NOUNS.exec(unposted);
    if (title) {
      // "the JUI-F chief" is the person the article titles so, the organisation's; "the country's police chief"
      // is nobody named.
      const generic = /^(?:chief|leader|head|chairman|governor)$/i.test(title[1]!);
      const owner = this.ownerIn(np) ?? (generic ? this.modifierOwner(np, title[1]!.length) ?? this.ownerJustBefore(np) : undefined);
      // "the health minister" for someone the article calls only "Minister": a minister of no other portfolio.
      const anyMinister = () => (PORTFOLIO_MINISTER.test(title[1]!) ? this.personTitled("minister", np, owner, (a) => !RANKED_MINISTER.test(a.description)) : undefined);
      const person = generic && !owner ? undefined : this.personTitled(title[1]!, np, owner) ?? anyMinister();
      if (person) return { id: person, confidence: 0.7 };
      // "“... threat to the country,” the senior PML-N leader said" after Khawaja Asif's words: the person who spoke
      // last, when nobody is known as that party's leader and that person belongs to no other party or group.
      const lastSpeaker = this.actors.get(this.speakers[this.speakers.length - 1] ?? "");
      if (generic && owner && lastSpeaker?.kind === "PERSON" && ["ORGANIZATION", "ARMED_GROUP"].includes(this.actors.get(owner)?.kind ?? "")) {
        const groups = [...ancestorsOf(lastSpeaker.id, this.actors)].filter((x) => ["ORGANIZATION", "ARMED_GROUP"].includes(this.actors.get(x)?.kind ?? ""));
        if (groups.length === 0 || groups.includes(owner)) return { id: lastSpeaker.id, confidence: 0.55 };
      }
      // "Pakistan's defence minister", "the Pakistani defence minister": the office of that state, not the state.
      // "Pakistan's new ambassador to Iran": an envoy posted somewhere is the office of the state that sends them.
      const sender = /^(?:ambassador|envoy|high commissioner)$/.test(title[1]!) && /\s+to\s+[\p{L}' -]+$/u.test(lower) ? this.ownerIn({ start: np.start, end: np.start + unposted.length }) : undefined;
      const posted = !!sender && this.actors.get(sender)?.kind === "STATE";
      const state = posted ? sender : OFFICE_TITLE.test(title[1]!) ? this.stateOf(phrase, np) : undefined;
      if (state) return { id: this.officeOf(phrase, title[1]!, state), confidence: 0.6 };
      // "The Taliban regime's spokesperson": an organisation's spokesperson the article does not name.
      if (owner && /^spokes/.test(title[1]!)) return { id: this.officeOf(phrase, title[1]!, owner), confidence: 0.6 };
      // "the army chief warned": the person last speaking, when the title matches no one better. "The Pakistani
      // envoy said", "the top Chinese diplomat told": the person last speaking who may be that country's.
      const country = demonymIn(lower);
      const bare = (!!country || !/\p{Lu}/u.test(phrase.replace(/^the\s+/i, ""))) && lower.split(/\s+/).length <= 4;
      const mayBe = (a: ActorInput) => !country || !a.parentId || ancestorsOf(a.id, this.actors).has(country);
      // An unnamed source that is one person ("a local official") may be "the spokesman" too.
      const latest = bare ? byKind((a) => isOnePerson(a) && mayBe(a)) : undefined;
      if (latest) return { id: latest, confidence: 0.55 };
    }
    // "Mujahed said" for "Mujahid": a one-word subject a letter away from a known person's name.
    if (/^\p{Lu}\p{Ll}{3,}$/u.test(phrase) && !this.mentions.some((m) => m.type === "Actor" && m.span.start >= np.start && m.span.end <= np.end)) {
      const near = [...this.actors.values()].find((a) => a.kind === "PERSON" && a.aliases.some((n) => n.length >= 5 && !n.includes(" ") && oneEditApart(n, phrase)));
      if (near) return { id: near.id, confidence: 0.55 };
    }
    // "Qatar's foreign ministry denounced": a ministry of a state the gazetteer knows only as a state.
    // "the Kabul foreign ministry": a capital standing for its government, without the possessive.
    // "Pakistan's federal Cabinet rejected": a state's cabinet likewise; "Pakistan's power ministry", "Pakistan's
    // caretaker government" too.
    const organ = /^(?:the\s+)?[\p{L}. ]+?(?:'s)?\s+((?:foreign|interior|defen[cs]e|information|finance)\s+(?:ministry|office)|(?:power|energy|water|health|commerce|petroleum|planning|law|education|railways?|religious\s+affairs)\s+ministry|(?:federal\s+)?cabinet|caretaker\s+government)$/iu.exec(phrase);
    // A ministry the lists know by this name ("Pakistani Foreign Ministry") is that ministry.
    const knownOrgan = this.mentions.some((m) => m.type === "Actor" && m.span.start >= np.start && m.span.end <= np.end && /\s/.test(m.surface) && this.actors.get(m.id)?.kind === "GOVERNMENT");
    const organState = organ && !knownOrgan ? this.stateOf(phrase, np) : undefined;
    if (organ && organState) return { id: this.officeOf(phrase, organ[1]!, organState, "GOVERNMENT"), confidence: 0.7 };
    // "Prime Minister Shehbaz Sharif's office said": the person's office speaks, not the person.
    const officeHolder = /'s\s+office$/i.test(phrase) ? this.mentions.filter((m) => m.type === "Actor" && m.span.start >= np.start && m.span.end <= np.end && this.actors.get(m.id)?.kind === "PERSON").pop() : undefined;
    if (officeHolder && /^'s\s+office$/i.test(this.text.slice(officeHolder.span.end, np.end))) return { id: this.officeOfPerson(phrase, officeHolder.id), confidence: 0.6 };
    const bearer = this.firstNameBearer(phrase);
    if (bearer) return { id: bearer, confidence: 0.6 };
    const inside = this.mentions.filter((m) => m.type === "Actor" && m.span.start >= np.start && m.span.end <= np.end);
    const last = headMention(this.text, inside, (m) => this.actors.get(m.id)?.kind === "PERSON");
    const indefinite = /^(?:an?|one|another)\s/i.test(phrase) || /\b(?:an?|one|another)\s+$/i.test(this.text.slice(Math.max(0, np.start - 8), np.start));
    const { head, group } = groupHead(np, phrase, this.actors, inside, indefinite);
    if (last && !group) {
      this.adoptSpeakerParent(last.id);
      // "the UN report", "the UN statement", after the UNSC or UNAMA spoke: the part of the UN that spoke before.
      const part = /\b(?:report|statement)$/.test(lower) ? [...this.speakers].reverse().find((s) => s !== last.id && ancestorsOf(s, this.actors).has(last.id)) : undefined;
      return { id: part ?? last.id, confidence: 0.85 };
    }
    const weak = this.weak.filter((m) => m.span.start >= np.start && m.span.end <= np.end).pop();
    if (weak) return { id: weak.id, confidence: 0.6 };
    if (head && country) {
      const demonym = DEMONYMS_OF.get(country)?.[0];
      const key = nameKey(`${demonym} ${phrase.replace(/^(?:the|some)\s+/i, "")}`);
      const known = [...this.actors.values()].find((a) => [a.name, ...a.aliases].some((n) => nameKey(n) === key));
      if (known) return { id: known.id, confidence: 0.6 };
    }
    if (head) return { id: this.unnamedSource(phrase, head[1]!, inside), confidence: 0.55 };
    const office = OFFICE_HEADS.exec(lower);
    if (office && !inside.length) return { id: this.unnamedSource(phrase, "office", inside, office[2]), confidence: 0.5 };
    return undefined;
  }

  /**
   * "General Faiz had suggested", "Munir claimed": a first name, after a title or alone, of the one person the
   * article names in full so.
   */
  private firstNameBearer(phrase: string): string | undefined {
    const first = FIRST_NAME_AFTER_TITLE.exec(phrase)?.[1] ?? /^\p{Lu}\p{Ll}{3,}$/u.exec(phrase)?.[0];
    // "Shahbaz said" after "Shahbaz Sharif": the first name as the article spells it, in any of the person's names.
    const bearers = first ? [...this.actors.values()].filter((a) => a.kind === "PERSON" && [a.name, ...a.aliases].some((n) => n.split(/\s+/).length >= 2 && n.split(/\s+/)[0] === first)) : [];
    return bearers.length === 1 ? bearers[0]!.id : undefined;
  }

  /** "X (X-acronym) in a report revealed" with the subject found as "report": the actor named just before "in a". */
  private authorBefore(np: Span): string | undefined {
    if (!/^(?:report|statement|interview|post|tweet|article|letter|briefing|message)$/i.test(this.text.slice(np.start, np.end))) return undefined;
    const lead = /\s+in\s+(?:a|an|its|their|his|her|the)\s+(?:[\p{L}-]+\s+){0,2}$/iu.exec(this.text.slice(Math.max(0, np.start - 40), np.start));
    if (!lead) return undefined;
    const end = np.start - lead[0].length;
    // "the US pointman for Afghanistan on Saturday in a statement said": the whole subject before "in a".
    const from = Math.max(...[".", ";", ":", "\n", ",", "\u201c", '"'].map((c) => this.text.lastIndexOf(c, end - 1))) + 1;
    const indent = this.text.slice(from, end).length - this.text.slice(from, end).trimStart().length;
    const subject = { start: from + indent, end };
    if (subject.end > subject.start && this.text.slice(subject.start, subject.end).split(/\s+/).length <= 8) {
      const whole = this.resolve(subject);
      if (whole) return whole.id;
    }
    const named = this.mentions.filter((m) => m.type === "Actor" && m.span.end <= end && m.span.end >= end - 12 && /^(?:\s*\([^)]*\))?\s*$/.test(this.text.slice(m.span.end, end))).pop();
    return named?.id;
  }

  /**
   * "A statement issued by the Afghan foreign ministry said ... The statement also said": the actor whose
   * statement the text last named, whoever spoke in between.
   */
  private issuerBefore(before: number, kind: string): string | undefined {
    const text = this.text.slice(0, before);
    if (kind === "report") return this.reportAuthorBefore(text);
    let best: { at: number; id: string } | undefined;
    const consider = (at: number, id: string | undefined) => {
      if (id && (!best || at > best.at)) best = { at, id };
    };
    for (const m of text.matchAll(ISSUED_BY)) {
      const from = m.index + m[0].length;
      const after = this.mentions.filter((x) => x.type === "Actor" && x.span.start >= from && x.span.end <= before);
      // "by the Afghan ambassador to India, Farid Mamundzay": a person named in the by-phrase issued it.
      const stop = from + (/[.;]/.exec(text.slice(from))?.index ?? text.length);
      const person = after.find((x) => x.span.end <= Math.min(stop, from + 60) && this.actors.get(x.id)?.kind === "PERSON");
      consider(m.index, after.find((x) => x.span.start <= from + 12)?.id ?? person?.id);
    }
    for (const m of text.matchAll(ISSUER_ISSUED)) {
      consider(m.index, this.mentions.filter((x) => x.type === "Actor" && x.span.end <= m.index && x.span.end >= m.index - 2).pop()?.id);
    }
    return best?.id;
  }

  /** "a recent UN Security Council report ... The report also said": the body named right before "report" wrote it. */
  private reportAuthorBefore(text: string): string | undefined {
    let best: { at: number; id: string } | undefined;
    const consider = (at: number, id: string | undefined) => {
      if (id && (!best || at > best.at)) best = { at, id };
    };
    for (const m of text.matchAll(AUTHOR_BEFORE_STUDY)) consider(m.index, this.mentions.find((x) => x.type === "Actor" && x.span.end === m.index)?.id);
    // "The report, compiled by a U.N. sanctions team, said", "A new study by Ipsos Pakistan": the body that made it.
    for (const m of text.matchAll(STUDY_BY_AUTHOR)) {
      const from = m.index + m[0].length;
      consider(m.index, this.mentions.find((x) => x.type === "Actor" && x.span.start >= from && x.span.start <= from + 12)?.id);
    }
    return best?.id;
  }

  /** A spokesperson named without an employer speaks for the organisation that spoke just before. */
  private adoptSpeakerParent(id: string): void {
    const a = this.actors.get(id);
    if (!a || a.kind !== "PERSON" || a.parentId || a.origin !== "EXTRACTED" || !/spokes/i.test(a.description)) return;
    const org = [...this.speakers].reverse().find((s) => ["GOVERNMENT", "ORGANIZATION", "MILITARY", "ARMED_GROUP"].includes(this.actors.get(s)?.kind ?? ""));
    if (org) a.parentId = org;
  }

  /**
   * An office known only by its title and whose it is, under one name however the article words it: a person
   * ("Pakistan's defence minister", "the Pakistani defence minister": "Defence minister of Pakistan", "the
   * Taliban regime's spokesperson") or a ministry (`kind` GOVERNMENT: "Qatar's foreign ministry").
   */
  private officeOf(phrase: string, title: string, ownerId: string, kind: ActorInput["kind"] = "PERSON"): string {
    const said = phrase.replace(/^the\s+/i, "");
    const owner = this.actors.get(ownerId)?.name ?? ownerId;
    const name = `${title.charAt(0).toUpperCase()}${title.slice(1).toLowerCase()} of ${owner}`;
    const id = slugify(name);
    const known = this.actors.get(id) ?? this.created.get(id);
    if (known) {
      if (!known.aliases.some((n) => nameKey(n) === nameKey(said))) known.aliases.push(said);
      return id;
    }
    const actor: ActorInput = { id, name, kind, aliases: [said], description: name, origin: "EXTRACTED", parentId: ownerId };
    this.created.set(id, actor);
    this.actors.set(id, actor);
    return id;
  }

  /** "Prime Minister Shehbaz Sharif's office": the office of a person, part of whatever the person is part of. */
  private officeOfPerson(phrase: string, personId: string): string {
    const person = this.actors.get(personId)!;
    const id = this.officeOf(phrase, "office", personId, "GOVERNMENT");
    const office = this.actors.get(id)!;
    if (person.parentId) office.parentId = person.parentId;
    else delete office.parentId;
    // Other articles write it without the title: "Shehbaz Sharif's office".
    const plain = `${person.name}'s office`;
    if (!office.aliases.some((n) => nameKey(n) === nameKey(plain))) office.aliases.push(plain);
    this.holders.set(id, personId);
    return id;
  }

  /** The state a title phrase belongs to: named in it ("Pakistan's") or by its demonym ("Pakistani"). */
  private stateOf(phrase: string, np: Span): string | undefined {
    const named = this.mentions.find((m) => m.type === "Actor" && m.span.start >= np.start && m.span.end <= np.end && this.actors.get(m.id)?.kind === "STATE");
    if (named) return named.id;
    const demonym = /^(?:the\s+)?([a-z.]+)\s/i.exec(phrase)?.[1]?.toLowerCase();
    const id = demonym ? DEMONYMS[demonym] : undefined;
    return id && this.actors.has(id) ? id : undefined;
  }

  /** Actors created for unnamed sources, to be returned with the article's new actors. */
  readonly created = new Map<string, ActorInput>();

  private unnamedSource(phrase: string, head: string, inside: Mention[], where?: string): string {
    const name = NOT_OF_THE_NAME.reduce((n, [pattern, by]) => n.replace(pattern, by), phrase);
    const id = slugify(name);
    if (!this.actors.has(id) && !this.created.has(id)) {
      const demonym = name.toLowerCase().split(/\s+/).map((w) => DEMONYMS[w]).find((c) => c && this.actors.has(c));
      const capital = where ? CAPITALS[where.trim().toLowerCase()] : undefined;
      const government = capital && this.actors.has(capital) ? governmentOf(capital, this.date, (x) => this.actors.has(x)) : undefined;
      const parentId = inside.find((m) => this.actors.get(m.id)?.kind === "STATE")?.id ?? demonym ?? government ?? inside.find((m) => this.actors.get(m.id)?.kind !== "PERSON")?.id;
      const kind: ActorInput["kind"] = head === "office" ? "GOVERNMENT" : /officials|authorities|police/i.test(head) ? "OFFICIALS" : "UNNAMED_SOURCE";
      const actor: ActorInput = { id, name, kind, aliases: [name], description: "", origin: "EXTRACTED", ...(parentId ? { parentId } : {}) };
      this.created.set(id, actor);
      this.actors.set(id, actor);
    }
    return id;
  }

  /**
   * The organisation a title phrase names in the possessive as the title holder's ("the Taliban regime's
   * spokesperson"); "NSC spokesperson" may name the office of someone the article has named.
   */
  private ownerIn(np: Span): string | undefined {
    const orgs = this.mentions.filter((m) => m.type === "Actor" && m.span.start >= np.start && m.span.end <= np.end && this.actors.get(m.id)?.kind !== "PERSON");
    const owner = orgs.pop();
    return owner && /^(?:\s+[a-z]+)?['’]s?\s/.test(this.text.slice(owner.span.end, np.end)) ? owner.id : undefined;
  }

  /** The one person whose description contains a title of three words or more, after "the" and a demonym. */
  private describedAs(lower: string): string | undefined {
    const words = lower.replace(/^the\s+/, "").split(/\s+/);
    const title = (DEMONYMS[words[0]!] ? words.slice(1) : words).join(" ");
    if (title.split(" ").length < 3 || !/^[a-z -]+$/.test(title)) return undefined;
    const people = [...this.actors.values()].filter((a) => a.kind === "PERSON" && a.description.toLowerCase().includes(title));
    return people.length === 1 ? people[0]!.id : undefined;
  }

  /** "the Pakistan Tehreek-e-Insaf (PTI) Chairman", with the subject cut to "Chairman": the organisation just before. */
  private ownerJustBefore(np: Span): string | undefined {
    if (!/^\p{Lu}\p{Ll}+$/u.test(this.text.slice(np.start, np.end))) return undefined;
    const org = this.mentions.filter((m) => m.type === "Actor" && m.span.end <= np.start && this.actors.get(m.id)?.kind !== "PERSON").pop();
    return org && /^[\s)]*$/.test(this.text.slice(org.span.end, np.start)) ? org.id : undefined;
  }

  /** "the JUI-F chief", "the Pakistan Tehreek-e-Insaf (PTI) Chairman": an organisation named right before the title. */
  private modifierOwner(np: Span, titleLength: number): string | undefined {
    const org = this.mentions.filter((m) => m.type === "Actor" && m.span.start >= np.start && m.span.end <= np.end && this.actors.get(m.id)?.kind !== "PERSON").pop();
    return org && /^\)?\s+$/.test(this.text.slice(org.span.end, np.end - titleLength)) ? org.id : undefined;
  }

  /**
   * The person whose title (kept as description) matches, preferring one whose country the phrase names. A
   * person known to be another organisation's is not the one the phrase names ("the Taliban regime's
   * spokesperson" is not Pakistan's). `fits` narrows who may be meant.
   */
  private personTitled(title: string, np: Span, owner = this.ownerIn(np), fits: (a: ActorInput) => boolean = () => true): string | undefined {
    // "the premier" is the prime minister the article named.
    const key = title.toLowerCase().replace(/^caretaker /, "").replace(/^spokes(?:person|man|woman)$/, "spokes").replace(/defen[cs]e/, "defence").replace(/^premier$/, "prime minister");
    // "the PTI chairman": a person described as holding that title in that very organisation.
    const ownerNames = owner ? [this.actors.get(owner)?.name ?? "", ...(this.actors.get(owner)?.aliases ?? [])].filter((n) => n.length > 1) : [];
    // "the ISPR chief" for the ISPR's director general: the organisation's head, by any title a head has.
    const keys = /^(?:chief|head)$/.test(key) ? HEAD_TITLES : [key];
    const described = [...this.actors.values()].filter(
      (a) => a.kind === "PERSON" && fits(a) && keys.some((k) => a.description.toLowerCase().includes(k)) && ownerNames.some((n) => new RegExp(`\\b${escapeRegExp(n)}\\b`).test(a.description)),
    );
    if (described.length === 1) return described[0]!.id;
    const foreign = (a: ActorInput) => !!owner && !!a.parentId && !ancestorsOf(a.id, this.actors).has(owner) && !ancestorsOf(owner, this.actors).has(a.parentId);
    const people = [...this.actors.values()].filter((a) => a.kind === "PERSON" && fits(a) && !foreign(a) && a.description.toLowerCase().replace(/defense/g, "defence").includes(key));
    if (people.length === 0) return undefined;
    const country = this.mentions.find((m) => m.type === "Actor" && m.span.start >= np.start && m.span.end <= np.end && this.actors.get(m.id)?.kind === "STATE");
    // "..., said the spokesman": of those with the title, the one who spoke last, if any did.
    const spoke = [...this.speakers].reverse().find((id) => people.some((p) => p.id === id));
    const best = people.find((p) => country && p.parentId === country.id) ?? people.find((p) => p.id === spoke) ?? people[0]!;
    // The phrase says whose person this is ("Pakistan's caretaker prime minister").
    if (country && !best.parentId && best.origin === "EXTRACTED") best.parentId = country.id;
    return best.id;
  }

  /**
   * The person whose name the article wrote right after this title ("DIG CTD Asif Ijaz Sheikh"), or before it in
   * apposition ("Mohammad Mokhber, the Vice President of Iran,"), before `before`.
   */
  private titledBefore(phrase: string, before: number): string | undefined {
    const title = /^the\s+(\S.*)$/i.exec(phrase)?.[1];
    if (!title || title.length < 3) return undefined;
    // "the minister" is not the "Prime Minister" named so.
    const titled = new RegExp(`(?<!\\bprime\\s+)\\b${escapeRegExp(title)}\\s+$`, "i");
    // The apposition must be the whole title: ", the Taliban deputy spokesman" does not make him "the Taliban".
    const apposed = new RegExp(`^,\\s+(?:the\\s+)?${escapeRegExp(title)}\\s*(?:[,.;:)]|$)`, "i");
    const person = this.mentions.filter(
      (m) =>
        m.type === "Actor" && m.span.end <= before && this.actors.get(m.id)?.kind === "PERSON" &&
        (titled.test(this.text.slice(Math.max(0, m.span.start - title.length - 8), m.span.start)) || apposed.test(this.text.slice(m.span.end, m.span.end + title.length + 8))),
    ).pop();
    return person?.id;
  }

  /** Whether the person is known to serve this country: by the actor tree, or by a description naming it. */
  private servesCountry(a: ActorInput, country: string): boolean {
    if (a.parentId) return ancestorsOf(a.id, this.actors).has(country);
    const state = this.actors.get(country);
    const names = [...(DEMONYMS_OF.get(country) ?? []), ...(state ? [state.name, ...state.aliases] : [])];
    const description = a.description.toLowerCase();
    return names.some((n) => n.length > 2 && new RegExp(`\\b${escapeRegExp(n.toLowerCase())}\\b`).test(description));
  }

  private lastMention(before: number, ok: (a: ActorInput) => boolean): string | undefined {
    const m = this.mentions.filter((x) => x.type === "Actor" && x.span.end <= before && ok(this.actors.get(x.id)!)).pop();
    return m?.id;
  }
}
