// The bundled smtp-open-relay's Postfix probe (block 2), run as nuclei runs it (`bash <file>`, stdin empty)
// against a fake `postconf` and process list: its judgement of effective values, without root or a real MTA.
// The lab (`npm run lab`) measures the same probe against real Postfix hosts.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';

const template = YAML.parse(readFileSync('templates/smtp-open-relay.yaml', 'utf8')) as { code: { source: string }[] };
const work = mkdtempSync(path.join(tmpdir(), 'fp-postfix-probe-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// Debian 12's effective values for a stock install (main.cf.debian plus the installer's mynetworks).
const DEBIAN: Record<string, string> = {
  inet_interfaces: 'all',
  mynetworks: '127.0.0.0/8 [::ffff:127.0.0.0]/104 [::1]/128',
  smtpd_relay_restrictions: 'permit_mynetworks permit_sasl_authenticated defer_unauth_destination',
  smtpd_recipient_restrictions: '',
};

let runs = 0;
/** Block 2's output on a host whose postconf answers `main` (over Debian's values) and `master` (smtp/inet overrides). */
function probe(main: Record<string, string>, { master = {}, running = true }: { master?: Record<string, string>; running?: boolean } = {}): string {
  const dir = path.join(work, String(runs++));
  const bin = path.join(dir, 'bin');
  mkdirSync(path.join(dir, 'main'), { recursive: true });
  mkdirSync(path.join(dir, 'master'), { recursive: true });
  mkdirSync(bin);
  for (const [k, v] of Object.entries({ ...DEBIAN, ...main })) writeFileSync(path.join(dir, 'main', k), v);
  for (const [k, v] of Object.entries(master)) writeFileSync(path.join(dir, 'master', k), v);
  const tool = (name: string, body: string) => {
    writeFileSync(path.join(bin, name), `#!/bin/sh\n${body}\n`);
    chmodSync(path.join(bin, name), 0o755);
  };
  tool('postconf', `for a; do last=$a; done\ncase "$1" in -P) f="${dir}/master/\${last#smtp/inet/}" ;; *) f="${dir}/main/$last" ;; esac\n[ -f "$f" ] && cat "$f" && echo`);
  tool('ps', running ? 'echo "/usr/lib/postfix/sbin/master -w"' : 'true');
  tool('postfix', 'exit 1');
  writeFileSync(path.join(dir, 'block2.sh'), template.code[1]!.source);
  return execFileSync('bash', [path.join(dir, 'block2.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PATH: `${bin}:${process.env.PATH}` } }).trim();
}

describe('bundled smtp-open-relay, Postfix probe', () => {
  it.each([
    ['Debian default', {}],
    ['smtpd_relay_restrictions removed (the default list applies)', { smtpd_relay_restrictions: 'permit_mynetworks permit_sasl_authenticated defer_unauth_destination' }],
    ['a /24 mynetworks', { mynetworks: '127.0.0.0/8 192.0.2.0/24' }],
    ['legacy restrictions only', { smtpd_relay_restrictions: '', smtpd_recipient_restrictions: 'permit_mynetworks, reject_unauth_destination' }],
    ['relay permit (smtpd refuses to run)', { smtpd_relay_restrictions: 'permit' }],
    ['loopback only', { inet_interfaces: 'loopback-only', mynetworks: '0.0.0.0/0' }],
  ])('calls %s safe', (_, main) => {
    expect(probe(main)).toMatch(/^\[SAFE\]/);
  });

  it.each([
    ['mynetworks 0.0.0.0/0', { mynetworks: '0.0.0.0/0' }, '0.0.0.0/0'],
    ['mynetworks 10.0.0.0/8', { mynetworks: '127.0.0.0/8 10.0.0.0/8' }, '10.0.0.0/8'],
    ['mynetworks ::/0', { mynetworks: '127.0.0.0/8 [::]/0' }, '::/0'],
    ['legacy restrictions with a wide mynetworks', { smtpd_relay_restrictions: '', smtpd_recipient_restrictions: 'permit_mynetworks, reject_unauth_destination', mynetworks: '172.16.0.0/12' }, '172.16.0.0/12'],
  ])('calls %s vulnerable', (_, main, network) => {
    const out = probe(main);
    expect(out).toMatch(/^\[VULNERABLE\]/);
    expect(out).toContain(network);
  });

  it('sees a master.cf override of the public smtp service', () => {
    expect(probe({}, { master: { mynetworks: '0.0.0.0/0' } })).toMatch(/^\[VULNERABLE\].*0\.0\.0\.0\/0/);
    expect(probe({ mynetworks: '0.0.0.0/0' }, { master: { mynetworks: '127.0.0.0/8' } })).toMatch(/^\[SAFE\]/);
  });

  it('judges nothing when Postfix does not run', () => {
    expect(probe({ mynetworks: '0.0.0.0/0' }, { running: false })).toBe('[INFO] Postfix is not active.');
  });
});
