// `npm run lab` (as root, Debian): real Postfix, Sendmail and Exim hosts, each in its own network, mount, UTS
// and PID namespaces; ground truth from real relay attempts from an internet address outside every host's
// trusted networks; each template run on each host through fleetprobe's engine (dist/cli.js), as root and, for
// the bundled template, as an unprivileged user too; a table, LAB.md and the README's lab section.
// Exits non-zero when the bundled template disagrees with the truth on any host, or when its unprivileged run
// calls an open relay safe, or when it leaves a queue file or log line behind. `LAB_ONLY=<regexp>` runs only the matching hosts and reports into .lab/LAB.md (development).
import { execFile, execFileSync, spawn } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { HOSTS } from '../lab/hosts.mjs';
import { defaultSenders, relayAttempt } from '../lab/smtp.mjs';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const LAB = path.join(ROOT, '.lab');
const SEED = 'fixtures/templates/smtp-open-relay.yaml';
const BUNDLED = 'templates/smtp-open-relay.yaml';
// The seed with only its Postfix "running" check repaired (unsigned, so run with --allow-unsigned): isolates
// what its main.cf grep gets right or wrong once it looks at running Postfix hosts at all. A diagnostic, not a product.
const SEED_RUNNING_FIXED = '.lab/templates/seed-running-check-fixed.yaml';
const TEMPLATES = [
  { label: 'bundled', file: BUNDLED },
  { label: 'bundled, unprivileged', file: BUNDLED, user: 'nobody' },
  { label: 'upstream seed', file: SEED },
  { label: 'seed, running check fixed', file: SEED_RUNNING_FIXED, unsigned: true },
];
// What a probe must never leave behind: queue files (Postfix, Sendmail, Exim) and mail log lines.
const FOOTPRINT = `for d in /var/spool/postfix/incoming /var/spool/postfix/active /var/spool/postfix/deferred /var/spool/postfix/maildrop /var/spool/postfix/hold /var/spool/postfix/bounce /var/spool/postfix/defer /var/spool/mqueue /var/spool/exim4/input; do [ -d "$d" ] && find "$d" -type f | sed "s|^|queue |"; done
for f in /var/lib/postfix/maillog /var/log/exim4/mainlog /var/log/exim4/rejectlog /var/log/exim4/paniclog; do [ -f "$f" ] && sed "s|^|log |" "$f"; done`;
const MTAS = ['postfix', 'sendmail', 'exim', 'none'];
const BLOCK = { sendmail: 0, postfix: 1, exim: 2 };
const BUDGET_MS = 15 * 60_000;
const DEADLINE = Date.now() + BUDGET_MS;
const ONLY = process.env.LAB_ONLY ? new RegExp(process.env.LAB_ONLY) : undefined;
const sh = (cmd, args, opts = {}) => execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 300_000, ...opts });
const quiet = (cmd, args) => {
  try {
    return sh(cmd, args);
  } catch {
    return '';
  }
};
// The same, without blocking the event loop, so hosts are judged a few at a time.
const run = (cmd, args, opts = {}) =>
  new Promise((resolve, reject) =>
    execFile(cmd, args, { encoding: 'utf8', timeout: 300_000, maxBuffer: 64 * 1024 * 1024, ...opts }, (error, stdout, stderr) => (error ? reject(Object.assign(error, { stdout, stderr, status: error.code })) : resolve(stdout))),
  );
const JOBS = 6;
async function pool(items, jobs, fn) {
  const queue = [...items];
  await Promise.all(Array.from({ length: jobs }, async () => {
    for (let item; (item = queue.shift()); ) await fn(item);
  }));
}
const inTime = (stage) => {
  if (Date.now() > DEADLINE) throw new Error(`lab: over its ${BUDGET_MS / 60_000} minutes before ${stage}`);
};

if (process.getuid?.() !== 0) {
  console.error('lab: needs root (network and mount namespaces, package installs)');
  process.exit(2);
}

// Host i: its own /30 (host 10.231.i.2, LAN neighbour 10.231.i.1) and, for the relay attempts, an internet
// client 192.0.2.(i+1) (TEST-NET-1) routed through the same link.
// IPv6 hosts: fd00:fb:i::2 (LAN neighbour fd00:fb:i::1), internet client 2001:db8:fb:i::1 (documentation prefix).
const hosts = HOSTS.map((h, i) => ({ ...h, running: h.running ?? h.mta !== 'none', ns: `fplab-${i}`, veth: `fplab${i}`, lan: `10.231.${i}.1`, internet: `192.0.2.${i + 1}`, address: `10.231.${i}.2`, lan6: `fd00:fb:${i}::1`, address6: `fd00:fb:${i}::2`, internet6: `2001:db8:fb:${i}::1`, dir: path.join(LAB, 'hosts', h.name) })).filter((h) => !ONLY || ONLY.test(h.name));
const started = [];
let shared;
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

const timings = {};
const timed = async (stage, fn) => {
  const t = Date.now();
  const r = await fn();
  timings[stage] = (Date.now() - t) / 1000;
  return r;
};

