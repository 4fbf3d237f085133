// A minimal SMTP client for the lab's ground truth: asks the server to relay from an outside client to an
// outside recipient, once per sender an attacker would forge, and reports the replies to RCPT TO. It never
// sends DATA, so no mail is sent.
import net from 'node:net';

/** Senders a relay attempt forges when none are given: an outside one, the null sender, and the server's own name and parent domain (from its greeting). */
export function defaultSenders(serverName) {
  const own = serverName && serverName.includes('.') ? [`postmaster@${serverName}`, `postmaster@${serverName.slice(serverName.indexOf('.') + 1)}`] : [];
  return ['probe@outside.example', '', ...own];
}

/**
 * @returns {Promise<{ open: boolean, reply: string, transcript: string[], attempts: { sender: string, reply: string }[] }>}
 * `open` when any RCPT TO got a 2xx reply; `reply` is that reply (else the first refusal, or why there was none);
 * `transcript` holds the last line of each server reply, in order.
 */
export function relayAttempt(host, { port = 25, timeoutMs = 10_000, localAddress, senders = defaultSenders, recipient = 'victim@elsewhere.example' } = {}) {
  return new Promise((resolve) => {
    const replies = [];
    const attempts = [];
    let steps;
    let buffer = '';
    let done = false;
    let awaiting = 'greeting';
    let sender = '';
    const finish = (result) => {
      if (done) return;
      done = true;
      socket.destroy();
      resolve({ ...result, transcript: replies, attempts });
    };
    const socket = net.connect({ host, port, ...(localAddress ? { localAddress } : {}) });
    socket.setTimeout(timeoutMs, () => finish({ open: false, reply: replies.length === 0 ? 'no greeting (timeout)' : `timeout after ${replies.length} replies` }));
    socket.on('error', (e) => finish({ open: false, reply: `no SMTP server (${e.code})` }));
    socket.on('close', () => finish(verdict(replies, attempts)));
    socket.on('data', (chunk) => {
      buffer += chunk;
      // A reply ends with a line "NNN text" (a space after the code, or nothing); "NNN-" lines continue it.
      for (let m; (m = /^(\d{3})(?: [^\r\n]*)?\r?\n/m.exec(buffer)); ) {
        const reply = m[0].trim();
        replies.push(reply);
        buffer = buffer.slice(m.index + m[0].length);
        if (awaiting === 'greeting') {
          if (!/^220/.test(reply)) return socket.end();
          const list = typeof senders === 'function' ? senders(reply.split(/\s+/)[1] ?? '') : senders;
          steps = ['EHLO outside.example', ...list.flatMap((s) => [`MAIL FROM:<${s}>`, `RCPT TO:<${recipient}>`, 'RSET']), 'QUIT'];
        }
        if (awaiting.startsWith('RCPT')) attempts.push({ sender, reply });
        const next = steps.shift();
        if (!next) return socket.end();
        if (next.startsWith('MAIL')) sender = next.slice(11, -1);
        awaiting = next;
        socket.write(`${next}\r\n`);
      }
    });
  });
}

function verdict(replies, attempts) {
  if (attempts.length === 0) return { open: false, reply: replies.at(-1) ? `closed after ${replies.at(-1)}` : 'closed without a reply' };
  const relayed = attempts.find((a) => /^2\d\d/.test(a.reply));
  return { open: Boolean(relayed), reply: relayed ? `${relayed.reply} (MAIL FROM:<${relayed.sender}>)` : attempts[0].reply };
}
