// BENCHMARKS.md from the bench's figures: what was measured, the numbers, how to reproduce.

const n = (x) => x.toLocaleString('en-US');

export function markdown(figures, env) {
  const rows = figures.map((f) => {
    const perRound = Math.max(...f.rounds);
    return `| ${f.scenario.name} | ${n(f.commands)} | ${perRound} / ${f.roundTarget} | ${f.rounds.length} | ${f.perHostCalls} | ${(f.wallMs / 1000).toFixed(1)} s / ${(f.slowestHostMs / 1000).toFixed(1)} s | ${f.peakRssMb.toFixed(0)} MB / ${f.peakHeapMb.toFixed(0)} MB |`;
  });
  const calls = figures.map((f) => {
    const ops = Object.keys(f.clientCalls).filter((op) => f.clientCalls[op] > 0 || f.serverRequests[op] > 0);
    const serverOf = (op) => f.serverRequests[op === 'S3GetObject' ? '' : op] ?? 0;
    return [
      `**${f.scenario.name}**`,
      '',
      '| Operation | Calls by fleetprobe | Requests the service saw (retries included) | Throttled |',
      '|---|---|---|---|',
      ...ops.map((op) => `| ${op} | ${n(f.clientCalls[op])} | ${op === 'S3GetObject' ? '-' : n(serverOf(op))} | ${n(f.serverThrottled[op] ?? 0)} |`),
      '',
      `Outcomes (host × template): ${Object.entries(f.outcomes).map(([k, v]) => `${k} ${n(v)}`).join(', ')}.`,
      '',
    ].join('\n');
  });
  return `# Benchmarks

Measured with \`npm run bench\` on ${env.date}, Node ${env.node}, ${env.cpus} CPU cores. Written by the bench; do not edit by hand.

## What is measured

The real \`SsmTransport\` (real \`@aws-sdk/client-ssm\`, production retry and polling settings: adaptive retries,
first poll after 1 s growing to 10 s) audits an emulated fleet with \`fixtures/templates/smtp-open-relay.yaml\`.
The emulator (\`test/support/ssm-emulator\`) runs in a child process on 127.0.0.1, so its CPU and memory are not
counted as the client's. Each fleet has 1 % offline and 0.5 % Windows instances (reported by the pre-flight, never
sent), 10 % open-relay mail hosts, the rest idle; each host's own run time is between 1 and 5 s; invocations stay
invisible for 300 ms after SendCommand, as the real service's eventual consistency does.

**Synthetic instances.** Running 10,000 real \`sh\` processes would measure two cores, not the client. So the
bench's instances are *synthetic*: for each profile the emulator runs the received script once for real (with
\`sh\`, against the profile's files and PATH shims) and replays that output, framed as it was, for every instance
of the profile once that instance's own run time has passed. Every byte the client parses came from a real run of
the real script; what is not exercised at this scale is per-host variety in output. The integration tests
(\`test/transport/ssm*.test.ts\`) run a real \`sh\` per instance.

## Results

| Fleet | Commands | Max calls per polling round / target 1 + ceil(N/50) | Polling rounds | Per-host calls (target 0) | Wall time / slowest host's own run | Peak RSS / heap (client) |
|---|---|---|---|---|---|---|
${rows.join('\n')}

Wall time includes the pre-flight (DescribeInstanceInformation, 50 ids a call), sending (one SendCommand per
50 ids), the service's visibility delay, and the wait for the next polling round after the slowest host ends
(rounds are 1 s, 1.5 s, 2.25 s, ... apart, at most 10 s). In the throttling storm, one request in five of every
operation is answered ThrottlingException; the SDK's adaptive retry slows the client down and every call
eventually succeeds, so no host is lost.

## API calls per operation

${calls.join('\n')}
## Reproduce

\`\`\`sh
npm ci
npm run bench        # about a minute on 2 cores; rewrites this file
\`\`\`

The bench lives in \`scripts/bench.mjs\` (bundles \`scripts/bench/run.ts\` with esbuild into a temp dir) and
\`scripts/bench/report.mjs\` (this file). Fleet sizes and the throttling share are at the top of
\`scripts/bench.mjs\`. No test asserts timings; the call counts are asserted in \`test/transport/ssm.test.ts\`.
`;
}
