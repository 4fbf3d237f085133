// Emulated fleets for the SSM tests and the bench: mail hosts in the states smtp-open-relay.yaml tells apart,
// plus the hosts that go wrong (offline, Windows, unmanaged, hanging, dying, slow).
import type { EmulatedInstance } from './ssm-emulator/model.js';
import type { HostProfile } from './ssm-emulator/host.js';

const SAFE_MAIN_CF = 'mynetworks = 127.0.0.0/8\nsmtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination\n';

export const PROFILES = {
  /** Postfix running without relay restrictions: the template's `postfix` matcher fires. */
  openRelay: { name: 'open-relay', services: { postfix: 'running' }, processes: ['/usr/libexec/postfix/master -w'], files: { '/etc/postfix/main.cf': 'mynetworks = 0.0.0.0/0\n' } },
  /** Postfix running with restrictions. */
  safeRelay: { name: 'safe-relay', services: { postfix: 'running' }, processes: ['/usr/libexec/postfix/master -w'], files: { '/etc/postfix/main.cf': SAFE_MAIN_CF } },
  /** Sendmail running without the relay rule: the `sendmail` matcher fires. */
  sendmailOpen: { name: 'sendmail-open', processes: ['sendmail: accepting connections'], files: { '/etc/mail/sendmail.cf': 'O DaemonPortOptions=Port=smtp\n' } },
  /** No mail daemon at all. */
  idle: { name: 'idle', processes: ['/usr/sbin/sshd -D'] },
} satisfies Record<string, HostProfile>;

/** A valid 17-character instance id from a number (deterministic). */
export function instanceId(n: number, prefix = 'i-'): string {
  return `${prefix}${n.toString(16).padStart(17, '0')}`;
}

export function instance(n: number, profile: HostProfile, extra: Partial<EmulatedInstance> = {}): EmulatedInstance {
  return { id: instanceId(n), profile, ...extra };
}
