// Reported speech in one sentence: each cue, its speaker (the subject to its left, or the speaker it
// continues), its content (to the next cue's clause), split into compound statements, with the statements
// nested in it. Direct quotations were handled before; their spans are `handled`.
import type { ActorInput } from "../format/annotation.schema.js";
import type { SpeechAct } from "../format/enums.js";
import type { AboutActor } from "./about.js";
import type { ArticleText, Emit, Extend, RawClaim } from "./attribution-types.js";
import { ISSUED_DOCUMENTS, type ClaimantResolver } from "./claimants.js";
import { findNested, splitCompound } from "./clauses.js";
import type { TimeExpression } from "./dates.js";
import { contentStart, subjectBefore } from "./np.js";
import { ancestorsOf } from "./actor-tree.js";
import { antecedentOf, clauseEnd, nextSubject } from "./clause-bounds.js";
import { closingSpeaker } from "./closing-speaker.js";
import { passiveOf } from "./passive.js";
import { pronounReferent } from "./pronouns.js";
import { QUOTING_PARTICIPLES, trim } from "./quotes.js";
import type { Sentence } from "./sentences.js";
import { accordingTo, emitNested, onlySourceSays, reactionsFrom, reportsThat, trimEnd } from "./sources.js";
import { actFromContent, cueAct, findCues, HEDGE_WORDS, type Cue } from "./speech-acts.js";
import { BOTH_SIDES, coSpeakers, reciprocal } from "./two-parties.js";
import { CITED_FIRST, viaChain } from "./via.js";
import type { Span } from "./text.js";

