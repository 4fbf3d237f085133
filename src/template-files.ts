// Where each template's file is, as nuclei names it in its JSONL: `template-path` is the file's absolute path, and
// `template` its path inside nuclei's templates directory (NUCLEI_TEMPLATES_DIR, else ~/nuclei-templates, as nuclei
// defaults) when it lies there. A bundled template's file is the one fleetprobe ships under templates/.
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TemplateFile } from './report/jsonl.js';
import type { Template } from './types.js';

const BUNDLED = 'bundled:';

export function templateFiles(templates: readonly Pick<Template, 'id' | 'path'>[], env: NodeJS.ProcessEnv = process.env): Map<string, TemplateFile> {
  const home = env['HOME'] || os.homedir();
  const nucleiDir = path.resolve(env['NUCLEI_TEMPLATES_DIR'] || path.join(home, 'nuclei-templates'));
  return new Map(
    templates.map((t) => {
      const file = t.path.startsWith(BUNDLED) ? bundledFile(t.path.slice(BUNDLED.length)) : path.resolve(t.path);
      const inside = path.relative(nucleiDir, file);
      const within = inside !== '' && !inside.startsWith('..') && !path.isAbsolute(inside);
      return [t.id, { path: file, ...(within ? { inTemplatesDir: inside } : {}) }];
    }),
  );
}

/** fleetprobe's templates/ directory: found from this module's place upwards (src/ in a checkout, dist/chunks/ in the bundle). */
function bundledFile(name: string): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = path.join(dir, 'templates', name);
    if (existsSync(candidate) && existsSync(path.join(dir, 'package.json'))) return candidate;
    const up = path.dirname(dir);
    if (up === dir) return path.resolve('templates', name);
    dir = up;
  }
}
