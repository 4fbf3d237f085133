// YAML parsing that remembers where each value came from, so every template error names its line.
import { LineCounter, parseDocument, isMap, isSeq, isPair, isScalar, visit, type Node } from 'yaml';
import { inputError } from '../errors.js';
import type { YamlWhere } from './where.js';

export interface ParsedYaml {
  value: unknown;
  where: YamlWhere;
}

export function parseYaml(text: string, file: string): ParsedYaml {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const line = counter.linePos(error.pos[0]).line;
    throw inputError(file, line, `malformed YAML: ${error.message.split('\n')[0]}`);
  }
  const where: YamlWhere = {
    file,
    line(path) {
      let node: unknown = doc.contents;
      let offset: number | undefined = (doc.contents as Node | null)?.range?.[0];
      for (const step of path) {
        if (isMap(node)) {
          const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === step);
          if (!pair) break;
          offset = (pair.key as Node).range?.[0] ?? offset;
          node = pair.value;
        } else if (isSeq(node) && typeof step === 'number') {
          const item = node.items[step] as Node | undefined;
          if (!item) break;
          offset = item.range?.[0] ?? offset;
          node = item;
        } else break;
      }
      return offset === undefined ? undefined : counter.linePos(offset).line;
    },
  };
  keepNumbersAsWritten(doc);
  return { value: doc.toJS({ maxAliasCount: 100 }), where };
}

// Lists that nuclei decodes into Go strings: Go keeps a scalar's text, so `words: [0644]` means "0644", not 644.
const STRING_LISTS = new Set(['words', 'regex', 'dsl', 'binary', 'kval', 'json', 'engine', 'args', 'reference', 'tags', 'author']);

function keepNumbersAsWritten(doc: ReturnType<typeof parseDocument>): void {
  visit(doc, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || !STRING_LISTS.has(String(pair.key.value)) || !isSeq(pair.value)) return;
      for (const item of pair.value.items) {
        if (isScalar(item) && typeof item.value === 'number' && typeof item.source === 'string') item.value = item.source;
      }
    },
  });
}
