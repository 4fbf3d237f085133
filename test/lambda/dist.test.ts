// dist/lambda.js as Lambda loads it: alone in its folder beside a package.json of {"type":"module"} (the code
// asset infra/asset.ts stages), exporting the three handlers; a missing setting fails the step with one line.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';

it('loads as the Lambda code asset and names a missing setting in one line', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'fleetprobe-lambda-dist-'));
  try {
    copyFileSync('dist/lambda.js', path.join(dir, 'lambda.js'));
    writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}\n');
    const saved = process.env['FLEETPROBE_BUCKET'];
    delete process.env['FLEETPROBE_BUCKET'];
    const lambda = (await import(pathToFileURL(path.join(dir, 'lambda.js')).href)) as Record<string, (e: unknown) => Promise<unknown>>;
    expect(Object.keys(lambda).sort()).toEqual(['merge', 'plan', 'scope']);
    const error = (await lambda['plan']!({ inputs: {}, execution: 'x', startedAt: new Date().toISOString() }).catch((e: Error) => e)) as Error;
    expect(error.name).toBe('UserError');
    expect(error.message).toBe('environment variable FLEETPROBE_BUCKET is not set (the stack sets it)');
    if (saved !== undefined) process.env['FLEETPROBE_BUCKET'] = saved;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
