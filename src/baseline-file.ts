// Reads the baseline (the previous run's JSONL) line by line, so a fleet-sized file is never held whole, with a
// cap on a line's length: a file from elsewhere cannot make fleetprobe buffer without bound. A missing file is the
// first scheduled run: the run goes on without a comparison and says so.
import { createReadStream } from 'node:fs';
import { UserError } from './errors.js';
import { Baseline } from './report/baseline.js';

const MAX_LINE = 4 * 1024 * 1024;

/** undefined when the file does not exist; UserError when it cannot be read or a line is not a result. */
export async function readBaseline(file: string): Promise<Baseline | undefined> {
  const baseline = new Baseline(file);
  let pending = '';
  let n = 0;
  try {
    for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1024 * 1024 })) {
      pending += chunk as string;
      let start = 0;
      for (let at = pending.indexOf('\n'); at >= 0; at = pending.indexOf('\n', start)) {
        baseline.add(pending.slice(start, at), ++n);
        start = at + 1;
      }
      pending = pending.slice(start);
      if (pending.length > MAX_LINE) throw new UserError(`input baseline: ${file}:${n + 1}: a line longer than ${MAX_LINE / 1024 / 1024} MiB; expected the JSONL of a previous fleetprobe run`);
    }
  } catch (e) {
    if (e instanceof UserError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    throw new UserError(`input baseline: cannot read ${file} (${code ?? (e as Error).message})`);
  }
  baseline.add(pending, n + 1);
  return baseline;
}