try {
  await timed('install', install);
  // The engine trusts its bundled templates by the hashes built into dist: build from this tree's templates.
  sh(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], { cwd: ROOT });
  cleanup();
  // The unprivileged runs need a copy of the engine and the template that any user can read, and a place to write.
  shared = mkdtempSync(path.join(tmpdir(), 'fplab-'));
  chmodSync(shared, 0o755);
  cpSync(path.join(ROOT, 'dist'), path.join(shared, 'dist'), { recursive: true });
  mkdirSync(path.join(shared, path.dirname(BUNDLED)), { recursive: true });
  cpSync(path.join(ROOT, BUNDLED), path.join(shared, BUNDLED));
  cpSync(path.join(ROOT, 'package.json'), path.join(shared, 'package.json'));
  deriveSeedVariant();
  await timed('prepare hosts', () => pool(hosts, JOBS, prepare));
  await timed('start hosts', async () => {
    for (const host of hosts) started.push(start(host));
    await Promise.all(started.map((s) => s.ready));
    await settle(hosts);
  });
  inTime('the relay attempts');
  await timed('relay attempts', () => Promise.all(hosts.map(truth)));
  await timed('templates', () =>
    pool(hosts, JOBS, async (host) => {
      inTime(`judging ${host.name}`);
      host.verdicts = [];
      host.blocks = [];
      host.sideEffects = [];
      for (const t of TEMPLATES) {
        const before = await footprint(host);
        host.verdicts.push(await judge(host, t));
        host.blocks.push(await blockOutputs(host, t));
        host.sideEffects.push(sideEffects(before, await footprint(host)));
      }
      host.measured = await measure(host);
    }),
  );
  const report = render(hosts);
  console.log(report.table);
  console.log(`lab: ${Object.entries(timings).map(([k, v]) => `${k} ${v.toFixed(0)} s`).join(', ')}`);
  console.log(`lab: new queue files and log lines while each template ran:\n${effectsSummary(hosts)}`);
  // A partial run (LAB_ONLY) reports into .lab/ only.
  writeFileSync(path.join(ONLY ? LAB : ROOT, 'LAB.md'), report.markdown);
  if (!ONLY) {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const section = /^## Accuracy: the smtp-open-relay lab\n[\s\S]*?(?=^## )/m;
    if (!section.test(readme)) throw new Error('lab: README.md has no "## Accuracy: the smtp-open-relay lab" section to update');
    writeFileSync(path.join(ROOT, 'README.md'), readme.replace(section, report.readme));
    writeFileSync(path.join(LAB, 'transcripts.json'), JSON.stringify(Object.fromEntries(hosts.map((h) => [h.name, { truth: h.truth, lan: h.lan }])), null, 2));
  }
  const bundled = TEMPLATES.findIndex((t) => t.label === 'bundled');
  const unprivileged = TEMPLATES.findIndex((t) => t.label === 'bundled, unprivileged');
  const wrong = hosts.filter((h) => !agrees(h, bundled));
  const missed = hosts.filter((h) => h.truth.open && !isFinding(h.verdicts[unprivileged]));
  // The bundled probes must leave nothing behind: no queue file, no log line from a program they run.
  const left = hosts.filter((h) => [bundled, unprivileged].some((k) => h.sideEffects[k].some(probeTrace)));
  if (wrong.length > 0) console.error(`lab: the bundled template disagrees with the truth on ${wrong.map((h) => h.name).join(', ')}`);
  if (missed.length > 0) console.error(`lab: run unprivileged, the bundled template calls open relays safe: ${missed.map((h) => h.name).join(', ')}`);
  if (left.length > 0) console.error(`lab: the bundled template left queue files or log lines on ${left.map((h) => h.name).join(', ')}`);
  if (wrong.length + missed.length + left.length > 0) process.exitCode = 1;
  else console.log(`lab: the bundled template agrees with the truth on all ${hosts.length} hosts, and unprivileged it calls no open relay safe`);
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 1;
} finally {
  cleanup();
  if (shared) rmSync(shared, { recursive: true, force: true });
  clearTimeout(watchdog);
}

/** Postfix (with its pcre, lmdb and cdb tables) from Debian; Sendmail's and Exim's binaries unpacked beside it (the packages conflict in Debian). */
function install() {
  const need = ['postfix', 'postfix-pcre', 'postfix-lmdb', 'postfix-cdb', 'm4', 'libwrap0', 'libdb5.3', 'libldap-2.5-0', 'liblockfile1', 'libnsl2', 'libsasl2-2', 'libssl3', 'libidn12', 'libgnutls30', 'libgnutls-dane0', 'libidn2-0', 'libpcre2-8-0', 'iproute2', 'procps', 'util-linux'];
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
  const unpack = (name, packages, done) => {
    if (done()) return;
    console.log(`lab: unpacking ${packages.join(', ')}`);
    const dl = path.join(LAB, 'debs', name);
    rmSync(dl, { recursive: true, force: true });
    mkdirSync(dl, { recursive: true });
    sh('apt-get', ['download', '-qq', ...packages], { cwd: dl, env });
    const unpacked = path.join(LAB, `${name}-root`);
    rmSync(unpacked, { recursive: true, force: true });
    for (const deb of readdirSync(dl)) sh('dpkg', ['-x', path.join(dl, deb), unpacked]);
    return unpacked;
  };
  const sendmail = unpack('sendmail', ['sendmail-bin', 'sendmail-base', 'sendmail-cf'], () => existsSync('/usr/libexec/sendmail/sendmail') && existsSync('/usr/share/sendmail/cf/m4/cf.m4') && existsSync(path.join(LAB, 'sendmail-etc')));
  if (sendmail) {
    cpSync(path.join(sendmail, 'usr/libexec/sendmail'), '/usr/libexec/sendmail', { recursive: true, verbatimSymlinks: true });
    cpSync(path.join(sendmail, 'usr/share/sendmail'), '/usr/share/sendmail', { recursive: true, verbatimSymlinks: true });
    cpSync(path.join(sendmail, 'etc/mail'), path.join(LAB, 'sendmail-etc'), { recursive: true });
  }
  // Only Exim's own programs: its sendmail, mailq and rmail links would replace Postfix's.
  const exim = unpack('exim', ['exim4-base', 'exim4-config', 'exim4-daemon-light'], () => existsSync('/usr/sbin/exim4') && existsSync('/usr/sbin/update-exim4.conf') && existsSync(path.join(LAB, 'exim-etc')));
  if (exim) {
    for (const f of ['exim4', 'update-exim4.conf']) cpSync(path.join(exim, 'usr/sbin', f), path.join('/usr/sbin', f));
    chmodSync('/usr/sbin/exim4', 0o4755);
    rmSync('/usr/sbin/exim', { force: true });
    sh('ln', ['-s', 'exim4', '/usr/sbin/exim']);
    cpSync(path.join(exim, 'etc/exim4'), path.join(LAB, 'exim-etc'), { recursive: true });
  }
  for (const [user, home] of [['smmta', '/var/lib/sendmail'], ['smmsp', '/var/lib/sendmail'], ['Debian-exim', '/var/spool/exim4']]) {
    if (!quiet('getent', ['passwd', user])) {
      quiet('groupadd', ['-r', user]);
      sh('useradd', ['-r', '-g', user, '-d', home, '-s', '/usr/sbin/nologin', user]);
    }
  }
  // Mount points the hosts bind their own directories and files onto.
  for (const dir of ['/etc/mail', '/var/spool/mqueue', '/var/lib/sendmail', '/etc/postfix', '/var/spool/postfix', '/var/lib/postfix', '/etc/exim4', '/var/lib/exim4', '/var/spool/exim4', '/var/log/exim4']) mkdirSync(dir, { recursive: true });
  if (!existsSync('/etc/mailname')) writeFileSync('/etc/mailname', 'lab.fleetprobe.invalid\n');
}

