// `npm run release -- X.Y.Z [--dry-run]`: from a clean tree, bump the version (npm version), date the changelog's
// Unreleased section, rebuild dist/ (the version is embedded there), commit, tag vX.Y.Z and move the major tag vX,
// the one workflows use. Pushing stays a person's decision: the commands are printed. --dry-run checks everything
// and prints the plan without changing anything.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const args = process.argv.slice(2);
const dryRun = args.includes('--dry-run');
const positional = args.filter((a) => a !== '--dry-run');

function fail(message) {
  process.stderr.write(`release: ${message}\n`);
  process.exit(1);
}

const git = (...a) => execFileSync('git', a, { encoding: 'utf8' }).trim();
const tagExists = (tag) => git('tag', '--list', tag) !== '';

if (positional.length !== 1 || !/^\d+\.\d+\.\d+$/.test(positional[0])) fail('usage: npm run release -- X.Y.Z [--dry-run] (a plain semantic version, e.g. 0.2.0)');
const version = positional[0];
const [major] = version.split('.');
const tag = `v${version}`;
const majorTag = `v${major}`;

const current = JSON.parse(readFileSync('package.json', 'utf8')).version;
const order = (a, b) => {
  const [x, y] = [a, b].map((v) => v.split('.').map(Number));
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return 0;
};

// Everything is checked before anything changes.
if (git('status', '--porcelain') !== '') fail('the working tree has changes; commit or stash them first');
if (git('rev-parse', '--abbrev-ref', 'HEAD') === 'HEAD') fail('HEAD is detached; release from a branch (main)');
if (tagExists(tag)) fail(`tag ${tag} already exists`);
// The version package.json already names may be released once (the first release); anything else moves forward.
if (order(version, current) < 0 || (order(version, current) === 0 && tagExists(`v${current}`))) fail(`${version} does not follow ${current} (package.json)`);
const changelog = readFileSync('CHANGELOG.md', 'utf8');
const unreleased = /^## \[Unreleased\]\n([\s\S]*?)(?=^## \[|(?![\s\S]))/m.exec(changelog);
if (!unreleased) fail("CHANGELOG.md has no '## [Unreleased]' section");
if (unreleased[1].trim() === '') fail("CHANGELOG.md's Unreleased section is empty: say what this release changes");
// The README's workflow examples must name the tag this release moves.
const readme = readFileSync('README.md', 'utf8');
const wrong = [...readme.matchAll(/^\s*(?:-\s+)?uses: [\w.-]+\/fleetprobe@(\S+)$/gm)].map((m) => m[1]).filter((ref) => ref !== majorTag);
if (wrong.length > 0) fail(`README.md's uses: lines name ${[...new Set(wrong)].join(', ')}; this release moves ${majorTag}: update them first`);

const date = new Date().toISOString().slice(0, 10);
const moves = tagExists(majorTag) ? `moves ${majorTag} from ${git('rev-parse', '--short', `${majorTag}^{commit}`)}` : `creates ${majorTag}`;
const plan = [
  version === current ? `package.json already says ${version}` : `npm version ${version} (package.json, package-lock.json: ${current} → ${version})`,
  `CHANGELOG.md: Unreleased becomes '## [${version}] - ${date}'`,
  'npm run build (dist/ with the new version)',
  `git commit 'Release ${tag}'`,
  `git tag ${tag}; ${moves}`,
];
process.stdout.write(`${dryRun ? 'dry run, nothing changes' : 'releasing'} ${tag}:\n${plan.map((p) => `  - ${p}\n`).join('')}`);
if (dryRun) process.exit(0);

const run = (cmd, ...a) => execFileSync(cmd, a, { stdio: ['ignore', 'ignore', 'inherit'] });
if (version !== current) run('npm', 'version', version, '--no-git-tag-version');
writeFileSync('CHANGELOG.md', changelog.replace(/^## \[Unreleased\]\n/m, `## [Unreleased]\n\n## [${version}] - ${date}\n`));
run('npm', 'run', 'build');
// The committed CloudFormation template names the Lambda asset by dist/lambda.js's hash: it changes with dist/.
run('git', 'add', '--all', '--', 'package.json', 'package-lock.json', 'CHANGELOG.md', 'dist', 'infra/fleetprobe-audit.template.json');
run('git', 'commit', '--quiet', '-m', `Release ${tag}`);
run('git', 'tag', '--annotate', tag, '-m', tag);
run('git', 'tag', '--annotate', '--force', majorTag, '-m', `${tag}`);
process.stdout.write(`released ${tag} at ${git('rev-parse', '--short', 'HEAD')}; ${majorTag} points there. Publish with:\n`);
process.stdout.write(`  git push origin HEAD ${tag} && git push --force origin ${majorTag}\n`);
