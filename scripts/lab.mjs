// `npm run lab` (as root, Debian): real Postfix and Sendmail hosts, each in its own network, mount, UTS and
// PID namespaces; ground truth from a real relay attempt from outside each host's trusted networks; each
// template run on each host through fleetprobe's engine (dist/cli.js); a table and LAB.md.
// Exits non-zero when the bundled template disagrees with the truth on any host.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { HOSTS } from '../lab/hosts.mjs';
import { relayAttempt } from '../lab/smtp.mjs';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const LAB = path.join(ROOT, '.lab');
const SEED = 'fixtures/templates/smtp-open-relay.yaml';
// The seed with only its Postfix "running" check repaired (unsigned, so run with --allow-unsigned): isolates
// what its main.cf grep gets right or wrong once it looks at running Postfix hosts at all. A diagnostic, not a product.
const SEED_RUNNING_FIXED = '.lab/templates/seed-running-check-fixed.yaml';
const TEMPLATES = [
  { label: 'upstream seed', file: SEED },
  { label: 'bundled', file: 'templates/smtp-open-relay.yaml' },
  { label: 'seed, running check fixed', file: SEED_RUNNING_FIXED, unsigned: true },
];
const BUDGET_MS = 10 * 60_000;
const DEADLINE = Date.now() + BUDGET_MS;
const sh = (cmd, args, opts = {}) => execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 300_000, ...opts });
const quiet = (cmd, args) => {
  try {
    return sh(cmd, args);
  } catch {
    return '';
  }
};
const inTime = (stage) => {
  if (Date.now() > DEADLINE) throw new Error(`lab: over its ${BUDGET_MS / 60_000} minutes before ${stage}`);
};

if (process.getuid?.() !== 0) {
  console.error('lab: needs root (network and mount namespaces, package installs)');
  process.exit(2);
}

const hosts = HOSTS.map((h, i) => ({ ...h, running: h.running ?? h.mta !== 'none', ns: `fplab-${i}`, veth: `fplab${i}`, outside: `10.231.${i}.1`, address: `10.231.${i}.2`, dir: path.join(LAB, 'hosts', h.name) }));
const started = [];
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
  process.on(signal, () => {
    console.error(`lab: ${signal}; cleaning up`);
    cleanup();
    process.exit(code);
  });
}
// The async stages (host start-up, relay attempts) are bounded here; each synchronous command has its own timeout.
const watchdog = setTimeout(() => {
  console.error(`lab: over its ${BUDGET_MS / 60_000} minutes; cleaning up`);
  cleanup();
  process.exit(124);
}, BUDGET_MS);
watchdog.unref();

try {
  install();
  // The engine trusts its bundled templates by the hashes built into dist: build from this tree's templates.
  sh(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], { cwd: ROOT });
  cleanup();
  deriveSeedVariant();
  for (const host of hosts) prepare(host);
  for (const host of hosts) started.push(start(host));
  await Promise.all(started.map((s) => s.ready));
  await settle(hosts);
  inTime('the relay attempts');
  await Promise.all(hosts.map(async (host) => (host.truth = await relayAttempt(host.address))));
  for (const host of hosts) {
    inTime(`judging ${host.name}`);
    host.verdicts = [];
    host.blocks = [];
    for (const t of TEMPLATES) {
      // Let a signal or the watchdog in between synchronous commands.
      await new Promise((resolve) => setImmediate(resolve));
      host.verdicts.push(judge(host, t));
      host.blocks.push(blockOutputs(host, t));
    }
    host.measured = measure(host);
  }
  const report = render(hosts);
  console.log(report.table);
  writeFileSync(path.join(ROOT, 'LAB.md'), report.markdown);
  mkdirSync(path.join(ROOT, 'docs'), { recursive: true });
  writeFileSync(path.join(ROOT, 'docs/lab.md'), report.readme);
  writeFileSync(path.join(LAB, 'transcripts.json'), JSON.stringify(Object.fromEntries(hosts.map((h) => [h.name, h.truth])), null, 2));
  const bundled = TEMPLATES.findIndex((t) => t.label === 'bundled');
  const wrong = hosts.filter((h) => h.verdicts[bundled] !== (h.truth.open ? 'open' : 'safe'));
  if (wrong.length > 0) {
    console.error(`lab: the bundled template disagrees with the truth on ${wrong.map((h) => h.name).join(', ')}`);
    process.exitCode = 1;
  } else console.log(`lab: the bundled template agrees with the truth on all ${hosts.length} hosts`);
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 1;
} finally {
  cleanup();
  clearTimeout(watchdog);
}