async function prepare(host) {
  rmSync(host.dir, { recursive: true, force: true });
  for (const d of ['etc-postfix', 'spool-postfix', 'lib-postfix', 'etc-mail', 'spool-mqueue', 'lib-sendmail/host_status', 'etc-exim4', 'lib-exim4', 'spool-exim4', 'log-exim4']) mkdirSync(path.join(host.dir, d), { recursive: true });
  // Template runs (some unprivileged) write their reports and block scripts where any user can.
  host.out = path.join(shared, host.name);
  mkdirSync(host.out);
  chmodSync(host.out, 0o1777);
  // The lab has no DNS: the host's own name, and the outside clients', resolve from /etc/hosts (Sendmail asks for the client's PTR before judging relaying).
  writeFileSync(path.join(host.dir, 'hosts'), `127.0.0.1 localhost\n${host.address} ${host.name}.lab.invalid ${host.name}\n${host.internet} outside.example\n${host.lan} neighbour.lab.invalid\n`);
  writeFileSync(path.join(host.dir, 'mailname'), `${host.name}.lab.invalid\n`);
  writeFileSync(path.join(host.dir, 'resolv.conf'), 'nameserver 127.0.0.1\noptions timeout:1 attempts:1\n');
  if (host.mta === 'postfix') {
    // The default instance's directory, and the one the host's Postfix runs from (the same unless `configDir`).
    const top = path.join(host.dir, 'etc-postfix');
    const etc = host.configDir ? path.join(top, host.configDir) : top;
    // What Debian's installer adds to main.cf.debian, for this host's name; the log goes to a file (no syslog here).
    const base = [`myhostname = ${host.name}.lab.invalid`, 'mydestination = $myhostname, localhost', 'mynetworks = 127.0.0.0/8 [::ffff:127.0.0.0]/104 [::1]/128', 'inet_protocols = ipv4', 'alias_maps =', 'maillog_file = /var/lib/postfix/maillog'];
    for (const dir of new Set([top, etc])) {
      mkdirSync(dir, { recursive: true });
      cpSync('/usr/share/postfix/main.cf.debian', path.join(dir, 'main.cf'));
      cpSync('/etc/postfix/master.cf', path.join(dir, 'master.cf'));
      for (const f of ['dynamicmaps.cf', 'postfix-files']) if (existsSync(`/etc/postfix/${f}`)) cpSync(`/etc/postfix/${f}`, path.join(dir, f));
      if (existsSync('/etc/postfix/postfix-files.d')) cpSync('/etc/postfix/postfix-files.d', path.join(dir, 'postfix-files.d'), { recursive: true });
      if (existsSync('/etc/postfix/dynamicmaps.cf.d')) cpSync('/etc/postfix/dynamicmaps.cf.d', path.join(dir, 'dynamicmaps.cf.d'), { recursive: true });
      await run('postconf', ['-c', dir, '-e', ...base]);
      // The lab has no chroot skeleton; running smtpd outside a chroot does not change relay decisions.
      await run('postconf', ['-c', dir, '-F', '*/*/chroot = n']);
    }
    // `postfix -c DIR` runs only a directory the default main.cf names.
    if (etc !== top) await run('postconf', ['-c', top, '-e', `alternate_config_directories = /etc/postfix/${host.configDir}`]);
    if (host.postconf) await run('postconf', ['-c', etc, '-e', ...host.postconf]);
    if (host.postconfRemove) await run('postconf', ['-c', etc, '-X', ...host.postconfRemove]);
    if (host.master) await run('postconf', ['-c', etc, '-P', ...host.master]);
    if (host.servicesRemove) await run('postconf', ['-c', etc, '-MX', ...host.servicesRemove]);
    for (const line of host.services ?? []) {
      const [name, type] = line.split(/\s+/);
      await run('postconf', ['-c', etc, '-M', `${name}/${type}=${line}`]);
    }
    for (const [name, text] of Object.entries(host.files ?? {})) writeFileSync(path.join(etc, name), text);
    for (const map of host.maps ?? []) {
      const [type, file] = map.split(':');
      await run('postmap', ['-c', etc, `${type}:${path.join(etc, file)}`]);
    }
    await run('postconf', ['-c', etc, '-F', '*/*/chroot = n']);
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
    const lab = [`define(\`confDOMAIN_NAME', \`${host.name}.lab.invalid')dnl`, "FEATURE(`accept_unresolvable_domains')dnl"];
    mc = mc.replace(/^MAILER_DEFINITIONS/m, `${lab.join('\n')}\nMAILER_DEFINITIONS`);
    // Local rulesets go at the end, after the mailers.
    writeFileSync(path.join(etc, 'sendmail.mc'), `${insertFeatures(mc, host.mc ?? [])}`);
  }
  if (host.mta === 'exim') {
    const etc = path.join(host.dir, 'etc-exim4');
    cpSync(path.join(LAB, 'exim-etc'), etc, { recursive: true });
    const answers = { eximconfig_configtype: 'internet', other_hostnames: `${host.name}.lab.invalid`, local_interfaces: '', readhost: '', relay_domains: '', minimaldns: 'false', relay_nets: '', smarthost: '', use_split_config: 'false', hide_mailname: '', mailname_in_oh: 'true', localdelivery: 'mail_spool', ...host.exim };
    writeFileSync(path.join(etc, 'update-exim4.conf.conf'), `${Object.entries(answers).map(([k, v]) => `dc_${k}='${v}'`).join('\n')}\nCFILEMODE='644'\n`);
    for (const [name, text] of Object.entries(host.eximFiles ?? {})) writeFileSync(path.join(etc, name), text);
    if (host.eximRcptAcl) {
      const template = path.join(etc, 'exim4.conf.template');
      writeFileSync(template, readFileSync(template, 'utf8').replace(/^acl_check_rcpt:\n/m, `acl_check_rcpt:\n${host.eximRcptAcl.join('\n')}\n\n`));
    }
  }
}