const WITH_AGENT = /,\s*with\s+((?:the\s+)?(?!an?\s)[^,;]{2,80}?)\s+$/i;
const QUOTED_AS = /\bquoted\s+((?:[\p{L}'’.-]+\s+){0,5}?[\p{L}'’.-]+)\s+as\s+$/iu;
/** "September 27": a day named by month and number. */
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December)`;
const MONTH_DAY = String.raw`${MONTH}\s+\d{1,2}\b`;
const INVERTED_TAIL = new RegExp(String.raw`^(?:\s+(?:on\s+(?:its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:account|page|channel|website)(?:\s+[A-Z]\w*)?|on\s+\w+|in\s+(?:an?\s+)?(?:[A-Z][\w-]*\s+)?(?:statement|interview|post|tweet|note)(?:\s+with\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})?|to\s+(?:reporters|journalists)|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:on\s+)?${MONTH_DAY}|in\s+(?:${MONTH}\s+)?\d{4}\b|in\s+${MONTH}|(?:last|this|earlier\s+this)\s+(?:week|month|year|night|morning|evening)|yesterday|today|earlier|later|recently|at\s+the\s+time))*(?:,\s*[a-z]+ing\b[^]*|,\s*with\s+(?:each|both|the|its|their)\b[^]*|,\s*(?:but|and|while)\s+(?:it|he|she|they)\s+[a-z]+\b[^]*|,\s*formerly known as [^,.]+|,\s*(?:as|after|when|amid|ahead\s+of|(?:a\s+day|days|hours|weeks)\s+(?:after|before))\s+[^]*)?[\s.,"”]*$`);

/**
 * A speaker whose cue's content is only the next cue's clause ("She added that Pakistan also expects ...", "Sharif
 * said the council demanded ..."): who, where the statement starts, and, for a neutral cue, the cue and its subject.
 */
interface Override {
  who: { id: string; confidence: number };
  start: number;
  named?: boolean;
  cue?: Span;
  subject?: Span;
}

/** A quotation's own attribution that opens with a participle (", stating, "...""). */
const QUOTED_ON = new RegExp(String.raw`^(?:${QUOTING_PARTICIPLES})\b`);

/** Verbs whose passive subject is the one addressed: "were advised", "was urged", "were asked". */
const ADVISED = /^(?:advised|urged|asked|warned|instructed|directed|requested|cautioned)$/i;
/** How far back (characters) the last statement may end and still be the one an agentless advice continues. */
const RECENT_SPEAKER_REACH = 400;

export function reported(a: ArticleText, s: Sentence, handled: Span[], resolver: ClaimantResolver, emit: Emit, extend: Extend, dateSpans: Span[], dates: TimeExpression[], claims: RawClaim[], quoted?: { id: string; confidence: number }) {
  const free = (x: Span) => !handled.some((h) => x.start < h.end && h.start < x.end);
  // "Pakistan's demands that ...", "demands for action": a demand reported by its noun, not "look into Pakistan's demands."
  const demandNoun = (c: { text: string; end: number }) => /demands$/i.test(c.text) && /^\s+(?:that|for|to|of)\b/i.test(a.folded.slice(c.end, c.end + 6));
  const found = findCues(a.folded, s.start, s.end).filter((c) => free(c) && (c.form !== "noun" || demandNoun(c)));
  // "said Pakistan and the world expect X to ...": a verb inside reported content whose subject is no
  // speaker we can name is part of that content, not a statement of its own.
  // "did not confirm or deny the issue": neither is said.
  const neither = [...a.folded.slice(s.start, s.end).matchAll(/\bnot\s+(?:confirm|deny)\s+(?:or|nor)\s+(?:confirm|deny)\b/gi)].map((m) => ({ start: s.start + m.index, end: s.start + m.index + m[0].length }));
  const cues = found.filter((c, i) => {
    if (neither.some((n) => c.start >= n.start && c.start < n.end)) return false;
    // "stressed that the Taliban should have rejected the statements": what someone ought to say is not said.
    if (i > 0 && c.form === "finite" && /\b(?:should|must|ought\s+to)\s+(?:not\s+|never\s+)?(?:have\s+)?$/i.test(a.folded.slice(found[i - 1]!.end, c.start))) return false;
    if (i === 0 || c.form !== "finite") return true;
    // "the TTP said claims the attack was ... were false": the noun said about, not a second speaker's verb.
    if (/^(?:claims|reports)$/i.test(c.text) && /^\s+$/.test(a.folded.slice(found[i - 1]!.end, c.start))) return false;
    const np = subjectBefore(a.folded, found[i - 1]!.end, c.start, dateSpans);
    return !np || !!resolver.peek(np) || !!relativeAntecedent(a, s, c);
  });
  const via = viaChain(a.folded, s, a.mentions);
  if (found.length > 0 && closingSpeaker(a, s, via, resolver, emit, free)) return;
  const contents: Span[] = [];
  // `,” she said, stressing ...`: the participle continues the quoted speaker.
  // `subject`: the phrase naming the last speaker, whose other named parties say what a participle adds too.
  let previous: { id: string; confidence: number; statedAt?: TimeExpression; index?: number; act?: SpeechAct; subject?: Span } | undefined = quoted;
  // "She added that Pakistan also expects ...": the next cue speaks for this speaker, from here.
  let override: Override | undefined;
  // "Refuting allegations levelled by Pakistan, the Taliban-led government has asserted ...": one statement.
  let lead: { act: SpeechAct; start: number; contentStart: number } | undefined;
  // "Shehbaz said the council also demanded ...": the one who reports another party's statement, and where.
  let reporter: (Override & { cue: Span }) | undefined;
  const citing = /,\s*(?:citing|quoting)\s+([^,]+),\s*(?=say|says|said|reported|reports)/.exec(a.folded.slice(s.start, s.end));
  const citedAgency = agencyCitedFirst(a, s);
  for (let i = 0; i < cues.length; i++) {
    const cue = cues[i]!;
    const next = cues[i + 1];
    const before = a.folded.slice(s.start, cue.start);
    let np: Span | undefined;
    let who: { id: string; confidence: number } | undefined;
    let hint: string | undefined;
    let inherit = false;
    let opening = false;
    const passive = passiveOf(a, s, cue, dateSpans);
    const absolute = cue.form === "participle" && WITH_AGENT.test(before) ? withAgent(a, s, before) : undefined;
    if (/^what /i.test(cue.text)) {
      const pron = /^what (\w+)/i.exec(cue.text)!;
      np = { start: cue.start + 5, end: cue.start + 5 + pron[1]!.length };
    } else if (citedAgency && citedAgency.verbAt === cue.start && resolver.peek(citedAgency.span)) {
      np = citedAgency.span;
    } else if (citing && s.start + citing.index + citing[0].length === cue.start) {
      const start = s.start + citing.index + citing[0].indexOf(citing[1]!);
      np = { start, end: start + citing[1]!.length };
      // "Pakistani media, citing security sources": the sources are Pakistani too.
      const cited = a.mentions.find((m) => m.type === "Actor" && m.span.start >= s.start && m.span.end <= s.start + citing.index);
      if (cited) hint = [cited.id, ...ancestorsOf(cited.id, a.actors)].find((id) => a.actors.get(id)?.kind === "STATE");
    } else if (cue.form === "participle" && /(^|,"?\s*|\band\s+)$/.test(before)) {
      // inherits the speaker of its clause
      np = clauseSubject(a.folded, s.start, cue.start) ?? (previous ? undefined : issuerSubject(a.folded, s.start, cue.start) ?? actorSubject(a.folded, s.start, cue.start));
    } else if (cue.form === "participle" && QUOTED_AS.test(before) && /^\s+(?:that|the|a|an|it|they|he|she|we)\b/i.test(a.folded.slice(cue.end, cue.end + 6))) {
      // "A Times of India report quoted an Afghan official as saying that ...", "IRNA quoted spokesman Nasser
      // Kanaani as saying the group had targeted ...": the one quoted speaks.
      const m = QUOTED_AS.exec(before)!;
      const start = s.start + m.index + m[0].indexOf(m[1]!, m[0].indexOf("quoted") + 6);
      np = { start, end: start + m[1]!.length };
    } else if (cue.form === "participle" && /\breport\s+$/i.test(before)) {
      // "dismissed a recent UN Security Council report alleging ...": the report's author alleges.
      const at = s.start + before.search(/report\s+$/i);
      np = { start: at, end: at + "report".length };
    } else if (absolute && (resolver.names(absolute) || BOTH_SIDES.test(a.folded.slice(absolute.start, absolute.end)))) {
      // "..., with the Islamic State Khorasan Province (IS-KP) claiming responsibility": the group claims it.
      np = absolute;
    } else if (cue.form === "participle" && (ISSUED_JUST_BEFORE.test(before) || WROTE_TO.test(before))) {
      // "Pakistan's renowned clerics on Monday issued a fatwa (religious decree) denouncing terrorism": the issuer.
      // "... have written a letter to President Joe Biden and Antony Blinken urging ...": the writers, not the
      // addressees.
      const m = (ISSUED_JUST_BEFORE.exec(before) ?? WROTE_TO.exec(before))!;
      const at = s.start + m.index + m[0].indexOf(m[1]!);
      np = { start: at + m[1]!.length - m[1]!.trimStart().length, end: at + m[1]!.length };
    } else if (cue.form === "participle" && previous) {
      inherit = true; // "stated that Pakistan was committed to dialogue with Afghanistan underscoring ...": not Afghanistan
    } else if (!passive && ADVISED.test(cue.text) && /\b(?:is|are|was|were)\s+(?:once\s+again\s+|again\s+|also\s+|further\s+|strongly\s+)?$/i.test(before)) {
      // "American citizens were once again advised not to visit": those advised do not speak; with no "by", whoever
      // spoke just before does, if anyone did in the last few sentences.
      const last = claims[claims.length - 1];
      if (!last || s.start - last.span.end > RECENT_SPEAKER_REACH) continue;
      who = { id: last.claimantId, confidence: 0.5 };
    } else {
      const subject = subjectBefore(a.folded, s.start, cue.start, dateSpans);
      np = passive?.agent ?? (subject && resolver.peek(subject) ? subject : relativeAntecedent(a, s, cue) ?? subject);
    }
    // "The two sides have blamed each other": each side accuses the other.
    if (np && reciprocal(a, s, np, cue, via, emit, claims)) continue;
    if (np) who = pronounReferent(a, s, np, resolver) ?? resolver.resolve(np, hint);
    // "Hong greeted Afghanistan's ambassador and deemed it ...": the verb shares its subject with the one before "and".
    if (!who && !previous && cue.form === "finite") {
      const shared = predicateSubject(a.folded, s.start, cue.start);
      if (shared) who = pronounReferent(a, s, shared, resolver) ?? resolver.resolve(shared);
      if (who) np = shared;
    }
    if (override && np && who && (who.id === override.who.id || ancestorsOf(override.who.id, a.actors).has(who.id))) who = override.who;
    else if (override?.named && !who) who = override.who;
    else if (override) {
      // Another party's statement, reported: the report is a statement of its own, the other's nested in it.
      if (who && override.cue) reporter = { ...override, cue: override.cue };
      override = undefined;
    }
    if (np && who) {
      /* resolved */
    } else if (previous && (inherit || /(,"?\s*|\b(?:and|but)\s+(?:has\s+|have\s+|had\s+)?(?:instead\s+|also\s+)?)$/.test(before))) who = previous;
    // "Emphasizing the need for ..., Sharif remarked, “...”": an opening participle is the quoted speaker's.
    else if (quoted && i === 0 && cue.form === "participle" && /^\W*$/.test(before)) {
      who = quoted;
      opening = true;
    }
    else if (cue.form === "participle") who = nextSubject(a, s, cues.slice(i + 1), resolver, dateSpans);
    if (!who) continue;
    // "X and Y declared ..., demanding ...": the participle is both parties' words, as the verb before it.
    const speakersPhrase = np ?? (who === previous ? previous.subject : undefined);
    // "..., party officials told AP.", "..., the diplomat told reporters.", "..., officials told state media.": whom it
    // was told is not content.
    const after = a.folded.slice(cue.end, s.end);
    // "..., Vahidi told journalists September 27.": the day after them is not content either.
    const tail = /^t(?:old|ells)$/i.test(cue.text) ? after.replace(new RegExp(String.raw`^\s+(?:(?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}|reporters|journalists|(?:the\s+|state\s+|local\s+|national\s+|foreign\s+|official\s+)?(?:media|press|television|TV))(?=(?:\s+(?:on\s+)?${MONTH_DAY})?[\s.,"”]*$)`), "") : after;
    // "..., Prime Minister Anwaar-ul-Haq Kakar said.": the content is before the speaker.
    // "..., spokesman X said in a statement, condemning ...": nothing of the statement follows the verb.
    // "..., an analysis by the US Institute for Peace said last week.": the document's author is the speaker.
    // "..., IS news agency Amaq said on its account Telegram.": an acronym may lead the speaker's phrase.
    // "..., the information minister said Wednesday, as leaders gathered ...": when it was said is not content.
    const speakerLead = np ? /,\s*(?:(?:an?|the)\s+(?:[a-z]+\s+)?(?:analysis|report|statement|study|assessment|survey)\s+(?:by|from|of)\s+)?(?:the|a|an)?\s*$/i.exec(a.folded.slice(s.start, np.start)) ?? /,\s*[A-Z]{2,}\s+$/.exec(a.folded.slice(s.start, np.start)) : null;
    // "Mian Ali Ashfaq, Imran Riaz Khan's lawyer, expressed ...": a name before the apposition is no content.
    const nameOnly = !!speakerLead && /^[\s\p{Lu}][\p{L}'’.\s-]*$/u.test(a.folded.slice(s.start, s.start + speakerLead.index)) && !/\s\p{Ll}/u.test(a.folded.slice(s.start, s.start + speakerLead.index));
    const inverted = np && cue.neutral && INVERTED_TAIL.test(tail) && !!speakerLead && !nameOnly;
    const start = passive ? passive.patient.start : inverted ? s.start : contentStart(a.folded, cue.end, s.end, dateSpans, cue.neutral);
    const clause = inverted ? s.start + speakerLead!.index : clauseEnd(a, s, cue, next, dateSpans);
    // The opening participle's words end at the comma before the quotation's speaker; a reported clause ends where a
    // quotation's own attribution begins ("asserted that ..., stating, "..."").
    const quotedOn = (h: Span) => h.start < clause && QUOTED_ON.test(a.folded.slice(h.start, h.end));
    const attributed = Math.min(clause, ...handled.filter((h) => h.start > cue.end && (opening || quotedOn(h))).map((h) => h.start));
    const end = opening && a.folded.lastIndexOf(",", attributed) > cue.end ? a.folded.lastIndexOf(",", attributed) : attributed;
    const content = trim(a.folded, { start, end: trimEnd(a.folded, start, end) });
    // "X expressed his gratitude, saying, "..."": with the quotation its own claim, nothing is left to report.
    if (attributed < clause && !/\p{L}/u.test(a.folded.slice(start, end))) continue;
    // "the UNHCR said Grandi \"expressed appreciation ...\"": the content is only the next verb's speaker, who says it.
    const nextSpeaker = next?.form === "finite" ? a.mentions.find((m) => m.type === "Actor" && m.span.start === content.start && /^\s*"\s*$/.test(a.folded.slice(m.span.end, content.end))) : undefined;
    if (nextSpeaker) {
      override = { who: { id: nextSpeaker.id, confidence: who.confidence }, start: nextSpeaker.span.start, named: true };
      continue;
    }
    // "reported that Hamdullah Fitrat, a deputy spokesperson ..., has said": only the next speaker, in apposition.
    const apposed = a.mentions.some((m) => m.type === "Actor" && m.span.start === content.start && /^,[^,;]{1,100},\s*(?:has|have|had)?\s*$/.test(a.folded.slice(m.span.end, content.end)));
    if (next && !inverted && (content.end - content.start < 4 || apposed) && next.form === "finite") {
      override = { who, start: np && np.start < cue.start ? np.start : cue.start, ...(cue.neutral ? { cue: { start: cue.start, end: cue.end } } : {}), ...(np ? { subject: np } : {}) };
      continue;
    }
    // "the Tehrik-i-Taliban Pakistan, which security officials ... say has used ...": the antecedent is what the content is about.
    const antecedent = np && !inverted ? antecedentOf(a, s, np) : undefined;
    if (cue.form === "participle" && /^\W*$/.test(before) && /^(allegations|accusations|claims|charges|reports|criticism)\b/i.test(a.folded.slice(content.start, content.end)) && next?.form === "finite") {
      lead = { act: cue.act, start: cue.start, contentStart: content.start };
      continue;
    }
    // "She stated this in response to a question ...": the statement is elsewhere.
    // "Kirby, however, denied this": a denial or rejection of "this" is a statement all the same.
    const elsewhere = /^(this|so)(\s+(in|as|at|on|to|for|during)\b|$)/i.test(a.folded.slice(content.start, content.end)) && (cue.neutral || !/^(this)$/i.test(a.folded.slice(content.start, content.end)));
    if (content.end - content.start < 4 || elsewhere) continue;
    const statedAt = dates.find((d) => !(d.span.start >= content.start && d.span.end <= content.end) && !contents.some((c) => d.span.start >= c.start && d.span.end <= c.end)) ?? previous?.statedAt;
    const pieces = splitCompound(a.folded, content, cue.neutral ? "ASSERT" : cue.act);
    const nested = findNested(a.folded, content, a.mentions);
    let firstTarget: AboutActor | undefined;
    const madeHere: number[] = [];
    pieces.forEach((piece, k) => {
      const framed = k === 0 ? lead : undefined;
      const act = framed && cue.neutral ? framed.act : cue.neutral ? actFromContent(a.folded.slice(piece.start, piece.end), "ASSERT") : cueAct(cue, a.folded.slice(piece.start, piece.end));
      const hedge = cue.hedge ?? HEDGE_WORDS.exec(a.folded.slice(piece.start, piece.end))?.[0];
      const spanStart = k > 0 ? piece.start : inverted ? s.start : Math.min(framed?.start ?? Infinity, override?.start ?? Infinity, antecedent?.start ?? Infinity, np && np.start < cue.start ? np.start : cue.start, piece.start);
      // "reiterated Pakistan's demands ..., seeking strong action ...": the same demand, said on.
      if (k === 0 && cue.form === "participle" && previous?.index !== undefined && previous.id === who!.id && previous.act === act) {
        extend(previous.index, piece);
        return;
      }
      const aboutSpan = k === 0 && (antecedent || framed) ? { start: framed?.contentStart ?? antecedent!.start, end: piece.end } : piece;
      const index = emit(
        { span: { start: spanStart, end: piece.end }, content: aboutSpan, claimantId: who!.id, cue: { start: cue.start, end: cue.end }, speechAct: act, via, confidence: who!.confidence * (cue.neutral ? 0.9 : 1), ...(hedge ? { hedge } : {}), ...(statedAt ? { statedAt } : {}) },
        [...nested.filter((n) => n.span.start >= piece.start && n.span.end <= piece.end).map((n) => n.content), ...(np ? [np] : [])],
      );
      madeHere.push(index);
      // "accused the Afghan rulers of arming X and allowing Y": the second accusation has the same target.
      const made = claims[index]!;
      if (k === 0) firstTarget = made.about.find((x) => x.role === "TARGET");
      else if (act === "ACCUSE" && firstTarget && !made.about.some((x) => x.actorId === firstTarget!.actorId)) made.about.unshift(firstTarget);
      for (const n of nested.filter((x) => x.span.start >= piece.start && x.span.start < piece.end)) emitNested(a, n, via, emit, index);
      // "The United Nations and Pakistan have condemned ...": the other named subject says it too.
      for (const other of speakersPhrase ? coSpeakers(a, speakersPhrase, who!.id) : []) emit({ ...made, claimantId: other }, [speakersPhrase!]);
    });
    // One's own office or organisation giving one's words ("the ministry said Muttaqi told ...") passes them on;
    // a third party reporting them ("Sharif said the council demanded ...") makes a statement of its own.
    // "The news agency further reported that Akhunzada highlighted ...": an outlet reporting a statement passes it on too.
    const related = reporter && (sameBody(who.id, reporter.who.id, a.actors) || a.actors.get(reporter.who.id)?.kind === "MEDIA");
    if (reporter && related) for (const k of madeHere) claims[k]!.via = [reporter.who.id, ...claims[k]!.via.filter((v) => v !== reporter!.who.id)];
    else if (reporter && np) {
      const end = pieces[pieces.length - 1]!.end;
      // "X and Y said the council demanded ...": each reports it.
      const reporters = [reporter.who.id, ...(reporter.subject ? coSpeakers(a, reporter.subject, reporter.who.id) : [])];
      const outers = reporters.map((id) => emit({ span: { start: reporter!.start, end }, content: { start: np!.start, end }, claimantId: id, cue: reporter!.cue, speechAct: "ASSERT", via, confidence: reporter!.who.confidence * 0.9, ...(statedAt ? { statedAt } : {}) }, reporter!.subject ? [reporter!.subject] : []));
      for (const k of madeHere) if (claims[k]!.parent === undefined) claims[k]!.parent = outers[0];
      // The report is about the party whose statement it gives, however that party is named.
      for (const index of outers) {
        const outer = claims[index]!;
        if (reporters.includes(outer.claimantId) && !outer.about.some((x) => x.actorId === who.id)) outer.about.unshift({ actorId: who.id, role: "SUBJECT" });
      }
    }
    reporter = undefined;
    contents.push(content);
    resolver.spoke(who.id);
    override = undefined;
    lead = undefined;
    const lastIndex = claims.length - 1;
    previous = { ...who, ...(statedAt ? { statedAt } : {}), ...(speakersPhrase ? { subject: speakersPhrase } : {}), ...(lastIndex >= 0 && claims[lastIndex]!.claimantId === who.id ? { index: lastIndex, act: claims[lastIndex]!.speechAct } : {}) };
  }
  // Statements reported by a noun outside any claim: "Baloch also addressed Washington's claims that ...".
  for (const n of findNested(a.folded, s, a.mentions)) {
    if (free(n.span) && !contents.some((c) => n.span.start >= c.start && n.span.start < c.end)) emitNested(a, n, via, emit);
  }
  reportsThat(a, s, via, resolver, emit, free, contents);
  if (!claims.some((c) => c.span.start >= s.start && c.span.start < s.end)) reactionsFrom(a, s, via, resolver, emit, free);

  const sourceOnly = cues.length === 0 || onlySourceSays(a.folded.slice(s.start, s.end), cues.map((c) => c.start - s.start));
  if (sourceOnly && !claims.some((c) => c.span.start >= s.start && c.span.start < s.end)) accordingTo(a, s, via, resolver, emit, free);
}

/**
 * "X has urged Y to act, but the Taliban leadership in Kabul has appeared to ignore these demands, denying
 * that ...": a participle after a clause of its own goes with that clause's subject.
 */
const LAST_CLAUSE = /[,;]\s*(?:but|while|whereas|yet)\s+((?:the\s+)?[^,;]{2,60}?)\s+(?:has|have|had|is|are|was|were|appears?|appeared|seems?|seemed|continues?|continued|refused|did|does|do)\b[^,;]*,\s*$/i;

function clauseSubject(folded: string, from: number, cue: number): Span | undefined {
  const m = LAST_CLAUSE.exec(folded.slice(from, cue));
  if (!m) return undefined;
  const start = from + m.index + m[0].indexOf(m[1]!, m[0].search(/\s(?:but|while|whereas|yet)\s/i));
  return { start, end: start + m[1]!.length };
}

/**
 * "The Taliban-led government has ordered the shutdown of the crossing, accusing Islamabad of ...": a participle
 * after a sentence's one clause goes with that clause's subject ("UNAMA gave a higher figure, saying ..."), when
 * nothing said before it speaks. A dateline ("Kabul, Feb 20:") or an opening adverb ("Meanwhile, ...") is not part
 * of the subject.
 */
const FIRST_CLAUSE = /^(?:[\p{L} .]+,\s*[\p{L}]+\s+\d{1,2}\s*:\s*)?(?:(?:meanwhile|however|separately|earlier|later|moreover|furthermore|in addition),\s*)?((?:the\s+)?[^,;:]{2,70}?)(?:\s+(?:also|then|later|further|again))?\s+(?:has|have|had|is|are|was|were|gave|made|took|held|sent|put|[a-z]{3,}ed)\b[^;]*,\s*$/iu;

function actorSubject(folded: string, from: number, cue: number): Span | undefined {
  const m = FIRST_CLAUSE.exec(folded.slice(from, cue));
  if (!m) return undefined;
  const start = from + m[0].indexOf(m[1]!);
  return { start, end: start + m[1]!.length };
}

/**
 * A sentence's subject and a past-tense verb with its object, joined by "and" to the cue: "Hong greeted X and". An
 * opening phrase of occasion and a description before the name may come first: "In a message on Eid, the leader
 * of the IE, Sheikh Hibatullah Akhundzada congratulated the people and said".
 */
const SHARED_SUBJECT = /^((?:(?:[Ii]n|[Oo]n|[Aa]t|[Dd]uring|[Aa]fter|[Ff]ollowing|[Ss]peaking|[Aa]ddressing)\s[^,;:]{2,120},\s*)?(?:[Tt]he\s+[^,;:"“”]{2,60},\s*)?)((?:the\s+)?[\p{L}'’. -]{2,60}?)\s+(?:has\s+|have\s+|had\s+)?[a-z]{3,}ed\b[^,;:"“”]*\s+and\s+(?:also\s+)?$/u;

function predicateSubject(folded: string, from: number, cue: number): Span | undefined {
  const m = SHARED_SUBJECT.exec(folded.slice(from, cue));
  return m ? { start: from + m[1]!.length, end: from + m[1]!.length + m[2]!.length } : undefined;
}

/**
 * "..., the FO issued a statement shortly after the attack, demanding ...", "issued a clarification, saying",
 * "submitted its proposals on the subject, emphasising": the participle is the issuer's.
 */
const ISSUED = /([^,;]{2,60}?)\s+(?:issued|released|put out|submitted|presented)\s+(?:a|an|its|their)\s+(?:[a-z]+\s+)?(?:statement|communique|press release|readout|clarification|proposals|recommendations|reply|response)\b[^;]*,\s*$/i;

/**
 * The same with the participle right after the document: "... issued a fatwa (religious decree) denouncing", "India
 * issued the notice to Pakistan on January 25 seeking".
 */
const ISSUED_JUST_BEFORE = new RegExp(String.raw`^(?:[\p{L} ]{2,30}:\s*)?([^,;:]{2,80}?)\s+(?:issued|released|put out|sent)\s+(?:a|an|its|the)\s+(?:[a-z-]+\s+)?(?:${ISSUED_DOCUMENTS}|declaration|notice|letter)(?:\s*\([^)]*\))?(?:\s+to\s+[\p{L}' ]{2,40}?)?(?:\s+on\s+[\p{L}\d ]{2,20}?)?\s+$`, "iu");

/**
 * A writer, an apposition in commas, and a letter to someone: "35 Congress members, led by X, have written a letter to
 * Y"; "Ahead of the first meeting, India sent a letter in December 2022 to Y".
 */
const WROTE_TO = /^(?:[\p{L} ]{2,30}:\s*)?(?:(?:ahead\s+of|after|before|during|in|on|earlier|later|meanwhile)\b[^,;:]{0,50},\s*)?([^,;:]{2,80}?)(?:,[^,;:]{2,80},)?\s+(?:(?:has|have|had)\s+)?(?:written|wrote|sent|addressed)\s+(?:a|an|its|their|his|her|the)\s+(?:[a-z-]+\s+)?(?:letter|message|note|memorandum|petition)\s+(?:(?:in|on|dated)\s+[^,;]{2,30}?\s+)?to\s+[^,;]{2,120}?\s+$/iu;

function issuerSubject(folded: string, from: number, cue: number): Span | undefined {
  const m = ISSUED.exec(folded.slice(from, cue));
  if (!m) return undefined;
  const lead = m[1]!.length - m[1]!.trimStart().length;
  const start = from + m.index + lead;
  return { start, end: from + m.index + m[1]!.length };
}

/** The phrase between "with" and a participle: "with the Islamic State – Khorasan Province (IS-KP) claiming". */
function withAgent(a: ArticleText, s: Sentence, before: string): Span {
  const m = WITH_AGENT.exec(before)!;
  const start = s.start + m.index + m[0].indexOf(m[1]!);
  return { start, end: start + m[1]!.length };
}

/**
 * "the comments made by the OIC, which expressed unease about ...": the actor a relative clause hangs on speaks in
 * it, when it is named right before the comma.
 */
function relativeAntecedent(a: ArticleText, s: Sentence, cue: Cue): Span | undefined {
  const before = a.folded.slice(s.start, cue.start);
  const rel = /,\s*(?:which|who)\s+(?:also\s+|has\s+|have\s+|had\s+)?$/i.exec(before);
  if (!rel) return undefined;
  const comma = s.start + rel.index;
  const named = a.mentions.filter((m) => m.type === "Actor" && m.span.end <= comma && m.span.start >= s.start).pop();
  return named && /^\s*(?:\(\p{Lu}[\p{L}.-]{1,15}\)|\))?\s*$/u.test(a.folded.slice(named.span.end, comma)) ? named.span : undefined;
}

/** Whether two actors are one body or parts of one, short of a whole state: a ministry and its minister. */
function sameBody(x: string, y: string, actors: Map<string, ActorInput>): boolean {
  const lineage = (id: string) => new Set([id, ...ancestorsOf(id, actors)].filter((a) => actors.get(a)?.kind !== "STATE"));
  const ys = lineage(y);
  return [...lineage(x)].some((a) => ys.has(a));
}

/**
 * "Citing the state-run Qatar News Agency, Al-Jazeera reported that ...": the agency cited speaks, through the outlet.
 * Returns the agency's span and where the outlet's reporting verb starts.
 */
function agencyCitedFirst(a: ArticleText, s: Sentence): { span: Span; verbAt: number } | undefined {
  const m = CITED_FIRST.exec(a.folded.slice(s.start, s.end));
  if (!m) return undefined;
  const start = s.start + m.index + m[0].indexOf(m[1]!);
  return { span: { start, end: start + m[1]!.length }, verbAt: s.start + m.index + m[0].length };
}
