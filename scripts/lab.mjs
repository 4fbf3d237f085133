// `npm run lab` (as root, Debian): real Postfix and Sendmail hosts, each in its own network, mount, UTS and
// PID namespaces; ground truth from a real relay attempt from outside each host's trusted networks; each
// template run on each host through fleetprobe's engine (dist/cli.js); a table and LAB.md.
// Exits non-zero when the bundled template disagrees with the truth on any host.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { HOSTS } from '../lab/hosts.mjs';
import { relayAttempt } from '../lab/smtp.mjs';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const LAB = path.join(ROOT, '.lab');
const TEMPLATES = [
  { label: 'upstream seed', file: 'fixtures/templates/smtp-open-relay.yaml' },
  { label: 'bundled', file: 'templates/smtp-open-relay.yaml' },
];
const DEADLINE = Date.now() + 10 * 60_000;
const sh = (cmd, args, opts = {}) => execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...opts });
const quiet = (cmd, args) => {
  try {
    return sh(cmd, args);
  } catch {
    return '';
  }
};

if (process.getuid?.() !== 0) {
  console.error('lab: needs root (network and mount namespaces, package installs)');
  process.exit(2);
}

const hosts = HOSTS.map((h, i) => ({ ...h, running: h.running ?? h.mta !== 'none', ns: `fplab-${i}`, veth: `fplab${i}`, outside: `10.231.${i}.1`, address: `10.231.${i}.2`, dir: path.join(LAB, 'hosts', h.name) }));
const started = [];
process.on('SIGINT', () => {
  cleanup();
  process.exit(130);
});

try {
  install();
  cleanup();
  for (const host of hosts) prepare(host);
  for (const host of hosts) started.push(start(host));
  await Promise.all(started.map((s) => s.ready));
  await settle(hosts);
  for (const host of hosts) host.truth = await relayAttempt(host.address);
  for (const host of hosts) host.verdicts = TEMPLATES.map((t) => judge(host, t));
  const report = render(hosts);
  console.log(report.table);
  writeFileSync(path.join(ROOT, 'LAB.md'), report.markdown);
  const bundled = TEMPLATES.findIndex((t) => t.label === 'bundled');
  const wrong = hosts.filter((h) => h.verdicts[bundled] !== (h.truth.open ? 'open' : 'safe'));
  if (wrong.length > 0) {
    console.error(`lab: the bundled template disagrees with the truth on ${wrong.map((h) => h.name).join(', ')}`);
    process.exitCode = 1;
  } else console.log(`lab: the bundled template agrees with the truth on all ${hosts.length} hosts`);
} finally {
  cleanup();
}

