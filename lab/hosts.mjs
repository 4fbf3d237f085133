// The lab's hosts: each a real MTA (or none) with its own configuration, processes and address.
// Postfix: `postconf` entries are applied with `postconf -e` to a copy of Debian's default main.cf, `master`
// entries with `postconf -P` (master.cf `-o` overrides of a service) and `services` with `postconf -M` (whole
// master.cf lines); `files` are written into /etc/postfix and `maps` built there with postmap.
// Sendmail: `mc` lines are added to a copy of Debian's default sendmail.mc before it is built with m4;
// `access` is /etc/mail/access (built into access.db).
// Exim: `exim` holds Debian's update-exim4.conf.conf answers (dc_* without the prefix), `eximFiles` files
// written into /etc/exim4, `eximRcptAcl` lines put first in acl_check_rcpt of Debian's configuration template,
// `eximDaemonArgs` options the daemon is started with (/etc/exim4/daemon.conf is a copy of the generated configuration).
// Postfix `servicesRemove`: master.cf services deleted (postconf -MX); `configDir`: the host's Postfix runs from
// /etc/postfix/<configDir> (`postfix -c`, listed in the default main.cf's alternate_config_directories), and the
// host's settings go there, the default instance keeping Debian's. `ipv6`: the host, and the relay attempt, also
// have IPv6 addresses.
// `truthSenders`: extra senders the relay attempt forges (an attacker who knows or guesses them).

// A Postfix policy service (spawn runs it per connection): answers every request with the action in $1.
const POLICY_SCRIPT = '#!/bin/sh\nwhile IFS= read -r line; do [ -n "$line" ] || printf \'action=%s\\n\\n\' "$1"; done\n';
const POLICY = (action) => `policy unix - n n - 0 spawn user=nobody argv=/bin/sh /etc/postfix/policy.sh ${action}`;

