// "Mawlawi Mohammad Yaqoob Mujahid said ... Mujahid added ... Taliban spokesperson Zabihullah Mujahid said":
// a bare surname that two people named in full in the article share stands for the one named last before it.
import type { ActorInput } from "../format/annotation.schema.js";
import type { Mention } from "./gazetteer.js";

const surnameOf = (m: Mention) => m.surface.trim().split(/\s+/).pop()!;

export function surnamesByRecency(mentions: Mention[], actors: Map<string, ActorInput>): Mention[] {
  const isPerson = (m: Mention) => m.type === "Actor" && actors.get(m.id)?.kind === "PERSON";
  const full = mentions.filter((m) => isPerson(m) && /\s/.test(m.surface.trim()));
  return mentions.map((m) => {
    if (!isPerson(m) || /\s/.test(m.surface.trim())) return m;
    const named = full.filter((f) => surnameOf(f) === m.surface.trim());
    if (new Set(named.map((f) => f.id)).size < 2) return m;
    const last = named.filter((f) => f.span.end <= m.span.start).pop();
    return last && last.id !== m.id ? { ...m, id: last.id } : m;
  });
}