/** Postfix from Debian; Sendmail's binaries unpacked beside it (the two packages conflict in Debian). */
function install() {
  const need = ['postfix', 'm4', 'libwrap0', 'libdb5.3', 'libldap-2.5-0', 'liblockfile1', 'libnsl2', 'libsasl2-2', 'iproute2', 'procps', 'util-linux'];
  const missing = need.filter((p) => !quiet('dpkg-query', ['-W', '-f', '${Status}', p]).includes('install ok installed'));
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (missing.length > 0) {
    console.log(`lab: installing ${missing.join(' ')}`);
    sh('debconf-set-selections', [], { input: 'postfix postfix/main_mailer_type select Internet Site\npostfix postfix/mailname string lab.fleetprobe.invalid\n', stdio: ['pipe', 'pipe', 'pipe'] });
    sh('apt-get', ['update', '-qq'], { env });
    sh('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { env });
  }
  // The machine's own Postfix must not run: the hosts are the only MTAs.
  quiet('postfix', ['stop']);
  if (!existsSync('/usr/libexec/sendmail/sendmail') || !existsSync('/usr/share/sendmail/cf/m4/cf.m4') || !existsSync(path.join(LAB, 'sendmail-etc'))) {
    console.log('lab: unpacking sendmail-bin, sendmail-base and sendmail-cf');
    const dl = path.join(LAB, 'debs');
    rmSync(dl, { recursive: true, force: true });
    mkdirSync(dl, { recursive: true });
    sh('apt-get', ['download', '-qq', 'sendmail-bin', 'sendmail-base', 'sendmail-cf'], { cwd: dl, env });
    const unpacked = path.join(LAB, 'sendmail-root');
    for (const deb of sh('ls', [dl]).trim().split('\n')) sh('dpkg', ['-x', path.join(dl, deb), unpacked]);
    cpSync(path.join(unpacked, 'usr/libexec/sendmail'), '/usr/libexec/sendmail', { recursive: true, verbatimSymlinks: true });
    cpSync(path.join(unpacked, 'usr/share/sendmail'), '/usr/share/sendmail', { recursive: true, verbatimSymlinks: true });
    cpSync(path.join(unpacked, 'etc/mail'), path.join(LAB, 'sendmail-etc'), { recursive: true });
  }
  for (const user of ['smmta', 'smmsp']) {
    if (!quiet('getent', ['passwd', user])) {
      quiet('groupadd', ['-r', user]);
      sh('useradd', ['-r', '-g', user, '-d', '/var/lib/sendmail', '-s', '/usr/sbin/nologin', user]);
    }
  }
  // Mount points the hosts bind their own directories onto.
  for (const dir of ['/etc/mail', '/var/spool/mqueue', '/var/lib/sendmail', '/etc/postfix', '/var/spool/postfix', '/var/lib/postfix']) mkdirSync(dir, { recursive: true });
}

function prepare(host) {
  rmSync(host.dir, { recursive: true, force: true });
  for (const d of ['etc-postfix', 'spool-postfix', 'lib-postfix', 'etc-mail', 'spool-mqueue', 'lib-sendmail/host_status']) mkdirSync(path.join(host.dir, d), { recursive: true });
  writeFileSync(path.join(host.dir, 'hosts'), `127.0.0.1 localhost\n${host.address} ${host.name}.lab.invalid ${host.name}\n`);
  if (host.mta === 'postfix') {
    const etc = path.join(host.dir, 'etc-postfix');
    cpSync('/usr/share/postfix/main.cf.debian', path.join(etc, 'main.cf'));
    cpSync('/etc/postfix/master.cf', path.join(etc, 'master.cf'));
    for (const f of ['dynamicmaps.cf', 'postfix-files']) if (existsSync(`/etc/postfix/${f}`)) cpSync(`/etc/postfix/${f}`, path.join(etc, f));
    if (existsSync('/etc/postfix/postfix-files.d')) cpSync('/etc/postfix/postfix-files.d', path.join(etc, 'postfix-files.d'), { recursive: true });
    if (existsSync('/etc/postfix/dynamicmaps.cf.d')) cpSync('/etc/postfix/dynamicmaps.cf.d', path.join(etc, 'dynamicmaps.cf.d'), { recursive: true });
    // What Debian's installer adds to main.cf.debian, for this host's name; the log goes to a file (no syslog here).
    const base = [`myhostname = ${host.name}.lab.invalid`, 'mydestination = $myhostname, localhost', 'mynetworks = 127.0.0.0/8 [::ffff:127.0.0.0]/104 [::1]/128', 'inet_protocols = ipv4', 'alias_maps =', 'maillog_file = /var/lib/postfix/maillog'];
    sh('postconf', ['-c', etc, '-e', ...base, ...(host.postconf ?? [])]);
    if (host.postconfRemove) sh('postconf', ['-c', etc, '-X', ...host.postconfRemove]);
    for (const [name, text] of Object.entries(host.files ?? {})) writeFileSync(path.join(etc, name), text);
    // The lab has no chroot skeleton; running smtpd outside a chroot does not change relay decisions.
    sh('postconf', ['-c', etc, '-F', '*/*/chroot = n']);
  }
  if (host.mta === 'sendmail') {
    const etc = path.join(host.dir, 'etc-mail');
    cpSync(path.join(LAB, 'sendmail-etc'), etc, { recursive: true });
    for (const f of ['m4/dialup.m4', 'm4/provider.m4', 'local-host-names', 'relay-domains', 'trusted-users']) writeFileSync(path.join(etc, f), '');
    writeFileSync(path.join(etc, 'access'), host.access ?? '');
    let mc = readFileSync('/usr/share/sendmail/cf/debian/sendmail.mc', 'utf8');
    if (host.listenAll) mc = mc.replace(/(DAEMON_OPTIONS\(`Family=inet, +Name=MTA-v4, Port=smtp), Addr=127\.0\.0\.1'\)/, "$1')");
    // The lab has no DNS: name the host, and let senders' domains go unresolved (this does not touch relaying).
    const lab = [`define(\`confDOMAIN_NAME', \`${host.name}.lab.invalid')dnl`, "FEATURE(`accept_unresolvable_domains')dnl", ...(host.mc ?? [])];
    mc = mc.replace(/^MAILER_DEFINITIONS/m, `${lab.join('\n')}\nMAILER_DEFINITIONS`);
    writeFileSync(path.join(etc, 'sendmail.mc'), mc);
  }
}

function start(host) {
  sh('ip', ['netns', 'add', host.ns]);
  sh('ip', ['link', 'add', host.veth, 'type', 'veth', 'peer', 'name', `${host.veth}p`]);
  sh('ip', ['link', 'set', `${host.veth}p`, 'netns', host.ns]);
  sh('ip', ['addr', 'add', `${host.outside}/30`, 'dev', host.veth]);
  sh('ip', ['link', 'set', host.veth, 'up']);
  sh('ip', ['-n', host.ns, 'addr', 'add', `${host.address}/30`, 'dev', `${host.veth}p`]);
  sh('ip', ['-n', host.ns, 'link', 'set', `${host.veth}p`, 'up']);
  sh('ip', ['-n', host.ns, 'link', 'set', 'lo', 'up']);
  const child = spawn('ip', ['netns', 'exec', host.ns, 'unshare', '--mount', '--uts', '--pid', '--fork', '--mount-proc', '--propagation', 'private', path.join(ROOT, 'lab/host-init.sh')], {
    env: { ...process.env, HOST_DIR: host.dir, MTA: host.mta, RUNNING: host.running ? 'yes' : 'no', HOST_NAME: host.name },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  host.log = '';
  child.stderr.on('data', (d) => (host.log += d));
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`lab: host ${host.name} did not start within 60s: ${host.log}`)), 60_000);
    child.stdout.on('data', (d) => {
      if (String(d).includes('ready')) {
        clearTimeout(timer);
        // `ip netns exec` execs unshare; unshare --fork's child is the host's PID 1.
        host.init = Number(sh('pgrep', ['-P', String(child.pid)]).trim().split('\n')[0]);
        resolve();
      }
    });
  });
  return { child, ready };
}

/** Waits until every running host listens (or a bounded time passes). */
async function settle(list) {
  for (const host of list.filter((h) => h.running)) {
    for (let i = 0; i < 40 && Date.now() < DEADLINE; i++) {
      if (quiet('ip', ['netns', 'exec', host.ns, 'ss', '-Hltn', 'sport = :25']).trim()) break;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

/** Runs one template on one host through fleetprobe's CLI, inside the host's namespaces. */
function judge(host, template) {
  const out = path.join(host.dir, `${path.basename(template.file, '.yaml')}-${template.label.replace(/\W+/g, '-')}.jsonl`);
  const args = ['-t', String(host.init), '--mount', '--uts', '--pid', '--net', '--', process.execPath, path.join(ROOT, 'dist/cli.js'), 'scan', '--transport', 'local', '--template', path.join(ROOT, template.file), '--jsonl', out, '--sarif', path.join(host.dir, 'out.sarif'), '--matcher-status'];
  try {
    sh('nsenter', args, { cwd: ROOT, timeout: 120_000 });
  } catch (e) {
    if (e.status !== 1) return `error: ${String(e.stderr || e.message).trim().split('\n')[0]}`;
  }
  const lines = readFileSync(out, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
  if (lines.some((l) => l.error)) return 'unaudited';
  host.evidence ??= {};
  host.evidence[template.label] = lines.filter((l) => l['matcher-status']).map((l) => `${l['matcher-name']}: ${l.meta?.evidence ?? ''}`);
  return lines.some((l) => l['matcher-status']) ? 'open' : 'safe';
}

function render(list) {
  const header = ['host', 'truth (relay attempt from outside)', ...TEMPLATES.map((t) => t.label), ...TEMPLATES.map((t) => `${t.label} agrees?`)];
  const rows = list.map((h) => [h.name, `${h.truth.open ? 'OPEN' : 'safe'} — ${h.truth.reply}`, ...h.verdicts.map((v) => (v === 'open' ? 'OPEN' : v)), ...h.verdicts.map((v) => (v === (h.truth.open ? 'open' : 'safe') ? 'yes' : 'NO'))]);
  const scores = TEMPLATES.map((t, i) => {
    const tp = list.filter((h) => h.truth.open && h.verdicts[i] === 'open').length;
    const fp = list.filter((h) => !h.truth.open && h.verdicts[i] === 'open').length;
    const fn = list.filter((h) => h.truth.open && h.verdicts[i] !== 'open').length;
    const agree = list.filter((h) => h.verdicts[i] === (h.truth.open ? 'open' : 'safe')).length;
    const ratio = (a, b) => (b === 0 ? 'n/a' : (a / b).toFixed(2));
    return `${t.label} (${t.file}): agrees on ${agree}/${list.length} hosts; precision ${ratio(tp, tp + fp)} (TP ${tp}, FP ${fp}); recall ${ratio(tp, tp + fn)} (FN ${fn})`;
  });
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => r[i].length)));
  const table = [header, ...rows].map((r) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd()).join('\n') + `\n\n${scores.join('\n')}\n`;
  const md = [
    '# The smtp-open-relay lab',
    '',
    `Generated by \`npm run lab\` (as root on Debian) on ${new Date().toISOString().slice(0, 10)}. Each host is a real MTA in its own network, mount, UTS and PID namespaces, with its own configuration (\`lab/hosts.mjs\`). The truth is a real relay attempt from outside each host's trusted networks (\`MAIL FROM:<probe@outside.example>\`, \`RCPT TO:<victim@elsewhere.example>\`; a 2xx reply to RCPT is an open relay). Each template runs on each host through fleetprobe's own engine (\`dist/cli.js scan --transport local\`) inside the host's namespaces, so its probes see that host's files and processes.`,
    '',
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`),
    '',
    ...scores.map((s) => `- ${s}`),
    '',
    '## Why the bundled template differs from the upstream seed',
    '',
    "- **Postfix is never seen running by the seed.** It asks `systemctl is-active postfix | grep -q running`, but `is-active` prints `active`/`inactive`/`failed`, never `running` (and without systemd it prints nothing useful), so block 2 always says `[INFO] Postfix is not active` and every open Postfix relay in the lab is missed. The bundled probe looks for the Postfix master process (any init system) or asks `postfix status`.",
    "- **The seed reads main.cf text, not effective configuration.** Defaults (`postconf -d`), `$name` expansions and master.cf `-o` overrides are invisible to `grep`. The bundled probe asks `postconf -x -h` (and `postconf -P` for the smtp service), so the Debian default relay restrictions are seen even when main.cf does not spell them out.",
    "- **Wide `mynetworks` and permissive client tables.** `mynetworks = 0.0.0.0/0` or `10.0.0.0/8`, or a `check_client_access cidr:` table answering OK for everyone, open the relay while `reject_unauth_destination` is still present; the bundled probe treats any network wider than a /16 (IPv6: /48), loopback aside, as open.",
    "- **Postfix's own safety net.** When no restriction list rejects before a `permit`, smtpd refuses to start (`specify at least one working instance of: reject_unauth_destination ...`), so such a host cannot relay: the lab's relay attempt gets no greeting. The bundled probe reproduces that check rather than calling the host open.",
    "- **Sendmail's relay rule pattern never matches.** The seed greps `R\\$.\\* \\$#error ...`, which needs the characters `R$?*`; real sendmail.cf lines are `R$*<TAB>...`. Its verdict then rests on whether `/etc/mail/access.db` exists, which Debian creates by default, so `FEATURE(promiscuous_relay)` and a broad `Connect:10 RELAY` access entry both pass. The bundled probe reads the built sendmail.cf (relay features, listening addresses) and the access map / relay-domains for RELAY entries of /16 or wider.",
    "- **Reachability.** An MTA bound to loopback only (Debian's sendmail default, Postfix `inet_interfaces = loopback-only`) cannot relay for other hosts; both probes of the bundled template say so instead of judging rules nobody outside can reach.",
    '',
    '## Evidence',
    '',
    ...list.map((h) => `- **${h.name}**: ${TEMPLATES.map((t) => `${t.label}: ${(h.evidence?.[t.label] ?? []).join('; ') || 'no finding'}`).join(' · ')}`),
    '',
  ].join('\n');
  return { table, markdown: md };
}

function cleanup() {
  for (const host of hosts) {
    for (const pid of quiet('ip', ['netns', 'pids', host.ns]).trim().split('\n').filter(Boolean)) quiet('kill', ['-9', pid]);
    quiet('ip', ['netns', 'del', host.ns]);
    quiet('ip', ['link', 'del', host.veth]);
  }
}
