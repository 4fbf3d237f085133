// Fake MTA commands for running the bundled smtp-open-relay probes without root or a real MTA: each test
// host is a directory of configuration files and a bin directory put first on PATH. The probes run as
// nuclei runs them (`bash <file>`, stdin empty). The lab (`npm run lab`) runs the same probes on real MTAs.
import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import YAML from 'yaml';

const template = YAML.parse(readFileSync('templates/smtp-open-relay.yaml', 'utf8')) as { code: { source: string }[] };
export const BLOCK = { sendmail: 0, postfix: 1, exim: 2 } as const;

let root: string | undefined;
let count = 0;
export function cleanupFakes(): void {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
}

export interface FakeHost {
  dir: string;
  bin: string;
  /** Runs one block of the bundled template on this host; resolves with its trimmed stdout. */
  run(block: keyof typeof BLOCK, env?: Record<string, string>): Promise<string>;
  /** What a fake command recorded (e.g. smtpd's arguments), one entry per call. */
  calls(name: string): string[];
}

export function fakeHost(tools: Record<string, string>, files: Record<string, string> = {}): FakeHost {
  root ??= mkdtempSync(path.join(tmpdir(), 'fp-mta-fake-'));
  const dir = path.join(root, String(count++));
  const bin = path.join(dir, 'bin');
  mkdirSync(bin, { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  // Every host: a timeout that keeps the probe's bounds but at most 3 s, so a hanging MTA costs a test 3 s.
  const all: Record<string, string> = {
    timeout: `k=$2; s=$3; shift 3; [ "$s" -gt 3 ] && s=3; exec /usr/bin/timeout -k "$k" "$s" "$@"`,
    ...tools,
  };
  for (const [name, body] of Object.entries(all)) {
    writeFileSync(path.join(bin, name), `#!/bin/sh\nHOST=${dir}\n${body}\n`);
    chmodSync(path.join(bin, name), 0o755);
  }
  return {
    dir,
    bin,
    run: (block, env = {}) => {
      const file = path.join(dir, `${block}.sh`);
      writeFileSync(file, template.code[BLOCK[block]]!.source);
      // A probe's exit status is not part of its result (nuclei ignores it): only its stdout counts.
      return new Promise((resolve, reject) =>
        execFile('bash', [file], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, ...env, PATH: `${bin}:${process.env.PATH}` } }, (error, stdout) => {
          if (error && !stdout) reject(new Error(`${block} probe produced no output: ${error.message}`));
          else resolve(stdout.trim());
        }),
      );
    },
    calls: (name) => {
      try {
        return readFileSync(path.join(dir, `${name}.calls`), 'utf8').split('\u0000\n').filter(Boolean).map((c) => c.replace(/\n$/, ''));
      } catch {
        return [];
      }
    },
  };
}

/** Records a fake command's arguments (NUL-separated calls) into $HOST/<name>.calls. */
export const record = (name: string) => `{ for a; do printf '%s\\n' "$a"; done; printf '\\000\\n'; } >> "$HOST/${name}.calls"`;

// Debian 12's effective Postfix values for a stock install (main.cf.debian plus the installer's mynetworks).
export const DEBIAN_MAIN: Record<string, string> = {
  config_directory: '/etc/postfix',
  daemon_directory: '@BIN@',
  inet_interfaces: 'all',
  inet_protocols: 'ipv4',
  mydomain: 'lab.invalid',
  myhostname: 'mx.lab.invalid',
  mydestination: 'mx.lab.invalid, localhost',
  relay_domains: '',
  virtual_alias_domains: '',
  virtual_mailbox_domains: '',
  mynetworks: '127.0.0.0/8 [::ffff:127.0.0.0]/104 [::1]/128',
  parent_domain_matches_subdomains: 'debug_peer_list,fast_flush_domains,mynetworks,permit_mx_backup_networks,qmqpd_authorized_clients,relay_domains,smtpd_access_maps',
  smtpd_null_access_lookup_key: '<>',
  smtpd_restriction_classes: '',
  smtpd_client_restrictions: '',
  smtpd_helo_restrictions: '',
  smtpd_sender_restrictions: '',
  smtpd_relay_restrictions: 'permit_mynetworks permit_sasl_authenticated defer_unauth_destination',
  smtpd_recipient_restrictions: '',
};
export const DEBIAN_MASTER = 'smtp       inet  n       -       y       -       -       smtpd\npickup     unix  n       -       y       60      1       pickup\n';

/**
 * A Postfix host: postconf answers from `main` (over Debian's values), `master` (service/type/param
 * overrides) and `mastercf` (postconf -M lines); postmap from `tables` (table name -> "key value" lines);
 * smtpd is the given script (SMTP on stdin/stdout); `uid` is what `id -u` says.
 */