/** Postfix from Debian; Sendmail's binaries unpacked beside it (the two packages conflict in Debian). */
function install() {
  const need = ['postfix', 'm4', 'libwrap0', 'libdb5.3', 'libldap-2.5-0', 'liblockfile1', 'libnsl2', 'libsasl2-2', 'libssl3', 'iproute2', 'procps', 'util-linux'];
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
  // The lab has no DNS: the host's own name, and the outside client's, resolve from /etc/hosts (Sendmail asks for the client's PTR before judging relaying).
  writeFileSync(path.join(host.dir, 'hosts'), `127.0.0.1 localhost\n${host.address} ${host.name}.lab.invalid ${host.name}\n${host.outside} outside.example\n`);
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
    if (host.master) sh('postconf', ['-c', etc, '-P', ...host.master]);
    for (const [name, text] of Object.entries(host.files ?? {})) writeFileSync(path.join(etc, name), text);
    // The lab has no chroot skeleton; running smtpd outside a chroot does not change relay decisions.
    sh('postconf', ['-c', etc, '-F', '*/*/chroot = n']);
  }
  if (host.mta === 'sendmail') {
    const etc = path.join(host.dir, 'etc-mail');
    cpSync(path.join(LAB, 'sendmail-etc'), etc, { recursive: true });
    for (const f of ['m4/dialup.m4', 'm4/provider.m4', 'local-host-names', 'relay-domains', 'trusted-users']) writeFileSync(path.join(etc, f), '');
    let mc = readFileSync('/usr/share/sendmail/cf/debian/sendmail.mc', 'utf8');
    if (host.noAccessDb) {
      // Without FEATURE(access_db), and the features that need it, sendmail keeps its built-in relay rules only.
      for (const f of ['access', 'access.db']) rmSync(path.join(etc, f), { force: true });
      mc = mc.replace(/^FEATURE\(`(access_db|greet_pause|delay_checks|conncontrol|ratecontrol)'.*\n/gm, '');
    } else writeFileSync(path.join(etc, 'access'), host.access ?? '');
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
    env: { ...process.env, HOST_DIR: host.dir, MTA: host.mta, RUNNING: host.running ? 'yes' : 'no', SYSTEMD: host.systemd ? 'yes' : 'no', NO_PS: host.noPs ? 'yes' : 'no', HOST_NAME: host.name },
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
  const args = ['-t', String(host.init), '--mount', '--uts', '--pid', '--net', '--', process.execPath, path.join(ROOT, 'dist/cli.js'), 'scan', '--transport', 'local', '--template', path.join(ROOT, template.file), '--jsonl', out, '--sarif', path.join(host.dir, 'out.sarif'), '--matcher-status', ...(template.unsigned ? ['--allow-unsigned'] : [])];
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

/** The seed with its `systemctl is-active postfix | grep -q running` replaced by a check that works. */
function deriveSeedVariant() {
  const seed = readFileSync(path.join(ROOT, SEED), 'utf8');
  const broken = 'systemctl is-active postfix | grep -q running';
  if (!seed.includes(broken)) throw new Error(`lab: the seed no longer contains \`${broken}\``);
  const text = seed.replace(broken, 'postfix status >/dev/null 2>&1').replace(/\n# digest: .*\n?$/, '\n');
  mkdirSync(path.dirname(path.join(ROOT, SEED_RUNNING_FIXED)), { recursive: true });
  writeFileSync(path.join(ROOT, SEED_RUNNING_FIXED), text);
}

/** Runs a script inside the host's namespaces, as nuclei runs a code block: `bash <file>`, stdin empty. */
function inHost(host, name, source) {
  const file = path.join(host.dir, `${name}.sh`);
  writeFileSync(file, source);
  try {
    return { out: sh('nsenter', ['-t', String(host.init), '--mount', '--uts', '--pid', '--net', '--', 'bash', file], { timeout: 30_000 }).trim(), status: 0 };
  } catch (e) {
    return { out: String(e.stdout ?? '').trim(), status: e.status ?? 'timeout', stderr: String(e.stderr ?? '').trim() };
  }
}

/** Each code block's own output (stdout, trimmed): the evidence behind a verdict, clean hosts included. */
function blockOutputs(host, template) {
  const parsed = YAML.parse(readFileSync(path.join(ROOT, template.file), 'utf8'));
  return parsed.code.map((block, i) => inHost(host, `block-${template.label.replace(/\W+/g, '-')}-${i + 1}`, block.source).out);
}

/** Direct measurements of the seed's suspected defects on this host. */
function measure(host) {
  const m = {};
  if (host.mta === 'postfix' && host.running) {
    const r = inHost(host, 'measure-systemctl', 'systemctl is-active postfix');
    m.systemctl = { out: r.out, status: r.status, stderr: (r.stderr ?? '').split('\n')[0] };
  }
  if (host.mta === 'sendmail') {
    const pattern = `'R\\$.\\* \\$#error \\$@ 5.7.1 \\$: "550 Relaying denied"'`;
    m.seedPatternHits = Number(inHost(host, 'measure-pattern', `grep -c ${pattern} /etc/mail/sendmail.cf`).out || 0);
    m.relayRule = inHost(host, 'measure-rule', `grep -m1 '"550 Relaying denied"$' /etc/mail/sendmail.cf | sed 's/\t/<TAB>/g'`).out;
    m.accessDb = inHost(host, 'measure-accessdb', 'test -f /etc/mail/access.db && echo yes || echo no').out;
  }
  return m;
}

function truthOf(h) {
  return h.truth.open ? 'open' : 'safe';
}
function shown(verdict) {
  return verdict === 'open' ? 'OPEN' : verdict;
}
/** Inline code in Markdown; table cells escape their pipes themselves. */
function code(text) {
  return text ? `\`${text.replace(/`/g, "'").replace(/\s*\n\s*/g, ' ⏎ ')}\`` : '(nothing)';
}

function scoreOf(list, i) {
  const count = (truth, verdict) => list.filter((h) => truthOf(h) === truth && (verdict === 'open' ? h.verdicts[i] === 'open' : h.verdicts[i] !== 'open')).length;
  const [tp, fp, fn, tn] = [count('open', 'open'), count('safe', 'open'), count('open', 'safe'), count('safe', 'safe')];
  const ratio = (a, b) => (b === 0 ? 'n/a' : (a / b).toFixed(2));
  const agree = list.filter((h) => h.verdicts[i] === truthOf(h)).length;
  return { agree, text: `agrees on ${agree}/${list.length} hosts; precision ${ratio(tp, tp + fp)}, recall ${ratio(tp, tp + fn)} (TP ${tp}, FP ${fp}, FN ${fn}, TN ${tn})` };
}

function markdownTable(header, rows) {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map((c) => String(c).replace(/\|/g, '\\|')).join(' | ')} |`)];
}

/** The seed's suspected defects, each judged from this run's measurements. */
function defects(list) {
  const seed = TEMPLATES.findIndex((t) => t.file === SEED);
  const fixed = TEMPLATES.findIndex((t) => t.file === SEED_RUNNING_FIXED);
  const postfix = list.filter((h) => h.measured.systemctl);
  const answers = new Map();
  for (const h of postfix) {
    const key = `${code(h.measured.systemctl.out)} (exit ${h.measured.systemctl.status}${h.measured.systemctl.stderr ? `; stderr ${code(h.measured.systemctl.stderr)}` : ''})`;
    answers.set(key, [...(answers.get(key) ?? []), h.name]);
  }
  const notActive = postfix.filter((h) => /Postfix is not active/.test(h.blocks[seed][1]));
  const d1 = notActive.length === postfix.length ? 'CONFIRMED' : 'REFUTED';
  const wrongFixed = list.filter((h) => h.mta === 'postfix' && h.verdicts[fixed] !== truthOf(h));
  const d2 = wrongFixed.length > 0 ? 'CONFIRMED' : 'REFUTED';
  const sendmail = list.filter((h) => h.mta === 'sendmail' && h.running);
  const hits = sendmail.reduce((n, h) => n + h.measured.seedPatternHits, 0);
  // Where the seed saw Sendmail at all (its `ps -ef` needs procps).
  const judged = sendmail.filter((h) => !/Sendmail is not active/.test(h.blocks[seed][0]));
  const restsOnAccessDb = judged.length > 0 && judged.every((h) => /\[SAFE\]/.test(h.blocks[seed][0]) === (h.measured.accessDb === 'yes'));
  const blind = sendmail.filter((h) => h.noPs && /not active/.test(h.blocks[seed][0]));
  const d3 = hits === 0 && restsOnAccessDb ? 'CONFIRMED' : 'REFUTED';
  return [
    `1. **${d1}: \`systemctl is-active postfix | grep -q running\` never sees Postfix running.** What \`systemctl is-active postfix\` printed on the ${postfix.length} hosts where Postfix runs:`,
    ...[...answers].map(([k, names]) => `   - ${k} on ${names.join(', ')}`),
    `   The seed's block 2 said \`[INFO] Postfix is not active.\` on ${notActive.length} of those ${postfix.length} hosts: \`is-active\` prints \`active\`, never \`running\`, and without systemd it prints nothing on stdout.`,
    `2. **${d2}: block 2 reads main.cf text, not the effective configuration.** With only the running check repaired (column "seed, running check fixed"), its grep still disagrees with the truth on ${wrongFixed.length} of the ${list.filter((h) => h.mta === 'postfix').length} Postfix hosts. It wants the words \`permit_mynetworks\` and \`reject_unauth_destination\` on a \`smtpd_relay_restrictions\` line of main.cf: Debian's own main.cf says \`defer_unauth_destination\`, restrictions that apply by default, in \`smtpd_recipient_restrictions\` or in master.cf are not seen, smtpd's refusal to run without a working restriction is not known, and any \`mynetworks\` line passes, however wide:`,
    ...wrongFixed.map((h) => `   - ${h.name}: truth ${truthOf(h)}, verdict ${h.verdicts[fixed]}: ${code(h.blocks[fixed][1])}`),
    `3. **${d3}: block 1's rule pattern never matches; the verdict rests on access.db.** The seed's \`grep 'R\\$.\\* \\$#error …'\` matched ${hits} line(s) in the built sendmail.cf of the ${sendmail.length} running Sendmail hosts, whose real rule reads ${code(sendmail[0]?.measured.relayRule)}. On the ${judged.length} where it saw Sendmail running, its verdict ${restsOnAccessDb ? 'followed' : 'did not follow'} the presence of /etc/mail/access.db:`,
    ...sendmail.map((h) => `   - ${h.name}: access.db ${h.measured.accessDb}, truth ${truthOf(h)}; seed block 1: ${code(h.blocks[seed][0])}`),
    ...(blind.length > 0 ? [`4. **Also measured: without procps the seed sees no MTA.** Its Sendmail check is \`ps -ef | grep sendmail\`; on ${blind.map((h) => h.name).join(', ')} (no \`ps\`, as on minimal images) it said Sendmail is not active while it was relaying. The bundled probes fall back to pid files (Sendmail's pid file with \`kill -0\`; \`postfix status\`).`] : []),
  ];
}

