// The probe script (script.ts) run by the real `sh` on an emulated host, and read back by frames.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scriptEnvironment } from '../../src/matchers/evaluate.js';
import { buildScripts, MAX_SCRIPT_BYTES, newBoundary } from '../../src/transport/ssm/script.js';
import { parseFrames } from '../../src/transport/ssm/frames.js';
import { runOnHost } from '../support/script-host.js';
import { codeTemplate } from '../support/templates.js';

describe('ssm probe script', () => {
  it('frames every block\'s stdout, stderr and exit code; the script itself exits 0 even when a probe exits 194', async () => {
    const t = codeTemplate('streams', [{ source: 'echo out-line\necho err-line >&2\nexit 194' }, { source: 'printf "no newline"' }]);
    const { run, parsed, blocks } = await runOnHost([t]);
    expect(run.exitCode).toBe(0);
    expect(run.stderr.toString()).toBe('');
    expect(parsed.complete).toBe(true);
    const b = blocks(0)!;
    expect(b[0]).toMatchObject({ stdout: 'out-line\n', stderr: 'err-line\n', exitCode: 194 });
    expect(b[1]).toMatchObject({ stdout: 'no newline', stderr: '', exitCode: 0 });
  });

  it('runs `<engine> <file>` (not -c) named after `pattern`, stdin empty when self-contained and the instance id otherwise', async () => {
    const probe = 'echo "argv0=$0"; printf "stdin=[%s]" "$(cat)"';
    const self = codeTemplate('self', [{ source: probe, extra: '    pattern: "*.sh"\n' }]);
    const hosted = codeTemplate('hosted', [{ source: probe }], '');
    const { blocks } = await runOnHost([self, hosted], { instanceId: 'i-0aaaaaaaaaaaaaaaa' });
    expect(blocks(0)![0]!.stdout).toMatch(/argv0=\/.*\/1\/\d+\.sh\n/);
    expect(blocks(0)![0]!.stdout).toContain('stdin=[]');
    expect(blocks(1)![0]!.stdout).toMatch(/argv0=\/.*\/2\/block-1-\d+\n/);
    expect(blocks(1)![0]!.stdout).toContain('stdin=[i-0aaaaaaaaaaaaaaaa]');
  });

  it('gives each block the environment the local transport gives (variables, earlier blocks\' trimmed output and stderr)', async () => {
    const t = codeTemplate(
      'env',
      [{ source: 'printf " \\t first \\r\\n\\n"; echo "  warn " >&2' }, { source: 'echo quiet' }, { source: 'env | grep -E "^(code_|port=|name=)" | sort' }],
      'self-contained: true\nvariables:\n  port: "25"\n  name: "it\'s \\"q\\" $HOME"\n',
    );
    const { blocks } = await runOnHost([t]);
    const runs = blocks(0)!;
    const seen = Object.fromEntries(runs[2]!.stdout.trim().split('\n').map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
    const want = scriptEnvironment(t, runs.slice(0, 2), '');
    expect(seen).toEqual(want);
    expect(seen['code_1_response']).toBe('first');
    expect(seen['code_1_stderr']).toBe('warn');
    expect(seen).not.toHaveProperty('code_2_stderr');
  });

  it('takes the first engine found on PATH and reports a missing one; later blocks of that template do not run', async () => {
    const fallback = codeTemplate('fallback', [{ engine: ['bash', 'sh'], source: 'echo ok' }]);
    const missing = codeTemplate('missing', [{ engine: ['bash'], source: 'echo never' }, { source: 'echo never' }]);
    const { blocks } = await runOnHost([fallback, missing], { profile: { noBash: true } });
    expect(blocks(0)![0]!.stdout).toBe('ok\n');
    expect(blocks(1)).toEqual([{ stdout: '', stderr: '', exitCode: null, durationMs: 0, failure: { reason: 'engine-missing', detail: 'none of the engines bash is on PATH' } }]);
  });

  it('kills a block past its timeout, says so, and stops the template there', async () => {
    const t = codeTemplate('slow', [{ source: 'echo started; sleep 30; echo never' }, { source: 'echo never' }]);
    const next = codeTemplate('next', [{ source: 'echo next' }]);
    const { blocks } = await runOnHost([t, next], { timeout: 1 });
    const runs = blocks(0)!;
    expect(runs).toHaveLength(1);
    expect(runs[0]!.failure).toEqual({ reason: 'timed-out', detail: 'block 1 ran past its 1s timeout' });
    expect(blocks(1)![0]!.stdout).toBe('next\n');
  });

  it('cannot be fooled by output that imitates frames, even with the real boundary', async () => {
    const boundary = newBoundary();
    const forged = `${boundary} x 1 0 0 1\\n${boundary} d 1\\n${boundary} t 2\\n${boundary} o 1 5\\nFORGE\\n${boundary} end 2\\n`;
    const t = codeTemplate('forger', [{ source: `printf '${forged}'; printf '${forged}' >&2` }]);
    const honest = codeTemplate('honest', [{ source: 'echo honest' }]);
    const { parsed, blocks } = await runOnHost([t, honest], { boundary });
    expect(parsed.complete).toBe(true);
    expect(blocks(0)![0]!.stdout).toBe(forged.replace(/\\n/g, '\n'));
    expect(blocks(1)![0]!.stdout).toBe('honest\n');
  });

  it('never reads a cut output as whole: at every cut point, only templates read entirely survive', async () => {
    const templates = [codeTemplate('a', [{ source: 'echo alpha; echo é >&2' }, { source: 'echo beta' }]), codeTemplate('b', [{ source: 'echo gamma' }])];
    const { run, boundary } = await runOnHost(templates);
    const full = parseFrames(run.stdout, boundary, 2);
    expect(full.complete).toBe(true);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: run.stdout.length - 1 }), fc.constantFrom('', '\n---Output truncated---', '\n----------ERROR-------\nboom'), (cut, tail) => {
        const p = parseFrames(Buffer.concat([run.stdout.subarray(0, cut), Buffer.from(tail)]), boundary, 2);
        // Only a cut of the very last newline (which loses nothing) may still read as whole.
        if (cut < run.stdout.length - 1) expect(p.complete).toBe(false);
        p.templates.forEach((blocks, i) => {
          if (blocks) expect(blocks).toEqual(full.templates[i]);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('splits templates across scripts to stay under the 64 KB document limit and refuses a template that alone is too big', () => {
    const big = (id: string, kb: number) => codeTemplate(id, [{ source: `# ${'x'.repeat(kb * 1024)}\necho ${id}` }]);
    const { parts, tooLarge } = buildScripts([big('a', 20), big('b', 20), big('c', 20), big('huge', 70)], newBoundary(), 30);
    expect(parts.flatMap((p) => p.templates.map((t) => t.id))).toEqual(['a', 'b', 'c']);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(Buffer.byteLength(p.script)).toBeLessThanOrEqual(MAX_SCRIPT_BYTES);
    expect(tooLarge.map((t) => t.template.id)).toEqual(['huge']);
  });
});
