export interface RelayAttempt {
  /** Some RCPT TO got a 2xx reply: the server relays for an outside client. */
  open: boolean;
  /** The reply that relayed (with its sender), else the first refusal, or why there was none. */
  reply: string;
  /** The last line of each server reply, in order (greeting, EHLO, then MAIL, RCPT, RSET per sender, QUIT). */
  transcript: string[];
  /** Each RCPT TO reply, with the sender it was tried with. */
  attempts: { sender: string; reply: string }[];
}
/** Senders a relay attempt forges by default: outside, null, and the server's own name and parent domain. */
export function defaultSenders(serverName: string): string[];
export function relayAttempt(
  host: string,
  options?: { port?: number; timeoutMs?: number; localAddress?: string; senders?: string[] | ((serverName: string) => string[]); recipient?: string },
): Promise<RelayAttempt>;
