// The bundled smtp-open-relay's Exim probe (block 3) against a fake exim: it reads Exim's answers in host
// checking mode (exim -bh) and never calls a host safe that it could not ask. The lab runs it on real Exim hosts.
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupFakes, fakeHost, record } from './fake-mta.js';

afterAll(cleanupFakes);

/** An Exim host: `exim4 -bP -n NAME` answers from `settings`; `exim4 -bh ADDR` runs `session` (SMTP on stdin/stdout; $addr the client, $port the one -oMi names). */
function eximHost(session: string, { settings = {}, running = true, files = {}, daemon = '/usr/sbin/exim4 -bd -q30m' }: { settings?: Record<string, string>; running?: boolean; files?: Record<string, string>; daemon?: string } = {}) {
  const all = { local_interfaces: '', primary_hostname: 'mx.lab.invalid', qualify_domain: 'lab.invalid', configure_file: '/nonexistent/exim4.conf', pid_file_path: '', ...settings };
  return fakeHost(
    {
      exim4: `${record('exim4')}
port=25
while :; do case "$1" in -C) shift 2 ;; -oMi) port=\${2##*.}; shift 2 ;; -C?*|-D?*) shift ;; *) break ;; esac; done
case "$1" in
  -bP) case "$3" in ${Object.entries(all).map(([k, v]) => `${k}) echo '${v}' | sed "s|@HOST@|$HOST|" ;;`).join(' ')} esac ;;
  -bh) shift; addr=$1; sender=; ${session.replace(/\n/g, '\n  ')} ;;
esac`,
      ps: running ? `echo "  42 ${daemon}"` : 'true',
    },
    files,
  );
}

/** A session that answers RCPT with the shell snippet `rcpt` (it sees $addr, $port and $sender). */
const smtp = (rcpt: string) => `printf '220 mx ESMTP Exim\\r\\n'
while IFS= read -r line; do
  line=$(printf '%s' "$line" | tr -d '\\r')
  case "$line" in
    EHLO*) printf '250-mx Hello\\r\\n250 HELP\\r\\n' ;;
    MAIL*) sender=$(printf '%s' "$line" | sed 's/^MAIL FROM:<\\(.*\\)>$/\\1/'); printf '250 OK\\r\\n' ;;
    RCPT*) printf '%s\\r\\n' "$(${rcpt})" ;;
    QUIT*) printf '221 mx closing connection\\r\\n'; exit 0 ;;
  esac
done`;