export function postfixHost(opts: { main?: Record<string, string>; master?: Record<string, string>; mastercf?: string; tables?: Record<string, string>; smtpd?: string; uid?: number; running?: boolean; files?: Record<string, string> }): FakeHost {
  const main = { ...DEBIAN_MAIN, ...opts.main };
  const files: Record<string, string> = {
    'main.txt': `${Object.entries(main).map(([k, v]) => `${k} = ${v}`.trimEnd()).join('\n')}\n`,
    'master.txt': `${Object.entries(opts.master ?? {}).map(([k, v]) => `${k} = ${v}`.trimEnd()).join('\n')}\n`,
    'mastercf.txt': opts.mastercf ?? DEBIAN_MASTER,
    ...Object.fromEntries(Object.entries(opts.tables ?? {}).map(([name, text]) => [`tables/${encodeURIComponent(name)}`, text])),
    ...opts.files,
  };
  const host = fakeHost(
    {
      // postconf [-c dir] [-x] [-P] [-M] [-h] [name...]
      postconf: `set -f; P=; M=; H=; names=
while [ $# -gt 0 ]; do case "$1" in -c) shift 2; continue ;; -x) ;; -P) P=1 ;; -M) M=1 ;; -h) H=1 ;; -*) ;; *) names="$names $1" ;; esac; shift; done
sed "s|@BIN@|$HOST/bin|" "$HOST/main.txt" > "$HOST/main.eff"
[ -n "$M" ] && { cat "$HOST/mastercf.txt"; exit 0; }
src="$HOST/main.eff"; [ -n "$P" ] && src="$HOST/master.txt"
[ -z "$names" ] && { cat "$src"; exit 0; }
for n in $names; do line=$(grep -F "$n =" "$src" | awk -v k="$n =" 'index($0, k) == 1' | head -n 1); [ -n "$line" ] || continue; if [ -n "$H" ]; then v=\${line#"$n ="}; echo "\${v# }"; else echo "$line"; fi; done`,
      // postmap [-c dir] -q key table | -s table
      postmap: `while [ $# -gt 0 ]; do case "$1" in -c) shift 2 ;; -q) key=$2; shift 2 ;; -s) list=1; shift ;; *) table=$1; shift ;; esac; done
case "$table" in static:*) [ -n "$list" ] && exit 1; echo "\${table#static:}"; exit 0 ;; esac
f="$HOST/tables/$(printf '%s' "$table" | sed 's/%/%25/g; s|/|%2F|g; s/:/%3A/g; s/ /%20/g; s/{/%7B/g; s/}/%7D/g; s/,/%2C/g; s/=/%3D/g')"
[ -r "$f" ] || { echo "postmap: fatal: open $table" >&2; exit 2; }
[ -n "$list" ] && { cat "$f"; exit 0; }
v=$(awk -v k="$key" '$1 == k { $1 = ""; sub(/^ +/, ""); print; found = 1; exit } END { exit !found }' "$f") || exit 1
echo "$v"`,
      postfix: `${opts.running === false ? 'exit 1' : 'exit 0'}`,
      ps: `${opts.running === false ? 'true' : 'echo "   99 /usr/lib/postfix/sbin/master -w"'}`,
      id: `echo ${opts.uid ?? 0}`,
      smtpd: `${record('smtpd')}\n${opts.smtpd ?? 'exit 1'}`,
    },
    files,
  );
  return host;
}

/**
 * A fake smtpd speaking SMTP on stdin/stdout. It answers RCPT with `rcpt(client, sender)` (a shell
 * snippet that prints the reply), after the client set by XCLIENT.
 */
export function smtpdScript(rcpt: string, { xclient = '220 mx ESMTP' } = {}): string {
  return `printf '220 mx.lab.invalid ESMTP Postfix\\r\\n'
client=127.0.0.1; sender=
while IFS= read -r line; do
  line=$(printf '%s' "$line" | tr -d '\\r')
  case "$line" in
    XCLIENT*) client=$(printf '%s' "$line" | sed 's/.*ADDR=\\([^ ]*\\).*/\\1/'); printf '%s\\r\\n' "${xclient}" ;;
    EHLO*) printf '250-mx\\r\\n250 PIPELINING\\r\\n' ;;
    MAIL*) sender=$(printf '%s' "$line" | sed 's/^MAIL FROM:<\\(.*\\)>$/\\1/'); printf '250 2.1.0 Ok\\r\\n' ;;
    RCPT*) reply=$(${rcpt}); printf '%s\\r\\n' "$reply" ;;
    RSET*) printf '250 2.0.0 Ok\\r\\n' ;;
    QUIT*) printf '221 2.0.0 Bye\\r\\n'; exit 0 ;;
    *) printf '502 5.5.2 Error: command not recognized\\r\\n' ;;
  esac
done`;
}
