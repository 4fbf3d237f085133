// The README documents exactly the inputs the code reads (with their defaults) and the outputs action.yml declares.
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { INPUTS } from '../../src/options.js';
import { OUTPUTS } from '../../src/report/outputs.js';

/** First two cells of each row of the table under `## <heading>`. */
async function table(heading: string): Promise<[string, string][]> {
  const doc = await readFile('README.md', 'utf8');
  const section = doc.split(`\n## ${heading}\n`)[1]!.split('\n## ')[0]!;
  return section
    .split('\n')
    .filter((l) => /^\| `/.test(l))
    .map((l) => l.split('|').slice(1, 3).map((c) => c.trim()) as [string, string]);
}

describe('README.md', () => {
  it('lists every input once, with the default the code applies', async () => {
    const rows = await table('Inputs');
    expect(rows.map(([name]) => name)).toEqual(INPUTS.map((i) => `\`${i.name}\``));
    for (const input of INPUTS) {
      const [, shown] = rows.find(([name]) => name === `\`${input.name}\``)!;
      if (input.default !== undefined) expect(shown, input.name).toBe(`\`${input.default}\``);
    }
  });

  it('the SSM inputs table names only inputs, with the defaults the code applies', async () => {
    const doc = await readFile('README.md', 'utf8');
    const section = doc.split('\n### SSM inputs in detail\n')[1]!.split(/\n#{2,} /)[0]!;
    const rows = section.split('\n').filter((l) => /^\| `/.test(l)).map((l) => l.split('|').slice(1, 3).map((c) => c.trim()));
    expect(rows.length).toBeGreaterThan(5);
    for (const [name, shown] of rows) {
      const input = INPUTS.find((i) => `\`${i.name}\`` === name);
      expect(input, name).toBeDefined();
      if (input!.default !== undefined) expect(shown, name).toBe(`\`${input!.default}\``);
    }
  });

  it('lists the outputs the code sets, as action.yml declares them, with the same descriptions', async () => {
    const meta = parse(await readFile('action.yml', 'utf8')) as { outputs: Record<string, { description: string }> };
    const rows = await table('Outputs');
    expect(rows.map(([name]) => name.replaceAll('`', ''))).toEqual(Object.keys(OUTPUTS));
    expect(Object.keys(meta.outputs)).toEqual(Object.keys(OUTPUTS));
    for (const [name, description] of Object.entries(OUTPUTS)) {
      expect(meta.outputs[name]!.description, name).toBe(description);
      expect(rows.find(([n]) => n === `\`${name}\``)![1], name).toBe(description);
    }
  });
});