describe('Exim probe', () => {
  it('reports ACLs that accept an outside recipient as an open relay', async () => {
    const host = eximHost(smtp(`case "$addr" in 198.51.100.77) echo '250 Accepted' ;; *) echo '550 relay not permitted' ;; esac`));
    expect(await host.run('exim')).toBe('[VULNERABLE] Exim relays mail for outside clients: the ACLs accept RCPT TO:<relay-probe@relay-target.example> from 198.51.100.77, MAIL FROM:<relay-probe@example.net> (asked the MTA).');
  });

  it('finds a relay open only to the host\'s own domain as sender', async () => {
    const host = eximHost(smtp(`case "$sender" in *@lab.invalid) echo '250 Accepted' ;; *) echo '550 relay not permitted' ;; esac`));
    expect(await host.run('exim')).toMatch(/^\[VULNERABLE\] .*MAIL FROM:<postmaster@lab\.invalid>/);
  });

  it('calls a host safe when every outside client and sender is refused, including by dropping the connection', async () => {
    const refuses = eximHost(smtp(`echo '550 relay not permitted'`));
    expect(await refuses.run('exim')).toBe('[SAFE] Exim refuses to relay for outside clients: the ACLs refuse all 12 outside identities (550 relay not permitted) (asked the MTA).');
    const drops = eximHost(smtp(`echo '421 mx lost input connection'; exit 0`));
    expect(await drops.run('exim')).toMatch(/^\[SAFE\]/);
    // Each outside client (IPv4 and IPv6) and sender in a session of its own.
    expect(refuses.calls('exim4').filter((c) => c.includes('\n-bh\n'))).toHaveLength(12);
    const v4 = eximHost(smtp(`echo '550 relay not permitted'`), { settings: { disable_ipv6: 'true' } });
    expect(await v4.run('exim')).toMatch(/refuse all 8 outside identities/);
  });

  it('never calls safe a host it could not ask: no greeting, an answer cut short, a hang', async () => {
    for (const session of [`echo '554 SMTP synchronization error'`, `printf '220 mx\\r\\n'`, 'sleep 30']) {
      expect(await eximHost(session).run('exim')).toMatch(/^\[UNCONFIRMED\] Exim relay policy could not be confirmed, so the host is not passed: exim -bh /);
    }
  });

  it('calls a daemon listening on loopback only safe without asking', async () => {
    for (const local_interfaces of ['<; 127.0.0.1 ; ::1', '127.0.0.1 : ::::1', '127.0.0.1.587']) {
      const host = eximHost(smtp(`echo '250 Accepted'`), { settings: { local_interfaces } });
      expect(await host.run('exim')).toMatch(/^\[SAFE\] Exim listens on loopback only/);
      expect(host.calls('exim4').filter((c) => c.includes('\n-bh\n'))).toEqual([]);
    }
    const exposed = eximHost(smtp(`echo '250 Accepted'`), { settings: { local_interfaces: '<; 127.0.0.1 ; 0.0.0.0' } });
    expect(await exposed.run('exim')).toMatch(/^\[VULNERABLE\]/);
  });

  it('judges the configuration the daemon runs: its -C file and -D macros, and the interfaces its -oX names', async () => {
    const host = eximHost(smtp(`echo '550 relay not permitted'`), { daemon: '/usr/sbin/exim -bd -q1h -C /etc/exim/outbound.conf -DOUTBOUND=1 -oX 127.0.0.1.2525' });
    expect(await host.run('exim')).toMatch(/^\[SAFE\] Exim listens on loopback only \(127\.0\.0\.1\.2525\)/);
    const public_ = eximHost(smtp(`echo '550 relay not permitted'`), { daemon: '/usr/sbin/exim -bd -C /etc/exim/outbound.conf -DOUTBOUND=1 -oX 2525' });
    expect(await public_.run('exim')).toMatch(/^\[SAFE\] Exim refuses to relay/);
    const calls = public_.calls('exim4');
    expect(calls.length).toBeGreaterThan(8);
    for (const c of calls) expect(c.split('\n').slice(0, 3)).toEqual(['-C', '/etc/exim/outbound.conf', '-DOUTBOUND=1']);
  });

  it('simulates the session on each port the daemon listens on', async () => {
    const host = eximHost(smtp(`case "$port" in 2525) echo '250 Accepted' ;; *) echo '550 relay not permitted' ;; esac`), { settings: { daemon_smtp_ports: 'smtp : submission : 2525' } });
    expect(await host.run('exim')).toMatch(/^\[VULNERABLE\] Exim relays mail for outside clients: .* from 203\.0\.113\.77 on port 2525, /);
    const ports = new Set(host.calls('exim4').filter((c) => c.includes('\n-bh\n')).map((c) => c.split('\n')[c.split('\n').indexOf('-oMi') + 1]));
    expect([...ports]).toEqual(['0.0.0.0.25', '0.0.0.0.587', '0.0.0.0.2525']);
  });

  it('does not ask a configuration that names the probe\'s own test identities', async () => {
    const host = eximHost(smtp(`echo '550 relay not permitted'`), { settings: { configure_file: '@HOST@/exim4.conf' }, files: { 'exim4.conf': 'hostlist probe = 203.0.113.77\n' } });
    expect(await host.run('exim')).toMatch(/^\[UNCONFIRMED\] Exim relay policy could not be confirmed.*mentions the probe's test identities/);
    expect(host.calls('exim4').filter((c) => c.includes('\n-bh\n'))).toEqual([]);
  });

  it('judges nothing when Exim is not running', async () => {
    expect(await eximHost(smtp(`echo '250 Accepted'`), { running: false }).run('exim')).toBe('[INFO] Exim is not running.');
  });
});
