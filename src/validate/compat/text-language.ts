// The texts a pattern and length bounds accept, as a finite automaton (refa), so that containment of
// two such languages is decided exactly: L(new) ⊆ L(old) iff L(new) ∩ complement(L(old)) is empty, and
// when it is not, its shortest words are witnesses. Patterns are unanchored (RE2's find, as the
// validator runs them): the language of /p/ is every text with a match somewhere. Undecided (undefined) when a pattern
// uses syntax JavaScript's regular expressions lack (RE2's \x{e9}, (?P<name>…)) or the automaton grows too big.
import { DFA, getIntersectionWordSets, JS, NFA, transform, Transformers, Words } from 'refa';

/** States an automaton may have: enough for any pattern a schema holds, and quick to give up on others. */
const MAX_NODES = 20_000;

export interface TextConstraints {
  pattern?: string;
  minLength?: number;
  maxLength?: number;
}

/** The automaton of a regular expression's whole-text matches. */
function automaton(source: string): DFA {
  const { expression, maxCharacter } = JS.Parser.fromLiteral({ source, flags: 'u' }).parse({ maxNodes: MAX_NODES });
  const simplified = transform(Transformers.patternEdgeAssertions({ remove: true }), transform(Transformers.simplify(), expression));
  const dfa = DFA.fromFA(NFA.fromRegex(simplified, { maxCharacter }, {}, new NFA.LimitedNodeFactory(MAX_NODES)), new DFA.LimitedNodeFactory(MAX_NODES));
  dfa.minimize();
  return dfa;
}

/** The automaton of the texts that match the pattern and have a length within the bounds. */
function language(c: TextConstraints): DFA {
  const lengths = automaton(`[^]{${c.minLength ?? 0},${c.maxLength ?? ''}}`);
  if (c.pattern === undefined) return lengths;
  return DFA.fromIntersection(automaton(`[^]*(?:${c.pattern})[^]*`), lengths, new DFA.LimitedNodeFactory(MAX_NODES));
}

/**
 * Whether every text the new constraints accept is accepted by the old ones: `words` empty when so,
 * else up to `max` shortest texts that the new accept and the old do not; undefined when undecided.
 */
export function textContainment(after: TextConstraints, before: TextConstraints, max = 20): { words: string[] } | undefined {
  try {
    const rejected = language(before);
    rejected.complement();
    const words: string[] = [];
    for (const set of getIntersectionWordSets(language(after), rejected, MAX_NODES)) {
      words.push(Words.fromUnicodeToString(Words.pickMostReadableWord(set)));
      if (words.length >= max) break;
    }
    return { words };
  } catch {
    return undefined;
  }
}
