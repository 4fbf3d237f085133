// Extractors (nuclei's MakeDefaultExtractFunc): each returns its distinct values in the order found
// (nuclei keeps them in a Go map, so its order is unspecified; first-found order is deterministic).
import { fromText, goToLower, toText } from './bytes.js';
import { DslError, evaluateDsl, sprint, toGoString, type Data, type Value } from './dsl.js';
import type { CompiledExtractor } from './operators.js';
import { jqValues } from './jq.js';
import { goFindAllSubmatch } from './regex.js';

export function runExtractor(e: CompiledExtractor, data: Data): string[] {
  const found = new Set<string>();
  switch (e.type) {
    case 'regex': {
      if (!Object.hasOwn(data, e.part)) return [];
      const corpus = toGoString(data[e.part]);
      for (const regex of e.regexes) {
        // A group the regex does not have yields nothing; a group that did not take part yields ''.
        if (regex.names.length < e.group + 1) continue;
        for (const m of goFindAllSubmatch(regex, corpus)) found.add(m[e.group] ?? '');
      }
      break;
    }
    case 'json': {
      if (!Object.hasOwn(data, e.part)) return [];
      // JSON is text: a bad byte reads as U+FFFD, as Go's decoder reads it.
      const corpus = toText(toGoString(data[e.part]));
      for (const query of e.queries) for (const v of jqValues(query, corpus)) found.add(fromText(v));
      break;
    }
    case 'kval': {
      const source: Record<string, Value> = Object.create(null) as Record<string, Value>;
      for (const [k, v] of Object.entries(data)) {
        if (e.caseInsensitive) source[toText(goToLower(fromText(k)))] = typeof v === 'string' ? goToLower(v) : v;
        else source[k] = v;
      }
      for (const key of e.keys) if (Object.hasOwn(source, key)) found.add(toGoString(source[key] ?? null));
      break;
    }
    case 'dsl':
      for (const expr of e.dsl) {
        let result: Value;
        try {
          result = evaluateDsl(expr, data);
        } catch (err) {
          if (!(err instanceof DslError)) throw err;
          // A missing variable skips this expression; any other error stops the extractor.
          if (err.message.startsWith('No parameter')) continue;
          return [...found];
        }
        if (result === null) continue;
        const text = sprint(result);
        if (text !== '') found.add(text);
      }
      break;
  }
  return [...found];
}
