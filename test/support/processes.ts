import { readFileSync } from 'node:fs';

/** A process that still runs: gone, or a zombie waiting to be reaped (by init, once its parent died), is not. */
export function alive(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(' ')[2] !== 'Z';
  } catch {
    return false;
  }
}
