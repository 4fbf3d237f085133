// The lab's ground truth comes from this client: an open relay is a 2xx reply to RCPT TO for some forged
// sender, and nothing else.
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { relayAttempt } from '../../lab/smtp.mjs';

type Script = Record<string, string>;
const servers: net.Server[] = [];
afterEach(() => {
  for (const s of servers.splice(0)) s.close();
});

/** A fake SMTP server on loopback answering each command by its verb; records what the client sent. */
async function fakeServer(greeting: string | null, answers: Script): Promise<{ port: number; received: string[] }> {
  const received: string[] = [];
  const server = net.createServer((socket) => {
    if (greeting !== null) socket.write(greeting);
    let buffer = '';
    socket.on('data', (chunk) => {
      buffer += chunk.toString();
      for (let i; (i = buffer.indexOf('\r\n')) >= 0; ) {
        const line = buffer.slice(0, i);
        buffer = buffer.slice(i + 2);
        received.push(line);
        const verb = line.split(/[ :]/)[0]!.toUpperCase();
        socket.write(answers[verb] ?? '500 5.5.1 unknown\r\n');
        if (verb === 'QUIT') socket.end();
      }
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as net.AddressInfo).port, received };
}

const ehlo = '250-relay.test\r\n250-PIPELINING\r\n250 8BITMIME\r\n';

describe('relayAttempt', () => {
  it('calls a server that accepts an outside recipient open, forges the usual senders, and never sends DATA', async () => {
    const { port, received } = await fakeServer('220 mx.relay.test ESMTP\r\n', { EHLO: ehlo, MAIL: '250 2.1.0 Ok\r\n', RCPT: '250 2.1.5 Ok\r\n', RSET: '250 2.0.0 Ok\r\n', QUIT: '221 2.0.0 Bye\r\n' });
    const result = await relayAttempt('127.0.0.1', { port, localAddress: '127.0.0.1' });
    expect(result).toMatchObject({ open: true, reply: '250 2.1.5 Ok (MAIL FROM:<probe@outside.example>)' });
    expect(result.attempts.map((a) => a.sender)).toEqual(['probe@outside.example', '', 'postmaster@mx.relay.test', 'postmaster@relay.test']);
    expect(result.transcript.slice(0, 6)).toEqual(['220 mx.relay.test ESMTP', '250 8BITMIME', '250 2.1.0 Ok', '250 2.1.5 Ok', '250 2.0.0 Ok', '250 2.1.0 Ok']);
    expect(received.slice(0, 5)).toEqual(['EHLO outside.example', 'MAIL FROM:<probe@outside.example>', 'RCPT TO:<victim@elsewhere.example>', 'RSET', 'MAIL FROM:<>']);
    expect(received.at(-1)).toBe('QUIT');
    expect(received.filter((l) => /^(DATA|BDAT)/i.test(l))).toEqual([]);
  });

  it('calls a server open when only a forged sender gets through, and names it', async () => {
    const received: string[] = [];
    const server = net.createServer((socket) => {
      socket.write('220 mx.relay.test ESMTP\r\n');
      let sender = '';
      let buffer = '';
      socket.on('data', (chunk) => {
        buffer += String(chunk);
        for (let i; (i = buffer.indexOf('\r\n')) >= 0; ) {
          const line = buffer.slice(0, i);
          buffer = buffer.slice(i + 2);
          received.push(line);
          if (line.startsWith('MAIL')) sender = line.slice(11, -1);
          if (line.startsWith('QUIT')) return socket.end('221 Bye\r\n');
          socket.write(line.startsWith('RCPT') ? (sender === 'billing@partner.example' ? '250 2.1.5 Ok\r\n' : '554 5.7.1 Relay access denied\r\n') : '250 Ok\r\n');
        }
      });
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as net.AddressInfo;
    expect(await relayAttempt('127.0.0.1', { port, senders: ['probe@outside.example'] })).toMatchObject({ open: false, reply: '554 5.7.1 Relay access denied' });
    expect(await relayAttempt('127.0.0.1', { port, senders: ['probe@outside.example', 'billing@partner.example'] })).toMatchObject({ open: true, reply: '250 2.1.5 Ok (MAIL FROM:<billing@partner.example>)' });
  });

  it('calls a refused or deferred recipient safe and keeps the reply', async () => {
    for (const rcpt of ['554 5.7.1 <victim@elsewhere.example>: Relay access denied', '450 4.4.0 Relaying temporarily denied']) {
      const { port } = await fakeServer('220 relay.test ESMTP\r\n', { EHLO: ehlo, MAIL: '250 2.1.0 Ok\r\n', RCPT: `${rcpt}\r\n`, RSET: '250 Ok\r\n', QUIT: '221 Bye\r\n' });
      expect(await relayAttempt('127.0.0.1', { port })).toMatchObject({ open: false, reply: rcpt });
    }
  });

  it('calls a server that refuses the sender safe', async () => {
    const { port } = await fakeServer('220 relay.test ESMTP\r\n', { EHLO: ehlo, MAIL: '421 4.3.0 go away\r\n' });
    const result = await relayAttempt('127.0.0.1', { port, timeoutMs: 2_000 });
    expect(result.open).toBe(false);
  });

  it('calls no server, and a server that never greets, safe', async () => {
    const { port } = await fakeServer(null, {});
    expect(await relayAttempt('127.0.0.1', { port, timeoutMs: 300 })).toMatchObject({ open: false, reply: 'no greeting (timeout)' });
    const closed = net.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const free = (closed.address() as net.AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    expect(await relayAttempt('127.0.0.1', { port: free })).toMatchObject({ open: false, reply: 'no SMTP server (ECONNREFUSED)' });
  });
});
