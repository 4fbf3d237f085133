// The lab's hosts: each a real MTA (or none) with its own configuration, processes and address.
// `postconf` entries are applied with `postconf -e` to a copy of Debian's default main.cf;
// `mc` lines are added to a copy of Debian's default sendmail.mc before it is built with m4.
// `master` entries are applied with `postconf -P` (master.cf `-o` overrides of a service).

export const HOSTS = [
  { name: 'postfix-default', mta: 'postfix' },
  { name: 'postfix-relay-restrictions-removed', mta: 'postfix', postconfRemove: ['smtpd_relay_restrictions'] },
  { name: 'postfix-mynetworks-any', mta: 'postfix', postconf: ['mynetworks = 0.0.0.0/0'] },
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
  { name: 'sendmail-default', mta: 'sendmail' },
  { name: 'sendmail-listening', mta: 'sendmail', listenAll: true },
  { name: 'sendmail-promiscuous-relay', mta: 'sendmail', listenAll: true, mc: ["FEATURE(`promiscuous_relay')dnl"] },
  { name: 'sendmail-promiscuous-relay-no-ps', mta: 'sendmail', listenAll: true, noPs: true, mc: ["FEATURE(`promiscuous_relay')dnl"] },
  { name: 'sendmail-access-relay-broad', mta: 'sendmail', listenAll: true, access: 'Connect:10\tRELAY\n' },
  // Debian's relay rules without an access map: no access.db on disk.
  { name: 'sendmail-no-access-db', mta: 'sendmail', listenAll: true, noAccessDb: true },
  { name: 'sendmail-relay-entire-domain', mta: 'sendmail', listenAll: true, mc: ["FEATURE(`relay_entire_domain')dnl"] },
  { name: 'no-mta', mta: 'none' },
];