/** FEATURE and define lines go before MAILER_DEFINITIONS; a LOCAL_RULESETS section goes at the end of the .mc. */
function insertFeatures(mc, lines) {
  const at = lines.indexOf('LOCAL_RULESETS');
  const features = at < 0 ? lines : lines.slice(0, at);
  const rules = at < 0 ? [] : lines.slice(at);
  const withFeatures = features.length ? mc.replace(/^MAILER_DEFINITIONS/m, `${features.join('\n')}\nMAILER_DEFINITIONS`) : mc;
  return rules.length ? `${withFeatures.trimEnd()}\n${rules.join('\n')}\n` : withFeatures;
}

function start(host) {
  sh('ip', ['netns', 'add', host.ns]);
  sh('ip', ['link', 'add', host.veth, 'type', 'veth', 'peer', 'name', `${host.veth}p`]);
  sh('ip', ['link', 'set', `${host.veth}p`, 'netns', host.ns]);
  sh('ip', ['addr', 'add', `${host.lan}/30`, 'dev', host.veth]);
  sh('ip', ['addr', 'add', `${host.internet}/32`, 'dev', host.veth]);
  sh('ip', ['link', 'set', host.veth, 'up']);
  sh('ip', ['-n', host.ns, 'addr', 'add', `${host.address}/30`, 'dev', `${host.veth}p`]);
  sh('ip', ['-n', host.ns, 'link', 'set', `${host.veth}p`, 'up']);
  sh('ip', ['-n', host.ns, 'link', 'set', 'lo', 'up']);
  sh('ip', ['-n', host.ns, 'route', 'add', 'default', 'via', host.lan]);
  if (host.ipv6) {
    sh('ip', ['addr', 'add', `${host.lan6}/64`, 'dev', host.veth, 'nodad']);
    sh('ip', ['addr', 'add', `${host.internet6}/128`, 'dev', host.veth, 'nodad']);
    sh('ip', ['-n', host.ns, 'addr', 'add', `${host.address6}/64`, 'dev', `${host.veth}p`, 'nodad']);
    sh('ip', ['-n', host.ns, '-6', 'route', 'add', 'default', 'via', host.lan6]);
  }
  const child = spawn('ip', ['netns', 'exec', host.ns, 'unshare', '--mount', '--uts', '--pid', '--fork', '--mount-proc', '--propagation', 'private', path.join(ROOT, 'lab/host-init.sh')], {
    env: { ...process.env, HOST_DIR: host.dir, MTA: host.mta, POSTFIX_CONFIG: host.configDir ? `/etc/postfix/${host.configDir}` : '', EXIM_ARGS: host.eximDaemonArgs ?? '', RUNNING: host.running ? 'yes' : 'no', SYSTEMD: host.systemd ? 'yes' : 'no', NO_PS: host.noPs ? 'yes' : 'no', HOST_NAME: host.name },
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

/** TCP ports the host listens on for other hosts (not loopback only). */
function publicPorts(host) {
  const ports = new Set();
  for (const line of quiet('ip', ['netns', 'exec', host.ns, 'ss', '-Hltn']).trim().split('\n')) {
    const local = line.trim().split(/\s+/)[3];
    const m = local && /^(.*):(\d+)$/.exec(local);
    if (m && !/^(127\.|\[::1\]|\[::ffff:127\.)/.test(m[1])) ports.add(Number(m[2]));
  }
  return [...ports].sort((a, b) => a - b);
}

/** Waits until every running host listens (or a bounded time passes). */
async function settle(list) {
  for (const host of list.filter((h) => h.running)) {
    for (let i = 0; i < 40 && Date.now() < DEADLINE; i++) {
      if (quiet('ip', ['netns', 'exec', host.ns, 'ss', '-Hltn']).trim()) break;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

/** The truth: a relay attempt from the internet client on every port the host listens on; also one from its LAN neighbour, for information. */
async function truth(host) {
  const senders = (name) => [...defaultSenders(name), ...(host.truthSenders ?? [])];
  host.ports = publicPorts(host);
  const from = [{ address: host.address, localAddress: host.internet }, ...(host.ipv6 ? [{ address: host.address6, localAddress: host.internet6, ipv6: true }] : [])];
  const attempts = await Promise.all(from.flatMap(({ address, localAddress, ipv6 }) => host.ports.map(async (port) => ({ port, ipv6, ...(await relayAttempt(address, { port, localAddress, senders })) }))));
  const open = attempts.find((a) => a.open);
  const shown = open ?? attempts[0];
  const where = [host.ports.length > 1 ? `port ${shown?.port}` : '', shown?.ipv6 ? `from ${host.internet6}` : ''].filter(Boolean).join(', ');
  host.truth = shown ? { ...shown, open: Boolean(open), reply: `${shown.reply}${where ? ` (${where})` : ''}`, attempts } : { open: false, reply: 'no SMTP server (no public port)', transcript: [], attempts };
  host.lan = host.ports.includes(25) ? await relayAttempt(host.address, { port: 25, localAddress: host.lan, senders }) : { open: false, reply: 'no SMTP server' };
}

/** Runs one template on one host through fleetprobe's CLI, inside the host's namespaces (as root, or as an unprivileged user). */
async function judge(host, template) {
  const slug = template.label.replace(/\W+/g, '-');
  const out = path.join(host.out, `${slug}.jsonl`);
  const base = template.user ? shared : ROOT;
  const as = template.user ? ['setpriv', `--reuid=${template.user}`, '--regid=nogroup', '--clear-groups', '--'] : [];
  const args = ['-t', String(host.init), '--mount', '--uts', '--pid', '--net', '--', ...as, process.execPath, path.join(base, 'dist/cli.js'), 'scan', '--transport', 'local', '--template', path.join(base, template.file), '--jsonl', out, '--sarif', path.join(host.out, `${slug}.sarif`), '--matcher-status', ...(template.unsigned ? ['--allow-unsigned'] : [])];
  try {
    await run('nsenter', args, { cwd: base, timeout: 180_000 });
  } catch (e) {
    if (e.status !== 1) return `error: ${String(e.stderr || e.message).trim().split('\n')[0]}`;
  }
  const lines = readFileSync(out, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
  if (lines.some((l) => l.error)) return 'unaudited';
  const found = lines.filter((l) => l['matcher-status']);
  if (found.length === 0) return 'safe';
  // A finding whose evidence only says the relay policy could not be confirmed is a non-pass, kept apart from a confirmed open relay.
  return found.some((l) => !String(l.fleetprobe?.evidence ?? '').startsWith('[UNCONFIRMED]')) ? 'open' : 'unconfirmed';
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
async function inHost(host, name, source, user) {
  const file = path.join(host.out, `${name}.sh`);
  writeFileSync(file, source);
  const as = user ? ['setpriv', `--reuid=${user}`, '--regid=nogroup', '--clear-groups', '--'] : [];
  try {
    return { out: (await run('nsenter', ['-t', String(host.init), '--mount', '--uts', '--pid', '--net', '--', ...as, 'bash', file], { timeout: 60_000 })).trim(), status: 0 };
  } catch (e) {
    return { out: String(e.stdout ?? '').trim(), status: e.status ?? 'timeout', stderr: String(e.stderr ?? '').trim() };
  }
}

/** Each code block's own output (stdout, trimmed): the evidence behind a verdict, clean hosts included. */
async function blockOutputs(host, template) {
  const parsed = YAML.parse(readFileSync(path.join(ROOT, template.file), 'utf8'));
  const outputs = [];
  for (const [i, block] of parsed.code.entries()) outputs.push((await inHost(host, `block-${template.label.replace(/\W+/g, '-')}-${i + 1}`, block.source, template.user)).out);
  return outputs;
}

async function footprint(host) {
  return new Set((await inHost(host, 'footprint', FOOTPRINT)).out.split('\n').filter(Boolean));
}
/** A queue file, or a log line from a program a probe runs (not from the MTA's own daemons serving the relay attempts). */
function probeTrace(line) {
  return line.startsWith('queue ') || /\b(postmap|postconf|postfix-script|postsuper|fleetprobe-relay-probe)(\/[a-z]+)?\[\d+\]/.test(line);
}

/** New queue files and log lines between two footprints. */
function sideEffects(before, after) {
  return [...after].filter((line) => !before.has(line));
}

/** Direct measurements of the seed's suspected defects on this host. */
async function measure(host) {
  const m = {};
  if (host.mta === 'postfix' && host.running) {
    const r = await inHost(host, 'measure-systemctl', 'systemctl is-active postfix');
    m.systemctl = { out: r.out, status: r.status, stderr: (r.stderr ?? '').split('\n')[0] };
  }
  if (host.mta === 'sendmail') {
    const pattern = `'R\\$.\\* \\$#error \\$@ 5.7.1 \\$: "550 Relaying denied"'`;
    m.seedPatternHits = Number((await inHost(host, 'measure-pattern', `grep -c ${pattern} /etc/mail/sendmail.cf`)).out || 0);
    m.relayRule = (await inHost(host, 'measure-rule', `grep -m1 '"550 Relaying denied"$' /etc/mail/sendmail.cf | sed 's/\t/<TAB>/g'`)).out;
    m.accessDb = (await inHost(host, 'measure-accessdb', 'test -f /etc/mail/access.db && echo yes || echo no')).out;
  }
  return m;
}

function truthOf(h) {
  return h.truth.open ? 'open' : 'safe';
}
function shown(verdict) {
  return verdict === 'open' || verdict === 'unconfirmed' ? verdict.toUpperCase() : verdict;
}
/** A finding, as the gate sees it: a confirmed open relay or a policy the probe could not confirm (never a pass). */
function isFinding(verdict) {
  return verdict === 'open' || verdict === 'unconfirmed';
}
/** Template k agrees with the truth on host h: a finding on an open relay, no finding on a safe host. */
function agrees(h, k) {
  return isFinding(h.verdicts[k]) === h.truth.open;
}
/** Inline code in Markdown; table cells escape their pipes themselves. */
function code(text) {
  return text ? `\`${text.replace(/`/g, "'").replace(/\s*\n\s*/g, ' ⏎ ')}\`` : '(nothing)';
}

/** How the bundled template judged a host: from its own MTA block's output. */
function method(host, i) {
  const block = host.blocks[i][BLOCK[host.mta]];
  if (block === undefined) return 'n/a';
  if (/\(asked the MTA/.test(block)) return 'asked the MTA';
  if (/\(read configuration/.test(block)) return 'read configuration';
  if (/^\[INFO\]/.test(block)) return 'MTA not running';
  return 'other';
}

function scoreOf(list, i) {
  const count = (hosts, truth, finding) => hosts.filter((h) => truthOf(h) === truth && isFinding(h.verdicts[i]) === finding).length;
  const ratio = (a, b) => (b === 0 ? 'n/a' : (a / b).toFixed(2));
  const [tp, fp, fn, tn] = [count(list, 'open', true), count(list, 'safe', true), count(list, 'open', false), count(list, 'safe', false)];
  const agree = list.filter((h) => agrees(h, i)).length;
  // The same figures over the hosts it gave a confirmed verdict (open or safe), and how many it could not confirm.
  const unconfirmed = list.filter((h) => h.verdicts[i] === 'unconfirmed');
  const confirmed = list.filter((h) => h.verdicts[i] !== 'unconfirmed');
  const [ctp, cfp, cfn] = [count(confirmed, 'open', true), count(confirmed, 'safe', true), count(confirmed, 'open', false)];
  const unconfirmedText = unconfirmed.length === 0 ? '' : `; ${unconfirmed.length} unconfirmed (${unconfirmed.filter((h) => h.truth.open).length} of them open relays), confirmed verdicts only: precision ${ratio(ctp, ctp + cfp)}, recall ${ratio(ctp, ctp + cfn)}`;
  return { agree, unconfirmed: unconfirmed.length, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn), text: `agrees on ${agree}/${list.length} hosts; precision ${ratio(tp, tp + fp)}, recall ${ratio(tp, tp + fn)} (TP ${tp}, FP ${fp}, FN ${fn}, TN ${tn})${unconfirmedText}` };
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
  const wrongFixed = list.filter((h) => h.mta === 'postfix' && !agrees(h, fixed));
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
    `2. **${d2}: block 2 reads main.cf text, not the effective configuration.** With only the running check repaired (column "seed, running check fixed"), its grep still disagrees with the truth on ${wrongFixed.length} of the ${list.filter((h) => h.mta === 'postfix').length} Postfix hosts. It wants the words \`permit_mynetworks\` and \`reject_unauth_destination\` on a \`smtpd_relay_restrictions\` line of main.cf: Debian's own main.cf says \`defer_unauth_destination\`, restrictions that apply by default, in \`smtpd_recipient_restrictions\`, in master.cf or in lookup tables are not seen, smtpd's refusal to run without a working restriction is not known, and any \`mynetworks\` line passes, however wide:`,
    ...wrongFixed.map((h) => `   - ${h.name}: truth ${truthOf(h)}, verdict ${h.verdicts[fixed]}: ${code(h.blocks[fixed][1])}`),
    `3. **${d3}: block 1's rule pattern never matches; the verdict rests on access.db.** The seed's \`grep 'R\\$.\\* \\$#error …'\` matched ${hits} line(s) in the built sendmail.cf of the ${sendmail.length} running Sendmail hosts, whose real rule reads ${code(sendmail[0]?.measured.relayRule)}. On the ${judged.length} where it saw Sendmail running, its verdict ${restsOnAccessDb ? 'followed' : 'did not follow'} the presence of /etc/mail/access.db:`,
    ...sendmail.map((h) => `   - ${h.name}: access.db ${h.measured.accessDb}, truth ${truthOf(h)}; seed block 1: ${code(h.blocks[seed][0])}`),
    ...(blind.length > 0 ? [`4. **Also measured: without procps the seed sees no MTA.** Its Sendmail check is \`ps -ef | grep sendmail\`; on ${blind.map((h) => h.name).join(', ')} (no \`ps\`, as on minimal images) it said Sendmail is not active while it was relaying. The bundled probes fall back to pid files.`] : []),
    '5. **The seed has no Exim probe**: Debian\'s default MTA is never judged; its open relays count as misses above.',
  ];
}

function render(list) {
  const i = Object.fromEntries(TEMPLATES.map((t, k) => [t.label, k]));
  const cell = (h, k) => (agrees(h, k) ? shown(h.verdicts[k]) : `**${shown(h.verdicts[k])}**`);
  const agreed = (h, k) => (agrees(h, k) ? 'yes' : '**NO**');
  const verdictCell = (h, k) => (agrees(h, k) ? shown(h.verdicts[k]) : `**${shown(h.verdicts[k])}** (wrong)`);
  const header = ['host', 'MTA', 'truth', 'relay attempt from the internet (reply to RCPT TO)', 'LAN neighbour relays?', 'bundled', 'agrees?', 'judged by', 'bundled, unprivileged', 'agrees?', 'judged by', 'upstream seed', 'agrees?', 'seed, running check fixed', 'agrees?'];
  const rows = list.map((h) => [h.name, h.mta, shown(truthOf(h)), h.truth.reply, h.lan.open ? 'yes' : 'no', cell(h, i.bundled), agreed(h, i.bundled), method(h, i.bundled), cell(h, i['bundled, unprivileged']), agreed(h, i['bundled, unprivileged']), method(h, i['bundled, unprivileged']), cell(h, i['upstream seed']), agreed(h, i['upstream seed']), cell(h, i['seed, running check fixed']), agreed(h, i['seed, running check fixed'])]);
  const scores = TEMPLATES.map((t, k) => ({ ...t, ...scoreOf(list, k), perMta: MTAS.map((m) => ({ mta: m, hosts: list.filter((h) => h.mta === m) })).filter((g) => g.hosts.length > 0).map((g) => ({ mta: g.mta, count: g.hosts.length, ...scoreOf(g.hosts, k) })) }));
  const plain = rows.map((r) => r.map((c) => String(c).replace(/\*\*/g, '')));
  const narrow = [0, 1, 2, 5, 6, 7, 8, 9, 11];
  const widths = narrow.map((c) => Math.max(...[header, ...plain].map((r) => r[c].length)));
  const table = [header, ...plain].map((r) => narrow.map((c, k) => r[c].padEnd(widths[k])).join('  ').trimEnd()).join('\n') + `\n\n${scores.map((sc) => `${sc.label}: ${sc.text}\n${sc.perMta.map((g) => `  ${g.mta}: ${g.text}`).join('\n')}`).join('\n')}\n`;
  const perMtaTable = markdownTable(['template', ...scores[0].perMta.map((g) => `${g.mta} (${g.count} hosts): precision / recall`), 'all hosts'], scores.map((sc) => [sc.label, ...sc.perMta.map((g) => `${g.precision} / ${g.recall}`), `${sc.precision} / ${sc.recall}`]));
  const methods = (k) => {
    const counts = {};
    for (const h of list) counts[method(h, k)] = (counts[method(h, k)] ?? 0) + 1;
    return Object.entries(counts).map(([m, n]) => `${m} ${n}`).join(', ');
  };
  const date = new Date().toISOString().slice(0, 10);
  const md = [
    '# The smtp-open-relay lab',
    '',
    `Generated by \`npm run lab\` (as root on Debian 12) on ${date}; do not edit by hand. ${list.length} hosts run at once, each a real MTA (Debian's Postfix, or Sendmail's or Exim's Debian binaries) or none, in its own network, mount, UTS and PID namespaces, with its own configuration directories bind-mounted over /etc/postfix, /etc/mail or /etc/exim4 and its own address (\`lab/hosts.mjs\` lists them).`,
    '',
    `**The truth** is a real relay attempt from an internet address (192.0.2.N, TEST-NET-1, routed to each host; it resolves to \`outside.example\`), outside every host's trusted networks, on every TCP port the host listens on: \`EHLO outside.example\`, then \`MAIL FROM\` each sender an attacker would forge (\`probe@outside.example\`, the null sender \`<>\`, \`postmaster@\` the server's name and its parent domain from the greeting, and for some hosts a partner sender the attacker is assumed to know), each followed by \`RCPT TO:<victim@elsewhere.example>\` and \`RSET\`. A 2xx reply to any RCPT is an open relay; anything else (or no SMTP server) is safe. No DATA is sent. The column "LAN neighbour relays?" repeats the attempt from the host's own /30 neighbour (10.231.N.1) for information: hosts that trust a private range relay for it, which is not an open relay.`,
    '',
    `Each template runs on each host through fleetprobe's own engine (\`nsenter\` into the host's namespaces, then \`node dist/cli.js scan --transport local --template … --matcher-status\`), so its probes see that host's files and processes; a verdict is OPEN when the JSONL holds a finding (\`matcher-status: true\`) whose evidence is a confirmed relay (\`[VULNERABLE]\`), UNCONFIRMED when its only findings say the relay policy could not be confirmed (\`[UNCONFIRMED]\`, with the reason). UNCONFIRMED is a finding like OPEN (the gate fails on it, the host is never passed), so precision and recall count it as a finding; the figures after them say how many verdicts were unconfirmed and the precision and recall of the confirmed ones. The bundled template runs twice: as root (as SSM runs it) and as the unprivileged user \`nobody\` (as a developer might run it locally). "judged by" says how its probe for the host's MTA reached its verdict: **asked the MTA** (Postfix: a one-off smtpd session per public smtpd service with XCLIENT; Sendmail: \`sendmail -bt\`; Exim: \`exim -bh\`), **read configuration** (Postfix's restrictions evaluated from postconf and postmap, or a listener bound to loopback), or MTA not running. The lab runs no systemd: on the \`-systemd\` host a stand-in \`systemctl\` (\`lab/systemctl.sh\`) answers \`is-active\` as systemd does; on the \`-no-ps\` hosts \`ps\` fails as on images without procps.`,
    '',
    ...markdownTable(header, rows),
    '',
    '## Precision and recall per MTA',
    '',
    ...perMtaTable,
    '',
    ...scores.map((sc) => `- **${sc.label}** (\`${sc.file}\`${sc.user ? `, as \`${sc.user}\`` : ''}): ${sc.text}`),
    '',
    `How the bundled template judged the hosts: as root ${methods(i.bundled)}; unprivileged ${methods(i['bundled, unprivileged'])}.`,
    '',
    `Run time: ${Object.entries(timings).map(([k, v]) => `${k} ${v.toFixed(0)} s`).join(', ')}.`,
    '',
    '## Side effects of the probes',
    '',
    `Every host's queues (Postfix's incoming, active, deferred, maildrop, hold, bounce and defer; Sendmail's mqueue; Exim's input) and mail logs (Postfix's maillog, Exim's mainlog, rejectlog and paniclog) were listed before and after each template ran on it (through the engine, then block by block). New queue files or log lines while each template ran:`,
    '',
    effectsSummary(list),
    '',
    "A line written by the MTA's own daemons in the same window (anvil's statistics when it exits after the relay attempts, master restarting a failing smtpd, a queue run) lands in whichever template was running; the lab fails when a bundled run leaves a queue file or a log line from a program a probe runs (postconf, postmap, postfix-script, the probe's own smtpd, tagged `fleetprobe-relay-probe`).",
    '',
    '"seed, running check fixed" is a diagnostic made by the lab: the upstream seed with only `systemctl is-active postfix | grep -q running` replaced by `postfix status`, to measure its main.cf grep on hosts where it finally looks. It is not shipped. The lab fails when the bundled template disagrees with the truth on any host (a finding, confirmed or not, on a host that does not relay, or none on one that does), or when its unprivileged run calls an open relay safe (a host it cannot judge without root is reported as an UNCONFIRMED finding, never as safe).',
    '',
    "## The seed's suspected defects, measured",
    '',
    ...defects(list),
    '',
    '## Why the bundled template differs from the upstream seed',
    '',
    ...why(),
    '',
    "## Evidence: each code block's output on each host",
    '',
    ...list.flatMap((h) => [`- **${h.name}** (truth ${truthOf(h)}; ${h.truth.transcript?.length ? `SMTP: ${h.truth.transcript.map((l) => code(l)).join(' → ')}` : h.truth.reply})`, ...TEMPLATES.map((t, k) => `  - ${t.label}: ${h.blocks[k].map((o, b) => `block ${b + 1} ${code(o)}`).join(' · ')}`)]),
    '',
  ].join('\n');
  const seed = scores[i['upstream seed']];
  const readme = [
    '## Accuracy: the smtp-open-relay lab',
    '',
    `\`npm run lab\` (root, Debian 12; CI runs it) starts ${list.length} real Postfix, Sendmail and Exim hosts in network namespaces, asks each one to relay mail from an internet address (the truth), and runs the upstream nuclei template and fleetprobe's bundled one on every host through the engine (the bundled one as root and unprivileged). Result of the last run (${date}):`,
    '',
    ...markdownTable(['host', 'truth', 'upstream seed', 'bundled', 'judged by', 'bundled, unprivileged'], list.map((h) => [h.name, shown(truthOf(h)), verdictCell(h, i['upstream seed']), verdictCell(h, i.bundled), method(h, i.bundled), verdictCell(h, i['bundled, unprivileged'])])),
    '',
    ...perMtaTable,
    '',
    `- upstream seed (\`${SEED}\`, ProjectDiscovery-signed, kept as the compatibility reference): ${seed.text}`,
    ...scores.filter((sc) => sc.file === BUNDLED).map((sc) => `- ${sc.label} (\`${BUNDLED}\`${sc.user ? `, as \`${sc.user}\`` : ''}): ${sc.text}`),
    '',
    'The bundled template keeps the upstream id, matcher names (`sendmail`, `postfix`, plus `exim`) and `[VULNERABLE]`/`[SAFE]`/`[INFO]` markers, so dashboards keep working (plus `[UNCONFIRMED]`: a finding whose relay policy the probe could not confirm, with the reason; UNCONFIRMED in the table), but its probes ask each running MTA itself whether it would relay for an outside client, without sending or queueing mail or changing its configuration: Postfix through a one-off smtpd session per public smtpd service (XCLIENT sets the outside client), Sendmail through address test mode (`sendmail -bt`), Exim through host checking mode (`exim -bh`). Without root, Postfix\'s restrictions are evaluated from its configuration with postmap lookups, and a host whose policy cannot be confirmed is a finding, never a pass. The upstream Postfix probe never sees Postfix running (`systemctl is-active` prints `active`, not `running`) and greps main.cf text; the upstream Sendmail probe\'s rule pattern cannot match a real sendmail.cf, so its verdict only says whether `/etc/mail/access.db` exists; it has no Exim probe. Details, measurements and each probe\'s output per host: [LAB.md](LAB.md).',
    '',
  ].join('\n');
  return { table, markdown: md, readme };
}

/** New queue files and log lines while each template ran, per template. */
function effectsSummary(list) {
  return TEMPLATES.map((t, k) => {
    const touched = list.filter((h) => h.sideEffects[k].length > 0);
    const lines = touched.map((h) => `${h.name}: ${h.sideEffects[k].slice(0, 2).map((l) => code(l)).join(', ')}${h.sideEffects[k].length > 2 ? ` and ${h.sideEffects[k].length - 2} more` : ''}`);
    return `- ${t.label}: ${touched.length === 0 ? 'none, on every host' : `${touched.length} host(s): ${lines.join('; ')}`}`;
  }).join('\n');
}

function why() {
  return [
    "- **Running MTAs, with or without systemd.** The seed asks `systemctl is-active postfix | grep -q running`, which never matches (see defect 1), so every open Postfix relay is missed. The bundled probes look for the MTA's daemon in the process list, or its pid file (`postfix status`, Sendmail's and Exim's pid files with `kill -0`), whatever the init system.",
    "- **The MTA's own policy engine, not a re-implementation.** Re-implementing relay policy case by case cannot keep up with real configurations (lookup tables of every type, restriction classes, mynetworks from files and tables, sender- and HELO-based access, local rulesets, ACLs). The bundled probes ask the installed MTA for an outside client: Postfix runs its own smtpd once per public smtpd service (the service's master.cf options included) on a pipe, as the mail owner so its restrictions apply, and XCLIENT makes the client an outside address (203.0.113.77 without a host name, 198.51.100.77 with one, 2001:db8::77 where IPv6 is on); Sendmail's address test mode runs check_relay, check_mail and check_rcpt with the outside client's macros; Exim's host checking mode runs its ACLs for a session from the outside address.",
    "- **Forged identities.** A relay rule can trust a sender or a HELO name rather than a client address, and those are forged at will: the probes try the null sender, the host's own name and domain, and every sender or HELO name the host's access tables (or Sendmail's access map) answer OK or RELAY for.",
    "- **Read-only.** Nothing is sent, queued, logged or changed: Postfix's smtpd gets, for that one process, a before-queue filter that cannot exist (an accepted recipient answers 451 instead of opening a queue file), no postmaster notices, logging that goes nowhere, and no milters, SASL, TLS or address verification; policy services are never contacted (the session is asked with the policy answering OK, and again with it refusing: open either way is open, open only on its OK is UNCONFIRMED), and checks an attacker passes with real domains (unknown sender, recipient or HELO domains, plaintext sessions) are left out. `sendmail -bt` and `exim -bh` deliver nothing by design. No configuration file is written.",
    "- **Postfix's own safety net.** When no restriction list rejects before a `permit`, smtpd refuses to run (`specify at least one working instance of: reject_unauth_destination ...`): the relay attempt gets no greeting, so the host cannot relay. The asked smtpd says so itself.",
    "- **Without root.** smtpd applies its restrictions only as the mail owner, so an unprivileged run evaluates Postfix's restriction lists from the configuration instead: postconf for effective values (defaults, `$name` expansions, master.cf overrides), postmap for every lookup (client name and address with parent domains and networks, sender and recipient with domain, parent and localpart keys), restriction classes and table answers expanded, mynetworks from files and tables. Anything it cannot decide (a policy service, a network table, DNS-based checks, IPv6 networks) makes the host an UNCONFIRMED finding, never a pass.",
    "- **Unprivileged verdicts are explicit, not guessed.** Without root, Postfix is judged from its configuration (above); Sendmail's address test mode runs, but as any user but root it cannot open the access map (`access.db` is mode 0640, as Debian installs it), so its rulesets answer a temporary failure where root gets a real answer: the probe says UNCONFIRMED (not root: maps unreadable) instead of guessing from the text files, which may differ from the built map Sendmail really uses. Exim's host checking mode works for any user. So an unprivileged run never calls a host safe it could not judge, and its unconfirmed verdicts are labelled as such; fleet audits run as root (SSM Run Command), where the MTA is asked.",
    "- **Every instance, service and port.** Postfix: the default instance, postmulti's (`multi_instance_directories`), `alternate_config_directories` and the directory any running master was started with (`MAIL_CONFIG`); every public smtpd service of master.cf (any port or address, IPv6 included, the smtpd behind postscreen), with its `-o` overrides; XCLIENT is allowed for the probe's own smtpd whatever `smtpd_authorized_xclient_hosts` says, restrictions are judged at RCPT time (`smtpd_delay_reject = yes`, same outcome, so a client refused at connection time is refused there); IPv6 clients where `inet_protocols` has IPv6; `permit_tls_all_clientcerts` with a public CA store is UNCONFIRMED (anyone can get a certificate such a store verifies). Sendmail: every MTA daemon port (loopback-only listeners are unreachable). Exim: the daemon's own `-C` file, `-D` macros and `-oX` interfaces, each daemon port simulated (`-oMi`, for ACLs that depend on `$interface_port`), and an IPv6 client.",
    "- **Reachability.** An MTA bound to loopback only (Debian's Sendmail and Exim defaults, Postfix `inet_interfaces = loopback-only`, or no public smtpd service) cannot relay for other hosts; the bundled probes say so instead of judging rules nobody outside can reach.",
  ];
}

function cleanup() {
  for (const host of hosts) {
    for (const pid of quiet('ip', ['netns', 'pids', host.ns]).trim().split('\n').filter(Boolean)) quiet('kill', ['-9', pid]);
    quiet('ip', ['netns', 'del', host.ns]);
    quiet('ip', ['link', 'del', host.veth]);
  }
}
