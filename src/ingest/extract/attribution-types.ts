// Shapes shared by the attribution modules.
import type { ActorInput } from "../format/annotation.schema.js";
import type { SpeechAct } from "../format/enums.js";
import type { AboutActor } from "./about.js";
import type { TimeExpression } from "./dates.js";
import type { Mention } from "./gazetteer.js";
import type { GroupMention } from "./groups.js";
import type { Sentence } from "./sentences.js";
import type { Span } from "./text.js";

export interface RawClaim {
  span: Span;
  content: Span;
  claimantId: string;
  /** Where the cue is; index.ts slices it from the original text. */
  cue: Span;
  speechAct: SpeechAct;
  via: string[];
  about: AboutActor[];
  hedge?: string;
  statedAt?: TimeExpression;
  parent?: number;
  confidence: number;
}

export interface ArticleText {
  folded: string;
  sentences: Sentence[];
  paragraphs: Span[];
  mentions: Mention[];
  weak: Mention[];
  actors: Map<string, ActorInput>;
  dates: TimeExpression[];
  /** Publication date (YYYY-MM-DD), for what "Kabul" stands for. */
  date?: string;
  /** People named by what they are ("the protesters"), which claims may be about. */
  groups?: GroupMention[];
}

export type Emit = (c: Omit<RawClaim, "about">, exclude?: Span[]) => number;
export type Extend = (index: number, piece: Span) => void;
