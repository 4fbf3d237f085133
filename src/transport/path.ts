import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';

/** Absolute path of the first executable `name` on PATH (as Go's exec.LookPath), or undefined. */
export function findOnPath(name: string, searchPath = process.env.PATH ?? ''): string | undefined {
  if (name.includes('/')) return isExecutable(name) ? path.resolve(name) : undefined;
  for (const dir of searchPath.split(path.delimiter)) {
    const candidate = path.join(dir === '' ? '.' : dir, name);
    if (isExecutable(candidate)) return path.resolve(candidate);
  }
  return undefined;
}

function isExecutable(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
