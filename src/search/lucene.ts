// User text goes into a Lucene query string, where many characters and the upper-case words AND, OR
// and NOT are syntax. Escaping them all makes any input a plain list of words (matched with OR and
// ranked), so no input can fail to parse or turn into a wildcard, fuzzy, range or field query.
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/<>=]/g;
const OPERATORS = /\b(AND|OR|NOT|TO)\b/g;

export function escapeLucene(text: string): string {
  // Lower-case operator words: the analyzers lower-case terms anyway, so matching is unchanged.
  return text.replace(SPECIAL, "\\$&").replace(OPERATORS, (word) => word.toLowerCase());
}