function render(list) {
  const truthCell = (h) => `${h.truth.open ? 'OPEN' : 'safe'}`;
  const header = ['host', 'truth', 'relay attempt (reply to RCPT TO)', ...TEMPLATES.flatMap((t) => [t.label, 'agrees?'])];
  const rows = list.map((h) => [h.name, truthCell(h), h.truth.reply, ...h.verdicts.flatMap((v) => [shown(v), v === truthOf(h) ? 'yes' : '**NO**'])]);
  const scores = TEMPLATES.map((t, i) => ({ ...t, ...scoreOf(list, i) }));
  const plain = rows.map((r) => r.map((c) => c.replace(/\*\*/g, '')));
  const widths = header.map((_, i) => Math.max(...[header, ...plain].map((r) => r[i].length)));
  const table = [header, ...plain].map((r) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd()).join('\n') + `\n\n${scores.map((sc) => `${sc.label}: ${sc.text}`).join('\n')}\n`;
  const date = new Date().toISOString().slice(0, 10);
  const md = [
    '# The smtp-open-relay lab',
    '',
    `Generated by \`npm run lab\` (as root on Debian 12) on ${date}; do not edit by hand. ${list.length} hosts run at once, each a real MTA (Debian's Postfix, or Sendmail's Debian binaries) or none, in its own network, mount, UTS and PID namespaces, with its own configuration directory bind-mounted over /etc/postfix or /etc/mail and its own address (\`lab/hosts.mjs\` lists them). The truth is a real relay attempt from the root namespace, outside every host's trusted networks: \`EHLO outside.example\`, \`MAIL FROM:<probe@outside.example>\`, \`RCPT TO:<victim@elsewhere.example>\`; a 2xx reply to RCPT is an open relay, anything else (or no SMTP server) is safe. No DATA is sent. Each template runs on each host through fleetprobe's own engine (\`nsenter\` into the host's namespaces, then \`node dist/cli.js scan --transport local --template … --matcher-status\`), so its probes see that host's files and processes; a verdict is OPEN when the JSONL holds a finding (\`matcher-status: true\`). The lab runs no systemd: on the \`-systemd\` host a stand-in \`systemctl\` (\`lab/systemctl.sh\`) answers \`is-active\` as systemd does; on the \`-no-ps\` hosts \`ps\` fails as on images without procps.`,
    '',
    ...markdownTable(header, rows),
    '',
    ...scores.map((sc) => `- **${sc.label}** (\`${sc.file}\`): ${sc.text}`),
    '',
    '"seed, running check fixed" is a diagnostic made by the lab: the upstream seed with only `systemctl is-active postfix | grep -q running` replaced by `postfix status`, to measure its main.cf grep on hosts where it finally looks. It is not shipped. The lab fails when the bundled template disagrees with the truth on any host.',
    '',
    '## The seed\'s suspected defects, measured',
    '',
    ...defects(list),
    '',
    '## Why the bundled template differs from the upstream seed',
    '',
    ...why(),
    '',
    '## Evidence: each code block\'s output on each host',
    '',
    ...list.flatMap((h) => [`- **${h.name}** (truth ${truthOf(h)}; ${h.truth.transcript?.length ? `SMTP: ${h.truth.transcript.map((l) => code(l)).join(' → ')}` : h.truth.reply})`, ...TEMPLATES.map((t, i) => `  - ${t.label}: ${h.blocks[i].map((o, b) => `block ${b + 1} ${code(o)}`).join(' · ')}`)]),
    '',
  ].join('\n');
  const seed = scores.find((sc) => sc.file === SEED);
  const bundled = scores.find((sc) => sc.label === 'bundled');
  const readme = [
    '## Accuracy: the smtp-open-relay lab',
    '',
    `\`npm run lab\` (root, Debian 12; CI runs it) starts ${list.length} real Postfix and Sendmail hosts in network namespaces, asks each one to relay mail from outside (the truth), and runs both the upstream nuclei template and fleetprobe's bundled one on every host through the engine. Result of the last run (${date}):`,
    '',
    ...markdownTable(['host', 'truth', 'upstream seed', 'bundled'], list.map((h) => [h.name, truthCell(h), ...[seed, bundled].map((sc) => { const v = h.verdicts[TEMPLATES.findIndex((t) => t.label === sc.label)]; return v === truthOf(h) ? shown(v) : `**${shown(v)}** (wrong)`; })])),
    '',
    `- upstream seed (\`${SEED}\`, ProjectDiscovery-signed, kept as the compatibility reference): ${seed.text}`,
    `- bundled (\`templates/smtp-open-relay.yaml\`): ${bundled.text}`,
    '',
    'The bundled template keeps the upstream id, matcher names (`sendmail`, `postfix`) and `[VULNERABLE]`/`[SAFE]`/`[INFO]` markers, so dashboards keep working, but its probes judge the effective configuration: the upstream Postfix probe never sees Postfix running (`systemctl is-active` prints `active`, not `running`) and greps main.cf text, missing defaults, master.cf overrides and a wide `mynetworks`; the upstream Sendmail probe\'s rule pattern cannot match a real sendmail.cf, so its verdict only says whether `/etc/mail/access.db` exists. Details, measurements and each probe\'s output per host: [LAB.md](LAB.md).',
    '',
  ].join('\n');
  return { table, markdown: md, readme };
}

