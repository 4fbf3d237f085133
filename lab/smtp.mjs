// A minimal SMTP client for the lab's ground truth: asks the server to relay from an outside sender
// to an outside recipient and reports the reply to RCPT TO. It never sends DATA, so no mail is sent.
import net from 'node:net';

/** @returns {Promise<{ open: boolean, reply: string }>} */
export function relayAttempt(host, { timeoutMs = 10_000 } = {}) {
  const steps = ['EHLO outside.example', 'MAIL FROM:<probe@outside.example>', 'RCPT TO:<victim@elsewhere.example>', 'QUIT'];
  return new Promise((resolve) => {
    const replies = [];
    let buffer = '';
    let done = false;
    const finish = (result) => {
      if (done) return;
      done = true;
      socket.destroy();
      resolve(result);
    };
    const socket = net.connect({ host, port: 25 });
    socket.setTimeout(timeoutMs, () => finish({ open: false, reply: `timeout after ${replies.length} replies` }));
    socket.on('error', (e) => finish({ open: false, reply: `connection failed: ${e.code}` }));
    socket.on('close', () => finish(verdict(replies)));
    socket.on('data', (chunk) => {
      buffer += chunk;
      // A reply ends with a line "NNN text" (a space after the code); "NNN-" lines continue it.
      for (let m; (m = /^(\d{3}) [^\r\n]*\r?\n/m.exec(buffer)); ) {
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
  // Replies: greeting, EHLO, MAIL, RCPT, QUIT.
  const rcpt = replies[3];
  if (!rcpt) return { open: false, reply: replies.at(-1) ?? 'no reply' };
  return { open: /^2\d\d /.test(rcpt), reply: rcpt };
}
