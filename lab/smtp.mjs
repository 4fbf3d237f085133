// A minimal SMTP client for the lab's ground truth: asks the server to relay from an outside sender
// to an outside recipient and reports the reply to RCPT TO. It never sends DATA, so no mail is sent.
import net from 'node:net';

const STEPS = ['EHLO outside.example', 'MAIL FROM:<probe@outside.example>', 'RCPT TO:<victim@elsewhere.example>', 'QUIT'];

/**
 * @returns {Promise<{ open: boolean, reply: string, transcript: string[] }>} `open` when RCPT TO got a 2xx reply;
 * `transcript` holds the last line of each server reply, in order (greeting, EHLO, MAIL, RCPT, QUIT).
 */
export function relayAttempt(host, { port = 25, timeoutMs = 10_000 } = {}) {
  return new Promise((resolve) => {
    const steps = [...STEPS];
    const replies = [];
    let buffer = '';
    let done = false;
    const finish = (result) => {
      if (done) return;
      done = true;
      socket.destroy();
      resolve({ ...result, transcript: replies });
    };
    const socket = net.connect({ host, port });
    socket.setTimeout(timeoutMs, () => finish({ open: false, reply: replies.length === 0 ? 'no greeting (timeout)' : `timeout after ${replies.length} replies` }));
    socket.on('error', (e) => finish({ open: false, reply: `no SMTP server (${e.code})` }));
    socket.on('close', () => finish(verdict(replies)));
    socket.on('data', (chunk) => {
      buffer += chunk;
      // A reply ends with a line "NNN text" (a space after the code, or nothing); "NNN-" lines continue it.
      for (let m; (m = /^(\d{3})(?: [^\r\n]*)?\r?\n/m.exec(buffer)); ) {
        replies.push(m[0].trim());
        buffer = buffer.slice(m.index + m[0].length);
        const next = steps.shift();
        if (next) socket.write(`${next}\r\n`);
        else socket.end();
      }
    });
  });
}

function verdict(replies) {
  const rcpt = replies[3];
  if (!rcpt) return { open: false, reply: replies.at(-1) ? `closed after ${replies.at(-1)}` : 'closed without a reply' };
  return { open: /^2\d\d/.test(rcpt), reply: rcpt };
}
