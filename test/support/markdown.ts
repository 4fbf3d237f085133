// Checks a job summary the way GitHub will read it: GitHub-flavoured Markdown (marked's lexer) whose tables keep their
// columns, whose only HTML is fleetprobe's own tags, balanced, and whose Mermaid blocks parse (@mermaid-js/parser).
import { parse as parseMermaid } from '@mermaid-js/parser';
import { marked, type Token, type Tokens } from 'marked';

const OWN_TAGS = new Set(['details', 'summary', 'pre', 'code']);

export async function markdownProblems(md: string): Promise<string[]> {
  const problems: string[] = [];
  const tokens: Token[] = [];
  void marked.walkTokens(marked.lexer(md), (t) => void tokens.push(t));
  for (const t of tokens) {
    if (t.type === 'table') {
      const lines = (t as Tokens.Table).raw.trimEnd().split('\n');
      const cells = lines.map((l) => l.split('|').length);
      if (new Set(cells).size !== 1) problems.push(`table with rows of different widths: ${lines.find((_, i) => cells[i] !== cells[0])}`);
    }
    if (t.type === 'code' && (t as Tokens.Code).lang === 'mermaid') {
      try {
        const chart = await parseMermaid('pie', (t as Tokens.Code).text);
        if (chart.sections.length === 0) problems.push('a Mermaid pie without slices');
      } catch (e) {
        problems.push(`Mermaid: ${(e as Error).message.split('\n')[0]}`);
      }
    }
  }
  // Outside code blocks and spans, every tag is one of ours, and each is closed.
  const prose = md.replace(/```[\s\S]*?```/g, '');
  const counts = new Map<string, number>();
  for (const m of prose.matchAll(/<(\/?)([a-zA-Z][\w-]*)/g)) {
    const tag = m[2]!.toLowerCase();
    if (!OWN_TAGS.has(tag)) {
      problems.push(`HTML that is not fleetprobe's: ${m[0]}`);
      continue;
    }
    counts.set(tag, (counts.get(tag) ?? 0) + (m[1] ? -1 : 1));
  }
  for (const [tag, open] of counts) if (open !== 0) problems.push(`<${tag}> opened ${open > 0 ? 'more' : 'fewer'} times than closed`);
  return problems;
}
