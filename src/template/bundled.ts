// Templates shipped inside the bundle. They run without a signature because their exact bytes are
// part of fleetprobe itself: trust is by content hash, so an edited copy on disk is not trusted.
import { createHash } from 'node:crypto';
import smtpOpenRelay from '../../templates/smtp-open-relay.yaml?raw';

export const BUNDLED: readonly { name: string; text: string }[] = [{ name: 'smtp-open-relay.yaml', text: smtpOpenRelay }];

let hashes: ReadonlySet<string> | undefined;
export function bundledSha256(): ReadonlySet<string> {
  hashes ??= new Set(BUNDLED.map((b) => createHash('sha256').update(b.text).digest('hex')));
  return hashes;
}
