// YAML parsing that remembers where each value came from, so every template error names its line.
import { LineCounter, parseDocument, isMap, isSeq, isPair, isScalar, type Node } from 'yaml';
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
  return { value: doc.toJS({ maxAliasCount: 100 }), where };
}
