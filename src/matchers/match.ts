// One small function per matcher type, each returning whether it matched and the snippets that
// matched (nuclei's MatchWords/MatchRegex/MatchBinary/MatchDSL), then the dispatch that picks the
// part, treats a missing part as false before `negative`, and applies `negative`. Corpora and
// words are Go strings (bytes.ts).
import { goToLower } from './bytes.js';
import { DslError, DslRenderError, evaluateDsl, toGoString, type Data } from './dsl.js';
import { SNIPPETS_TRIED } from './evidence.js';
import type { CompiledMatcher } from './operators.js';
import { goFindAll } from './regex.js';

export interface MatchResult {
  matched: boolean;
  snippets: string[];
}

const NO: MatchResult = { matched: false, snippets: [] };

type Of<T extends CompiledMatcher['type']> = Extract<CompiledMatcher, { type: T }>;

export function matchWords(m: Of<'word'>, input: string): MatchResult {
  const corpus = m.caseInsensitive ? goToLower(input) : input;
  const found: string[] = [];
  for (const [i, w] of m.words.entries()) {
    // A word whose `{{…}}` failed to render fails an `and`, and is used as written under `or`.
    if (w.rendered === undefined && m.condition === 'and') return NO;
    const word = w.rendered ?? w.word;
    if (!corpus.includes(word)) {
      if (m.condition === 'and') return NO;
      continue;
    }
    if (m.condition === 'or' && !m.matchAll) return { matched: true, snippets: [word] };
    found.push(word);
    if (i === m.words.length - 1 && !m.matchAll) return { matched: true, snippets: found };
  }
  return found.length > 0 && m.matchAll ? { matched: true, snippets: found } : NO;
}

/**
 * nuclei's literal-prefix shortcut applies only to wholly literal patterns (LiteralPrefix's `complete`),
 * where skipping one whose text is absent cannot change the result, so it is not reproduced. Snippets
 * only feed the evidence line, which reads the first SNIPPETS_TRIED: each regex gives at most that
 * many of nuclei's matches, so a host cannot make a matcher search a million times.
 */
export function matchRegex(m: Of<'regex'>, corpus: string): MatchResult {
  const found: string[] = [];
  for (const [i, regex] of m.regexes.entries()) {
    if (m.condition === 'or' && !m.matchAll) {
      const first = goFindAll(regex, corpus, 1)[0];
      if (first === undefined) continue;
      return { matched: true, snippets: [first] };
    }
    const all = goFindAll(regex, corpus, SNIPPETS_TRIED);
    if (all.length === 0) {
      if (m.condition === 'and') return NO;
      continue;
    }
    found.push(...all);
    if (i === m.regexes.length - 1 && !m.matchAll) return { matched: true, snippets: found };
  }
  return found.length > 0 && m.matchAll ? { matched: true, snippets: found } : NO;
}

export function matchBinary(m: Of<'binary'>, corpus: string): MatchResult {
  const found: string[] = [];
  for (const [i, needle] of m.binary.entries()) {
    if (!corpus.includes(needle)) {
      if (m.condition === 'and') return NO;
      continue;
    }
    if (m.condition === 'or') return { matched: true, snippets: [needle] };
    found.push(needle);
    if (i === m.binary.length - 1) return { matched: true, snippets: found };
  }
  return NO;
}

export function matchSize(m: Of<'size'>, corpus: string): MatchResult {
  return { matched: m.sizes.includes(corpus.length), snippets: [] };
}

/**
 * Each expression must yield a bool. An evaluation error fails an `and` and is skipped under `or`
 * (a missing variable is such an error); a failing `{{…}}` marker fails the matcher outright.
 */
export function matchDsl(m: Of<'dsl'>, data: Data): boolean {
  for (const [i, expr] of m.dsl.entries()) {
    let result;
    try {
      result = evaluateDsl(expr, data);
    } catch (err) {
      if (err instanceof DslRenderError) return false;
      if (!(err instanceof DslError)) throw err;
      if (m.condition === 'and') return false;
      continue;
    }
    if (typeof result !== 'boolean') continue;
    if (!result) {
      if (m.condition === 'and') return false;
      continue;
    }
    if (m.condition === 'or') return true;
    if (i === m.dsl.length - 1) return true;
  }
  return false;
}

/** nuclei's MakeDefaultMatchFunc for code requests. */
export function runMatcher(m: CompiledMatcher, data: Data): MatchResult {
  if (m.type === 'dsl') return applyNegative(m, { matched: matchDsl(m, data), snippets: [] });
  if (!Object.hasOwn(data, m.part)) return NO;
  const corpus = toGoString(data[m.part]);
  switch (m.type) {
    case 'word':
      return applyNegative(m, matchWords(m, corpus));
    case 'regex':
      return applyNegative(m, matchRegex(m, corpus));
    case 'binary':
      return applyNegative(m, matchBinary(m, corpus));
    case 'size':
      return applyNegative(m, matchSize(m, corpus));
  }
}

function applyNegative(m: CompiledMatcher, r: MatchResult): MatchResult {
  return m.negative ? { matched: !r.matched, snippets: [] } : r;
}
