// The bundled smtp-open-relay's Postfix probe (block 2) against fake postconf, postmap and smtpd: how it asks
// smtpd (and what it tells smtpd so that nothing is queued, sent or logged), how it reads smtpd's answers, and
// its fallback that evaluates the restrictions from the configuration. The lab runs it on real Postfix hosts.
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupFakes, postfixHost, smtpdScript } from './fake-mta.js';

afterAll(cleanupFakes);

const RELAYS = `echo '451 4.3.0 Error: queue file write error'`;
const REFUSES = `echo '454 4.7.1 <x>: Relay access denied'`;

describe('Postfix probe, asking smtpd (root)', () => {
  it('reports an smtpd that accepts the outside recipient as an open relay, with the client that got through', async () => {
    const host = postfixHost({ smtpd: smtpdScript(RELAYS) });
    expect(await host.run('postfix')).toMatch(/^\[VULNERABLE\] Postfix relays mail for outside clients: smtpd service smtp\/inet accepted RCPT TO:<relay-probe@relay-target\.example> from 203\.0\.113\.77 \(no host name\).*\(asked the MTA\)\.$/);
  });

  it('calls a host safe only when every outside client, HELO and sender was refused', async () => {
    const host = postfixHost({ smtpd: smtpdScript(REFUSES) });
    expect(await host.run('postfix')).toMatch(/^\[SAFE\] Postfix refuses to relay for outside clients: smtpd service smtp\/inet refused all \d+ attempts \(454 4\.7\.1 <x>: Relay access denied\) \(asked the MTA\)\.$/);
  });

  it('finds a relay open only to a forged sender the configuration trusts', async () => {
    const host = postfixHost({
      main: { smtpd_relay_restrictions: 'permit_mynetworks, check_sender_access hash:/etc/postfix/senders, reject_unauth_destination' },
      tables: { 'hash:/etc/postfix/senders': 'partner.example OK\nspam.example REJECT\n' },
      smtpd: smtpdScript(`case "$sender" in *@partner.example) ${RELAYS} ;; *) ${REFUSES} ;; esac`),
    });
    expect(await host.run('postfix')).toMatch(/^\[VULNERABLE\].*MAIL FROM:<postmaster@partner\.example>/);
    const session = host.calls('smtpd');
    expect(session).toHaveLength(1);
  });

  it('runs smtpd read-only: as the mail owner on a pipe, no queue file, no log, no notices, no milters, no verification', async () => {
    const host = postfixHost({ smtpd: smtpdScript(REFUSES), master: { 'smtp/inet/syslog_name': 'postfix/smtp' } });
    await host.run('postfix');
    const args = host.calls('smtpd')[0]!.split('\n');
    expect(args.slice(0, 6)).toEqual(['-S', '-u', '-n', 'smtp', '-t', 'inet']);
    expect(args).toContain('-c'); // the service is chrooted in master.cf, so is smtpd here
    const o = args.filter((_, i) => args[i - 1] === '-o');
    // The service's own master.cf options first, then the probe's.
    expect(o.indexOf('syslog_name = postfix/smtp')).toBeLessThan(o.indexOf('syslog_name = fleetprobe-relay-probe'));
    for (const setting of [
      'smtpd_proxy_filter = unix:/dev/null/fleetprobe-relay-probe',
      'smtpd_proxy_options =',
      'smtpd_delay_open_until_valid_rcpt = yes',
      'notify_classes =',
      'maillog_file = /dev/stdout',
      'smtpd_milters =',
      'address_verify_service_name = fleetprobe-relay-probe-no-verify',
      'smtpd_command_filter =',
      'smtpd_delay_reject = yes',
    ]) expect(o).toContain(setting);
    expect(args.at(-1)).toBe('-V');
  });

  it('neutralizes what would need other services: policy services are assumed to say OK, verification and DNS-domain checks are dropped', async () => {
    const host = postfixHost({
      main: { smtpd_relay_restrictions: 'permit_mynetworks, reject_unknown_recipient_domain, check_policy_service { inet:127.0.0.1:10023, timeout=10s }, reject_unauth_destination', smtpd_recipient_restrictions: 'reject_unverified_recipient' },
      smtpd: smtpdScript(REFUSES),
    });
    await host.run('postfix');
    const args = host.calls('smtpd')[0]!.split('\n');
    const o = args.filter((_, i) => args[i - 1] === '-o');
    expect(o).toContain('smtpd_relay_restrictions = permit_mynetworks, fleetprobe_policy, reject_unauth_destination');
    expect(o).toContain('smtpd_recipient_restrictions = ');
    expect(o).toContain('fleetprobe_policy = permit');
    expect(o).toContain('smtpd_restriction_classes = fleetprobe_policy');
  });

  it('asks again with the policy service refusing: open either way is open, open only on its OK cannot be confirmed', async () => {
    const main = { smtpd_relay_restrictions: 'permit_mynetworks, check_policy_service unix:private/policy, reject_unauth_destination' };
    const always = postfixHost({ main, smtpd: smtpdScript(RELAYS) });
    expect(await always.run('postfix')).toMatch(/^\[VULNERABLE\] Postfix relays mail for outside clients: .* \(even with its policy service refusing\) \(asked the MTA\)\.$/);
    expect(always.calls('smtpd').map((c) => c.includes('fleetprobe_policy = reject'))).toEqual([false, true]);
    const onOk = postfixHost({ main, smtpd: smtpdScript(`case "$*" in *"fleetprobe_policy = reject"*) ${REFUSES} ;; *) ${RELAYS} ;; esac`) });
    expect(await onOk.run('postfix')).toMatch(/^\[UNCONFIRMED\] Postfix relay policy could not be confirmed, so the host is not passed: smtpd service smtp\/inet accepted .* only if its policy service answers OK .*\(asked the MTA\)\.$/);
    const never = postfixHost({ main, smtpd: smtpdScript(REFUSES) });
    expect(await never.run('postfix')).toMatch(/^\[SAFE\] .*assuming its policy service would answer OK/);
    expect(never.calls('smtpd')).toHaveLength(1);
  });

  it('does not pass permit_tls_all_clientcerts with a public CA store: anyone can get a certificate it verifies', async () => {
    const main = { smtpd_tls_security_level: 'may', smtpd_relay_restrictions: 'permit_mynetworks, permit_tls_all_clientcerts, reject_unauth_destination' };
    const pub = postfixHost({ main: { ...main, smtpd_tls_CAfile: '/etc/ssl/certs/ca-certificates.crt' }, smtpd: smtpdScript(REFUSES) });
    expect(await pub.run('postfix')).toMatch(/^\[UNCONFIRMED\] .*permit_tls_all_clientcerts with a public CA store/);
    const own = postfixHost({ main: { ...main, smtpd_tls_CAfile: '/etc/postfix/partner-ca.pem' }, smtpd: smtpdScript(REFUSES) });
    expect(await own.run('postfix')).toMatch(/^\[SAFE\]/);
  });

  it('judges every instance: the default, alternate configuration directories and those of running masters', async () => {
    const host = postfixHost({ main: { alternate_config_directories: '/etc/postfix-out' }, smtpd: smtpdScript(REFUSES) });
    expect(await host.run('postfix')).toMatch(/^\[SAFE\] Postfix refuses to relay for outside clients: instance \/etc\/postfix, smtpd service smtp\/inet refused .*; instance \/etc\/postfix-out, smtpd service smtp\/inet refused /);
    expect(host.calls('smtpd')).toHaveLength(2);
  });

  it('says so when smtpd refuses to start for lack of a working restriction', async () => {
    const host = postfixHost({ smtpd: `echo 'postfix/smtpd: fatal: in parameter smtpd_relay_restrictions or smtpd_recipient_restrictions, specify at least one working instance of: reject_unauth_destination' >&2; exit 1` });
    expect(await host.run('postfix')).toMatch(/^\[SAFE\] Postfix smtpd refuses to start: .*specify at least one working instance.*\(asked the MTA\)\.$/);
  });

  it('falls back to reading the configuration when smtpd hangs, refuses XCLIENT or dies, and says why', async () => {
    for (const smtpd of ['sleep 30', smtpdScript(REFUSES, { xclient: '550 5.7.0 Error: insufficient authorization' }), 'echo "postfix/smtpd: fatal: open database /etc/postfix/x.db: No such file" >&2; exit 1']) {
      const open = postfixHost({ smtpd, main: { mynetworks: '0.0.0.0/0' } });
      expect(await open.run('postfix')).toMatch(/^\[VULNERABLE\] Postfix relays mail for outside clients: service smtp\/inet relays .*; smtpd could not be asked \(.+\) \(read configuration\)\.$/);
      const closed = postfixHost({ smtpd });
      expect(await closed.run('postfix')).toMatch(/^\[SAFE\] .*smtpd could not be asked.*\(read configuration\)\.$/);
    }
  });

  it('never asks smtpd about a configuration that names the probe\'s own test identities', async () => {
    const crafted = postfixHost({ main: { smtpd_client_restrictions: 'check_client_access inline:{ {203.0.113.77=REJECT} }', mynetworks: '0.0.0.0/0' }, smtpd: smtpdScript(REFUSES) });
    expect(await crafted.run('postfix')).toMatch(/^\[UNCONFIRMED\] Postfix relay policy could not be confirmed.*mentions the probe's test identities/);
    expect(crafted.calls('smtpd')).toEqual([]);
  });

  it('judges every public smtpd service (a second port, the smtpd behind postscreen) and skips loopback-only ones', async () => {
    const mastercf = [
      'smtp inet n - y - 1 postscreen',
      'smtpd pass - - y - - smtpd',
      '2525 inet n - n - - smtpd',
      '127.0.0.1:10025 inet n - n - - smtpd',
      'submission inet n - y - - smtpd',
    ].join('\n');
    const host = postfixHost({ mastercf, smtpd: smtpdScript(REFUSES) });
    expect(await host.run('postfix')).toMatch(/^\[SAFE\]/);
    const services = host.calls('smtpd').map((c) => c.split('\n').slice(2, 6).join(' '));
    expect(services.sort()).toEqual(['-n 2525 -t inet', '-n smtpd -t pass', '-n submission -t inet']);
  });

  it('stays bounded on huge configurations: 100,000 table entries, more public services than it asks', async () => {
    const senders = Array.from({ length: 100_000 }, (_, i) => `spammer${i}.example REJECT`);
    senders.splice(77_777, 0, 'partner.example OK');
    const big = postfixHost({
      main: { smtpd_relay_restrictions: `permit_mynetworks, ${Array.from({ length: 2_000 }, (_, i) => `check_helo_access hash:/etc/postfix/h${i}`).join(', ')}, check_sender_access hash:/etc/postfix/senders, reject_unauth_destination` },
      tables: { 'hash:/etc/postfix/senders': `${senders.join('\n')}\n` },
      smtpd: smtpdScript(`case "$sender" in *@partner.example) ${RELAYS} ;; *) ${REFUSES} ;; esac`),
    });
    expect(await big.run('postfix')).toMatch(/^\[VULNERABLE\].*MAIL FROM:<postmaster@partner\.example>/);
    const many = postfixHost({ mastercf: Array.from({ length: 25 }, (_, i) => `${2500 + i} inet n - n - - smtpd`).join('\n'), smtpd: smtpdScript(REFUSES) });
    expect(await many.run('postfix')).toMatch(/^\[UNCONFIRMED\] Postfix relay policy could not be confirmed, so the host is not passed: instance \/etc\/postfix has more than 20 public smtpd services/);
  });

  it('calls a host listening on loopback only safe without asking', async () => {
    const host = postfixHost({ main: { inet_interfaces: 'loopback-only', mynetworks: '0.0.0.0/0' }, smtpd: smtpdScript(RELAYS) });
    expect(await host.run('postfix')).toMatch(/^\[SAFE\] Postfix refuses to relay for outside clients: instance \/etc\/postfix: no smtpd service other hosts can reach/);
    expect(host.calls('smtpd')).toEqual([]);
  });

  it('judges nothing when Postfix does not run', async () => {
    const host = postfixHost({ running: false, main: { mynetworks: '0.0.0.0/0' } });
    expect(await host.run('postfix')).toBe('[INFO] Postfix is not active.');
    // An instance whose pid file is absent is stopped, even while another instance's master runs.
    const stopped = postfixHost({ main: { mynetworks: '0.0.0.0/0', queue_directory: '@BIN@/../spool' }, files: { 'spool/pid/.keep': '' } });
    expect(await stopped.run('postfix')).toBe('[INFO] Postfix is not active.');
  });
});

describe('Postfix probe, reading the configuration (not root)', () => {
  const judge = (main: Record<string, string>, tables: Record<string, string> = {}, master: Record<string, string> = {}) => postfixHost({ uid: 1000, main, tables, master, smtpd: smtpdScript(RELAYS) }).run('postfix');

  it.each([
    ['Debian default', {}],
    ['a /24 mynetworks', { mynetworks: '127.0.0.0/8 192.0.2.0/24' }],
    ['a private /8 mynetworks', { mynetworks: '127.0.0.0/8 10.0.0.0/8' }],
    ['legacy restrictions only', { smtpd_relay_restrictions: '', smtpd_recipient_restrictions: 'permit_mynetworks, reject_unauth_destination' }],
    ['a permit that only ends the client list', { smtpd_client_restrictions: 'permit', smtpd_relay_restrictions: 'reject_unauth_destination' }],
    ['warn_if_reject before a reject', { smtpd_relay_restrictions: 'warn_if_reject reject_unknown_client_hostname, reject_unauth_destination' }],
  ])('calls %s safe', async (_, main) => {
    expect(await judge(main)).toMatch(/^\[SAFE\] Postfix refuses to relay for outside clients: service smtp\/inet refuses all \d+ outside identities; not root, so smtpd could not be asked \(read configuration\)\.$/);
  });

  it('calls a host whose smtpd cannot start safe', async () => {
    expect(await judge({ smtpd_relay_restrictions: 'permit_mynetworks, permit, reject_unauth_destination' })).toMatch(/^\[SAFE\] Postfix smtpd refuses to start/);
  });

  it.each([
    ['mynetworks 0.0.0.0/0', { mynetworks: '0.0.0.0/0' }, {}],
    ['static:OK in the relay list', { smtpd_relay_restrictions: 'permit_mynetworks, check_client_access static:OK, reject_unauth_destination' }, {}],
    ['a permit in the recipient list', { smtpd_relay_restrictions: '', smtpd_recipient_restrictions: 'permit_mynetworks, check_client_access static:OK, reject_unauth_destination' }, {}],
    ['a restriction class answered by a table for the client network', { smtpd_restriction_classes: 'anyone', anyone: 'permit', smtpd_relay_restrictions: 'check_client_access hash:/etc/postfix/c, reject_unauth_destination' }, { 'hash:/etc/postfix/c': '203.0.113 anyone\n' }],
    ['the null sender OK', { smtpd_relay_restrictions: 'check_sender_access hash:/etc/postfix/s, reject_unauth_destination' }, { 'hash:/etc/postfix/s': '<> OK\n' }],
    ['the own domain OK (a parent-domain key)', { smtpd_relay_restrictions: 'check_sender_access hash:/etc/postfix/s, reject_unauth_destination' }, { 'hash:/etc/postfix/s': 'invalid OK\n' }],
    ['a HELO table answering OK for its own listed name', { smtpd_relay_restrictions: 'check_helo_access hash:/etc/postfix/h, reject_unauth_destination' }, { 'hash:/etc/postfix/h': 'gw.partner.example OK\n' }],
    ['mynetworks from a table', { mynetworks: '127.0.0.0/8 hash:/etc/postfix/n' }, { 'hash:/etc/postfix/n': '198.51.100.77 x\n' }],
  ])('calls %s open', async (_, main, tables) => {
    expect(await judge(main, tables)).toMatch(/^\[VULNERABLE\] Postfix relays mail for outside clients: service smtp\/inet relays .* \(read configuration\)\.$/);
  });

  it('sees a master.cf override of the public service', async () => {
    expect(await judge({}, {}, { 'smtp/inet/mynetworks': '0.0.0.0/0' })).toMatch(/^\[VULNERABLE\]/);
    expect(await judge({ mynetworks: '0.0.0.0/0' }, {}, { 'smtp/inet/mynetworks': '127.0.0.0/8' })).toMatch(/^\[SAFE\]/);
  });

  it.each([
    ['a policy service before the relay check', { smtpd_relay_restrictions: 'permit_mynetworks, check_policy_service inet:127.0.0.1:10023, reject_unauth_destination' }, {}, /check_policy_service inet:127\.0\.0\.1:10023 needs DNS or another service/],
    ['a network lookup table', { smtpd_relay_restrictions: 'check_client_access ldap:/etc/postfix/ldap.cf, reject_unauth_destination' }, {}, /table ldap:\/etc\/postfix\/ldap\.cf \(type ldap\) is not read/],
    ['an unreadable table', { smtpd_relay_restrictions: 'check_client_access hash:/etc/postfix/missing, reject_unauth_destination' }, {}, /could not read table hash:\/etc\/postfix\/missing/],
    ['an unknown restriction', { smtpd_relay_restrictions: 'permit_something_new, reject_unauth_destination' }, {}, /restriction permit_something_new is not modelled/],
  ])('never calls %s safe: it cannot be confirmed', async (_, main, tables, why) => {
    const out = await judge(main, tables);
    expect(out).toMatch(/^\[UNCONFIRMED\] Postfix relay policy could not be confirmed, so the host is not passed: /);
    expect(out).toMatch(why);
  });

  it.each([
    ['[::]/0', true],
    ['[2001:db8::]/32', true],
    ['[2001:db8:0:0:0:0:0:77]', true],
    ['[2001:db8::7f]/121', true],
    ['[2001:db8::80]/121', false],
    ['[2001:db9::]/32', false],
    ['[fe80::]/10 [::ffff:127.0.0.0]/104', false],
  ])('judges the IPv6 client against mynetworks %s', async (nets, open) => {
    expect(await judge({ inet_protocols: 'all', mynetworks: `127.0.0.0/8 [::1]/128 ${nets}` })).toMatch(open ? /^\[VULNERABLE\] .* from 2001:db8::77 / : /^\[SAFE\] .*refuses all 12 outside identities/);
  });

  it('cannot confirm an IPv6 network it cannot parse', async () => {
    expect(await judge({ inet_protocols: 'all', mynetworks: '127.0.0.0/8 [2001:db8::1::2]/64' })).toMatch(/^\[UNCONFIRMED\] .*mynetworks cannot be read.*client 2001:db8::77/);
  });

  it('calls permit_mx_backup safe: this host is no MX of the victim domain an attacker picks', async () => {
    expect(await judge({ smtpd_relay_restrictions: 'permit_mynetworks, permit_mx_backup, reject_unauth_destination' })).toMatch(/^\[SAFE\]/);
  });

  it('still calls safe what a later list refuses whatever the undecidable part says', async () => {
    expect(await judge({ smtpd_client_restrictions: 'check_policy_service unix:private/policy', smtpd_relay_restrictions: 'reject_unauth_destination' })).toMatch(/^\[SAFE\]/);
  });
});