export const HOSTS = [
  { name: 'postfix-default', mta: 'postfix' },
  { name: 'postfix-relay-restrictions-removed', mta: 'postfix', postconfRemove: ['smtpd_relay_restrictions'] },
  { name: 'postfix-mynetworks-any', mta: 'postfix', postconf: ['mynetworks = 0.0.0.0/0'] },
  // Trusts a private /8: the relay attempt from the internet is refused (its LAN neighbour may relay).
  { name: 'postfix-mynetworks-wide', mta: 'postfix', postconf: ['mynetworks = 127.0.0.0/8 10.0.0.0/8'] },
  // Postfix's own safety net: unless a list rejects before any `permit`, smtpd refuses to run, so nothing relays.
  { name: 'postfix-relay-permit', mta: 'postfix', postconf: ['smtpd_relay_restrictions = permit'] },
  { name: 'postfix-permit-before-reject', mta: 'postfix', postconf: ['smtpd_relay_restrictions = permit, reject_unauth_destination'] },
  { name: 'postfix-client-access-ok-any', mta: 'postfix', postconf: ['smtpd_relay_restrictions = check_client_access cidr:/etc/postfix/relay_clients, reject_unauth_destination'], files: { relay_clients: '0.0.0.0/0\tOK\n' } },
  { name: 'postfix-legacy-recipient-only', mta: 'postfix', postconf: ['smtpd_relay_restrictions =', 'smtpd_recipient_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination'] },
  { name: 'postfix-legacy-recipient-wide', mta: 'postfix', postconf: ['smtpd_relay_restrictions =', 'mynetworks = 127.0.0.0/8 10.0.0.0/8', 'smtpd_recipient_restrictions = permit_mynetworks, reject_unauth_destination'] },
  // main.cf spelled out as the seed's grep wants it (reject_unauth_destination), with a narrow and an all-trusting mynetworks.
  { name: 'postfix-reject-unauth', mta: 'postfix', postconf: ['smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination'] },
  { name: 'postfix-reject-unauth-mynetworks-any', mta: 'postfix', postconf: ['smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination', 'mynetworks = 0.0.0.0/0'] },
  // Effective configuration that main.cf's text does not show.
  { name: 'postfix-master-cf-override', mta: 'postfix', master: ['smtp/inet/mynetworks=0.0.0.0/0'] },
  { name: 'postfix-mynetworks-style-class', mta: 'postfix', postconfRemove: ['mynetworks'], postconf: ['mynetworks_style = class'] },
  { name: 'postfix-mynetworks-style-host', mta: 'postfix', postconfRemove: ['mynetworks'], postconf: ['mynetworks_style = host'] },
  // A systemd host: `systemctl` answers `is-active postfix` as systemd does (`active`), to measure the seed's check there too.
  { name: 'postfix-mynetworks-any-systemd', mta: 'postfix', systemd: true, postconf: ['mynetworks = 0.0.0.0/0'] },
  // Minimal images without procps: the running MTA is found from its pid file instead of `ps`.
  { name: 'postfix-mynetworks-any-no-ps', mta: 'postfix', noPs: true, postconf: ['mynetworks = 0.0.0.0/0'] },
  { name: 'postfix-loopback-only', mta: 'postfix', postconf: ['mynetworks = 0.0.0.0/0', 'inet_interfaces = loopback-only'] },
  { name: 'postfix-stopped', mta: 'postfix', running: false, postconf: ['mynetworks = 0.0.0.0/0'] },
  // Relay rules in every kind of lookup table and restriction list (issue 15).
  { name: 'postfix-client-access-static-ok', mta: 'postfix', postconf: ['smtpd_relay_restrictions = permit_mynetworks, check_client_access static:OK, reject_unauth_destination'] },
  { name: 'postfix-client-access-hash-refuses', mta: 'postfix', postconf: ['smtpd_relay_restrictions = permit_mynetworks, check_client_access hash:/etc/postfix/client_access, reject_unauth_destination'], files: { client_access: '10.20.30\tOK\nspammer.example\tREJECT\n' }, maps: ['hash:client_access'] },
  { name: 'postfix-sender-access-hash-null-ok', mta: 'postfix', postconf: ['smtpd_relay_restrictions = permit_mynetworks, check_sender_access hash:/etc/postfix/sender_access, reject_unauth_destination'], files: { sender_access: '<>\tOK\n' }, maps: ['hash:sender_access'] },
  { name: 'postfix-sender-access-lmdb-own-domain', mta: 'postfix', postconf: ['smtpd_relay_restrictions = permit_mynetworks, check_sender_access lmdb:/etc/postfix/sender_access, reject_unauth_destination'], files: { sender_access: 'lab.invalid\tOK\n' }, maps: ['lmdb:sender_access'] },
  { name: 'postfix-sender-access-cdb-partner', mta: 'postfix', truthSenders: ['billing@partner.example'], postconf: ['smtpd_relay_restrictions = permit_mynetworks, check_sender_access cdb:/etc/postfix/sender_access, reject_unauth_destination'], files: { sender_access: 'partner.example\tOK\n' }, maps: ['cdb:sender_access'] },
  { name: 'postfix-sender-access-texthash-refuses', mta: 'postfix', postconf: ['smtpd_relay_restrictions = permit_mynetworks, check_sender_access texthash:/etc/postfix/sender_access, reject_unauth_destination'], files: { sender_access: 'spammer.example\tREJECT\n<>\tDUNNO\n' } },
  { name: 'postfix-sender-access-inline-outside', mta: 'postfix', postconf: ['smtpd_relay_restrictions = permit_mynetworks, check_sender_access inline:{ {outside.example=OK} }, reject_unauth_destination'] },
  { name: 'postfix-recipient-access-regexp-ok', mta: 'postfix', postconf: ['smtpd_relay_restrictions = permit_mynetworks, check_recipient_access regexp:/etc/postfix/recipient_access, reject_unauth_destination'], files: { recipient_access: '/@/\tOK\n' } },
  { name: 'postfix-helo-access-pcre-ok', mta: 'postfix', postconf: ['smtpd_relay_restrictions = permit_mynetworks, check_helo_access pcre:/etc/postfix/helo_access, reject_unauth_destination'], files: { helo_access: '/\\./\tOK\n' } },
  { name: 'postfix-restriction-class', mta: 'postfix', postconf: ['smtpd_restriction_classes = relay_anyone', 'relay_anyone = permit', 'smtpd_relay_restrictions = permit_mynetworks, check_client_access cidr:/etc/postfix/client_classes, reject_unauth_destination'], files: { client_classes: '0.0.0.0/0\trelay_anyone\n' } },
  { name: 'postfix-restriction-class-refuses', mta: 'postfix', postconf: ['smtpd_restriction_classes = from_partners', 'from_partners = check_client_access cidr:/etc/postfix/partners, reject', 'smtpd_relay_restrictions = permit_mynetworks, from_partners, reject_unauth_destination'], files: { partners: '10.20.30.0/24\tOK\n' } },
  { name: 'postfix-mynetworks-file', mta: 'postfix', postconf: ['mynetworks = /etc/postfix/mynetworks'], files: { mynetworks: '# trusted networks\n127.0.0.0/8\n0.0.0.0/0\n' } },
  { name: 'postfix-mynetworks-file-private', mta: 'postfix', postconf: ['mynetworks = /etc/postfix/mynetworks'], files: { mynetworks: '127.0.0.0/8\n10.0.0.0/8\n172.16.0.0/12\n' } },
  { name: 'postfix-mynetworks-cidr-table', mta: 'postfix', postconf: ['mynetworks = 127.0.0.0/8, cidr:/etc/postfix/mynetworks.cidr'], files: { 'mynetworks.cidr': '0.0.0.0/0\tall\n' } },
  // The relay list is harmless, but the recipient list (evaluated too) permits before rejecting.
  { name: 'postfix-recipient-restrictions-permit', mta: 'postfix', postconf: ['smtpd_relay_restrictions =', 'smtpd_recipient_restrictions = permit_mynetworks, check_client_access static:OK, reject_unauth_destination'] },
  { name: 'postfix-permit-mx-backup', mta: 'postfix', postconf: ['smtpd_relay_restrictions = permit_mynetworks, permit_mx_backup, reject_unauth_destination'] },
  { name: 'postfix-sasl-without-auth', mta: 'postfix', postconf: ['smtpd_relay_restrictions = permit_sasl_authenticated, permit_tls_clientcerts, reject_unauth_destination'] },
  // A second public smtpd on another port, wide open; and the smtpd behind postscreen.
  { name: 'postfix-second-port-open', mta: 'postfix', services: ['2525 inet n - n - - smtpd -o smtpd_relay_restrictions=check_client_access,static:OK,reject_unauth_destination'] },
  { name: 'postfix-submission-auth-only', mta: 'postfix', services: ['submission inet n - n - - smtpd -o smtpd_relay_restrictions=permit_sasl_authenticated,reject'] },
  { name: 'postfix-postscreen-open', mta: 'postfix', services: ['smtp inet n - n - 1 postscreen', 'smtpd pass - - n - - smtpd -o mynetworks=0.0.0.0/0', 'dnsblog unix - - n - 0 dnsblog', 'tlsproxy unix - - n - 0 tlsproxy'] },
  // Policy services (a spawn(8) service answering every request with the action given): never contacted by the
  // probe. After the relay check (the usual place, e.g. SPF or greylisting) it cannot open anything; before it, an
  // OK opens the relay, which the probe cannot know without asking the service: not a pass, "unconfirmed".
  { name: 'postfix-policy-after-relay-check', mta: 'postfix', postconf: ['smtpd_relay_restrictions =', 'smtpd_recipient_restrictions = permit_mynetworks, reject_unauth_destination, check_policy_service unix:private/policy'], services: [POLICY('DUNNO')], files: { 'policy.sh': POLICY_SCRIPT } },
  { name: 'postfix-policy-ok-before-relay-check', mta: 'postfix', postconf: ['smtpd_relay_restrictions = permit_mynetworks, check_policy_service unix:private/policy, reject_unauth_destination'], services: [POLICY('OK')], files: { 'policy.sh': POLICY_SCRIPT } },
  // XCLIENT allowed to nobody (main.cf and master.cf): the probe's own smtpd is told otherwise, for itself only.
  { name: 'postfix-xclient-restricted', mta: 'postfix', postconf: ['smtpd_authorized_xclient_hosts = 192.0.2.250', 'smtpd_relay_restrictions = permit_mynetworks, check_client_access static:OK, reject_unauth_destination'], master: ['smtp/inet/smtpd_authorized_xclient_hosts=192.0.2.251'] },
  // Services bound to addresses: port 25 on loopback only, an open one on all addresses at port 2526.
  { name: 'postfix-address-bound-services', mta: 'postfix', servicesRemove: ['smtp/inet'], services: ['127.0.0.1:smtp inet n - n - - smtpd -o mynetworks=0.0.0.0/0', '0.0.0.0:2526 inet n - n - - smtpd -o smtpd_relay_restrictions=check_client_access,static:OK,reject_unauth_destination'] },
  // Postfix run from a non-default configuration directory (`postfix -c /etc/postfix/outbound start`).
  { name: 'postfix-alternate-config-dir', mta: 'postfix', configDir: 'outbound', postconf: ['mynetworks = 0.0.0.0/0'] },
  // Open to IPv6 clients only (IPv4 ones are refused).
  { name: 'postfix-ipv6-mynetworks-any', mta: 'postfix', ipv6: true, postconf: ['inet_protocols = all', 'mynetworks = 127.0.0.0/8 [::1]/128 [::]/0'] },
  // Client restrictions applied at connection time (smtpd_delay_reject = no): every internet client is refused
  // before the relay rules (which would let it relay) are reached.
  { name: 'postfix-delay-reject-no', mta: 'postfix', postconf: ['smtpd_delay_reject = no', 'smtpd_client_restrictions = permit_mynetworks, check_client_access cidr:/etc/postfix/blocked', 'smtpd_relay_restrictions = check_client_access static:OK, reject_unauth_destination'], files: { blocked: '10.0.0.0/8\tDUNNO\n0.0.0.0/0\tREJECT\n' } },
  // Open to everyone, but refusing any HELO that looks like the probe's: a configuration written to fool it.
  { name: 'postfix-open-but-refuses-the-probe', mta: 'postfix', postconf: ['mynetworks = 0.0.0.0/0', 'smtpd_helo_restrictions = check_helo_access regexp:/etc/postfix/probe_helo'], files: { probe_helo: '/^relay-probe\\./\tREJECT\n' } },
  { name: 'sendmail-default', mta: 'sendmail' },
  { name: 'sendmail-listening', mta: 'sendmail', listenAll: true },
  { name: 'sendmail-promiscuous-relay', mta: 'sendmail', listenAll: true, mc: ["FEATURE(`promiscuous_relay')dnl"] },
  { name: 'sendmail-promiscuous-relay-no-ps', mta: 'sendmail', listenAll: true, noPs: true, mc: ["FEATURE(`promiscuous_relay')dnl"] },
  // Relays for its private /8 only: the relay attempt from the internet is refused.
  { name: 'sendmail-access-relay-broad', mta: 'sendmail', listenAll: true, access: 'Connect:10\tRELAY\n' },
  // Debian's relay rules without an access map: no access.db on disk.
  { name: 'sendmail-no-access-db', mta: 'sendmail', listenAll: true, noAccessDb: true },
  { name: 'sendmail-relay-entire-domain', mta: 'sendmail', listenAll: true, mc: ["FEATURE(`relay_entire_domain')dnl"] },
  { name: 'sendmail-relay-based-on-mx', mta: 'sendmail', listenAll: true, mc: ["FEATURE(`relay_based_on_MX')dnl"] },
  { name: 'sendmail-luser-relay', mta: 'sendmail', listenAll: true, mc: ["define(`LUSER_RELAY', `local:postmaster')dnl"] },
  // A local check_rcpt ruleset that accepts every recipient.
  { name: 'sendmail-local-check-rcpt-ok', mta: 'sendmail', listenAll: true, mc: ['LOCAL_RULESETS', 'SLocal_check_rcpt', 'R$*\t$#OK'] },
  { name: 'sendmail-relay-local-from', mta: 'sendmail', listenAll: true, mc: ["FEATURE(`relay_local_from')dnl"] },
  { name: 'sendmail-relay-mail-from-partner', mta: 'sendmail', listenAll: true, truthSenders: ['billing@partner.example'], mc: ["FEATURE(`relay_mail_from', `domain')dnl"], access: 'From:partner.example\tRELAY\n' },
  // Port 25 on loopback (Debian's default), and a second MTA daemon on all addresses at port 2525.
  { name: 'sendmail-second-port-promiscuous', mta: 'sendmail', mc: ["DAEMON_OPTIONS(`Family=inet, Name=MTA-2525, Port=2525')dnl", "FEATURE(`promiscuous_relay')dnl"] },
  { name: 'sendmail-access-connect-partner', mta: 'sendmail', listenAll: true, access: 'Connect:10.20.30\tRELAY\nFrom:spammer.example\tREJECT\n' },
  // Debian's default Exim (local delivery only, listening on loopback), and as an internet site, open or not.
  { name: 'exim-default', mta: 'exim', exim: { eximconfig_configtype: 'local', local_interfaces: '127.0.0.1 ; ::1' } },
  { name: 'exim-internet', mta: 'exim', exim: { eximconfig_configtype: 'internet' } },
  { name: 'exim-relay-nets-open', mta: 'exim', exim: { eximconfig_configtype: 'internet', relay_nets: '0.0.0.0/0' } },
  { name: 'exim-relay-nets-private', mta: 'exim', exim: { eximconfig_configtype: 'internet', relay_nets: '10.0.0.0/8' } },
  { name: 'exim-relay-nets-file', mta: 'exim', exim: { eximconfig_configtype: 'internet', relay_nets: '/etc/exim4/relay_hosts' }, eximFiles: { relay_hosts: '0.0.0.0/0\n' } },
  { name: 'exim-relay-domains-any', mta: 'exim', exim: { eximconfig_configtype: 'internet', relay_domains: '*' } },
  { name: 'exim-smarthost', mta: 'exim', exim: { eximconfig_configtype: 'smarthost', smarthost: 'smarthost.lab.invalid::587' } },
  { name: 'exim-satellite', mta: 'exim', exim: { eximconfig_configtype: 'satellite', smarthost: 'smarthost.lab.invalid', local_interfaces: '' } },
  { name: 'exim-acl-accept-all', mta: 'exim', exim: { eximconfig_configtype: 'internet' }, eximRcptAcl: ['  accept', '    hosts = *'] },
  // The daemon runs its own copy of the configuration (-C) with a macro (-D) that opens relaying; Debian's
  // generated configuration, the default one, is closed.
  { name: 'exim-daemon-options-open', mta: 'exim', exim: { eximconfig_configtype: 'internet' }, eximDaemonArgs: '-C /etc/exim4/daemon.conf -DMAIN_RELAY_NETS=0.0.0.0/0' },
  // A second port whose ACL lets anyone relay (a "relay port"); port 25 is closed.
  { name: 'exim-relay-port', mta: 'exim', exim: { eximconfig_configtype: 'internet' }, eximFiles: { 'exim4.conf.localmacros': 'daemon_smtp_ports = 25 : 2525\n' }, eximRcptAcl: ['  accept', '    condition = ${if eq{$interface_port}{2525}}'] },
  { name: 'exim-stopped', mta: 'exim', running: false, exim: { eximconfig_configtype: 'internet', relay_nets: '0.0.0.0/0' } },
  { name: 'no-mta', mta: 'none' },
];
