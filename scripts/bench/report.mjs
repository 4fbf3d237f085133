// The fleet section of BENCHMARKS.md (one account, one region): what was measured, the numbers, how to reproduce.

const n = (x) => x.toLocaleString('en-US');

export function markdown(figures, env) {
  const rows = figures.map((f) => {
    const perRound = Math.max(...f.rounds);
    return `| ${f.scenario.name} | ${n(f.commands)} | ${perRound} / ${f.roundTarget} | ${f.rounds.length} | ${f.perHostCalls} | ${(f.wallMs / 1000).toFixed(1)} s / ${(f.slowestHostMs / 1000).toFixed(1)} s | ${(f.sentMs / 1000).toFixed(1)} s | ${f.peakRssMb.toFixed(0)} MB / ${f.peakHeapMb.toFixed(0)} MB |`;
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
      `Throttled attempts seen by the client's pacer: ${n(f.clientSawThrottled)}. Outcomes (host × template): ${Object.entries(f.outcomes).map(([k, v]) => `${k} ${n(v)}`).join(', ')}.`,
      '',
    ].join('\n');
  });
  return `## SSM fleets: one account, one region

Measured with \`npm run bench\` on ${env.date}, Node ${env.node}, ${env.cpus} CPU cores. Written by the bench; do not edit by hand.

### What is measured

The real \`SsmTransport\` (real \`@aws-sdk/client-ssm\`, production retry and polling settings: standard retries up to 10 attempts plus its own pacer,
a polling round every second at first, then a quarter of the time waited, at most 10 s apart) audits an emulated fleet with \`fixtures/templates/smtp-open-relay.yaml\`.
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

### Results

| Fleet | Commands | Max calls per polling round / target 1 + ceil(N/50) | Polling rounds | Per-host calls (target 0) | Wall time / slowest host's own run | All sent after | Peak RSS / heap (client) |
|---|---|---|---|---|---|---|---|
${rows.join('\n')}

Peak RSS is the client process's high-water mark so far (the fleets run one after another in one process);
peak heap is sampled every 50 ms during each fleet's run.

Wall time includes the pre-flight (DescribeInstanceInformation, 50 ids a call) and sending (one SendCommand per
50 ids), together "all sent after"; a host's own run time counts from its command's send. Then come the
service's visibility delay, the time a polling round takes (197 pages of 50 invocations for 10,000 hosts), and the wait for the next polling round after the slowest host ends
(rounds are 1 s apart at first, then a quarter of the time already waited, at most 10 s). In the throttling storm the emulated service takes
20 requests a second per operation (a token bucket) and answers ThrottlingException beyond; the SDK's standard
retries (bounded at 10 attempts, exponential backoff with jitter) and fleetprobe's own pacer (at most 8 calls in
flight, halved on a throttle, grown back one at a time) get every call through, so no host is lost. The SDK's
\`adaptive\` retry mode was tried and rejected: under this storm it was no faster (31.2 s against 29.6 s), and
when one request in five is throttled whatever the rate it took 376 s against 27 s, its client-side rate having
fallen to 0.5 request/s (measured once while choosing; not rerun by the bench).

### API calls per operation

${calls.join('\n')}
### Reproduce

\`\`\`sh
npm ci
npm run bench                   # about a minute on 2 cores; rewrites this file
BENCH_ONLY=storm npm run bench  # only the fleets whose name contains "storm"
\`\`\`

The bench lives in \`scripts/bench.mjs\` (bundles \`scripts/bench/run.ts\` with esbuild into a temp dir) and
\`scripts/bench/report.mjs\` (this file). Fleet sizes and the throttling share are at the top of
\`scripts/bench.mjs\`. No test asserts timings; the call counts are asserted in \`test/transport/ssm.test.ts\`.
`;
}