function why() {
  return [
    "- **Running Postfix, with or without systemd.** The seed asks `systemctl is-active postfix | grep -q running`, which never matches (see defect 1), so every open Postfix relay is missed. The bundled probe looks for Postfix's `master` process in the process list, or asks `postfix status` (pid file), whatever the init system.",
    "- **Effective Postfix configuration, not main.cf text.** Defaults (`postconf -d`), `$name` expansions, `mynetworks_style` and master.cf `-o` overrides are invisible to `grep`. The bundled probe asks `postconf -x -h` for each value and `postconf -P -x -h smtp/inet/NAME` for the public smtp service's overrides, so the Debian default relay restrictions count even when main.cf does not spell them out, and an override in master.cf is seen.",
    '- **`mynetworks` breadth and permissive client tables.** `mynetworks = 0.0.0.0/0`, `10.0.0.0/8` (or `mynetworks_style = class`), or a `check_client_access cidr:` table answering OK for everyone open the relay while `reject_unauth_destination` is still in place; the bundled probe treats a trusted network wider than a /16 (IPv6: /48), loopback aside, as open.',
    "- **Postfix's own safety net.** When no restriction list rejects before a `permit`, smtpd refuses to run (`specify at least one working instance of: reject_unauth_destination ...`): the relay attempt gets no greeting, so the host cannot relay. The bundled probe reproduces that check instead of calling the host open.",
    "- **Sendmail's relay rules.** The seed's pattern cannot match a real sendmail.cf (defect 3), so its verdict is whether access.db exists: `FEATURE(promiscuous_relay)` or a broad `Connect:10 RELAY` pass, and Debian's built-in rules without an access map are reported vulnerable. The bundled probe finds a running Sendmail by its process title or, without `ps`, its pid file, then reads the built sendmail.cf (relay features, listening addresses) and the access map text (or `makemap -u` of access.db) and relay-domains for RELAY entries of /16 or wider.",
    "- **Reachability.** An MTA bound to loopback only (Debian's Sendmail default, Postfix `inet_interfaces = loopback-only`) cannot relay for other hosts; the bundled probes say so instead of judging rules nobody outside can reach.",
  ];
}

function cleanup() {
  for (const host of hosts) {
    for (const pid of quiet('ip', ['netns', 'pids', host.ns]).trim().split('\n').filter(Boolean)) quiet('kill', ['-9', pid]);
    quiet('ip', ['netns', 'del', host.ns]);
    quiet('ip', ['link', 'del', host.veth]);
  }
}
