export interface RelayAttempt {
  /** RCPT TO got a 2xx reply: the server relays for an outside client. */
  open: boolean;
  /** The reply to RCPT TO, or why there was none. */
  reply: string;
  /** The last line of each server reply, in order (greeting, EHLO, MAIL, RCPT, QUIT). */
  transcript: string[];
}
export function relayAttempt(host: string, options?: { port?: number; timeoutMs?: number }): Promise<RelayAttempt>;
