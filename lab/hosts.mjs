// The lab's hosts: each a real MTA (or none) with its own configuration, processes and address.
// `postconf` entries are applied with `postconf -e` to a copy of Debian's default main.cf;
// `mc` lines are added to a copy of Debian's default sendmail.mc before it is built with m4.

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
  { name: 'postfix-loopback-only', mta: 'postfix', postconf: ['mynetworks = 0.0.0.0/0', 'inet_interfaces = loopback-only'] },
  { name: 'postfix-stopped', mta: 'postfix', running: false, postconf: ['mynetworks = 0.0.0.0/0'] },
  { name: 'sendmail-default', mta: 'sendmail' },
  { name: 'sendmail-listening', mta: 'sendmail', listenAll: true },
  { name: 'sendmail-promiscuous-relay', mta: 'sendmail', listenAll: true, mc: ["FEATURE(`promiscuous_relay')dnl"] },
  { name: 'sendmail-access-relay-broad', mta: 'sendmail', listenAll: true, access: 'Connect:10\tRELAY\n' },
  { name: 'no-mta', mta: 'none' },
];
