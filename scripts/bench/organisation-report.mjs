// The organisation section of BENCHMARKS.md: many accounts × regions in one run.

const n = (x) => x.toLocaleString('en-US');

export function markdown(figures, env) {
  const rows = figures.map(
    (f) =>
      `| ${f.scenario.name} | ${n(f.scopes)} | ${n(f.hosts)} | ${n(f.commands)} | ${f.maxScopeRoundCalls} / ${f.roundTarget} | ${f.perHostCalls} | ${(f.wallMs / 1000).toFixed(1)} s / ${(f.slowestHostMs / 1000).toFixed(1)} s = ${(f.wallMs / f.slowestHostMs).toFixed(2)} | ${(f.sentMs / 1000).toFixed(1)} s | ${f.peakRssMb.toFixed(0)} MB / ${f.peakHeapMb.toFixed(0)} MB |`,
  );
  const calls = figures.map((f) => {
    const ops = Object.keys(f.clientCalls).filter((op) => f.clientCalls[op] > 0);
    return [
      `**${f.scenario.name}**`,
      '',
      '| Operation | Calls | Per scope |',
      '|---|---|---|',
      ...ops.map((op) => `| ${op} | ${n(f.clientCalls[op])} | ${(f.clientCalls[op] / f.scopes).toFixed(1)} |`),
      ...Object.entries(f.planCalls).map(([op, c]) => `| ${op} (central credentials) | ${n(c)} | |`),
      '',
      `Polling rounds over all scopes: ${n(f.rounds)}. Outcomes (host × template): ${Object.entries(f.outcomes).map(([k, v]) => `${k} ${n(v)}`).join(', ')}. Gaps: ${f.gaps}. The machine's load average when the run ended: ${f.loadAverage.toFixed(1)} on ${env.cpus} cores (the client and the emulator share them with other work; wall times grow with it, call counts do not).`,
      '',
    ].join('\n');
  });
  return `## Organisations: many accounts × regions in one run

Measured with \`npm run bench\` on ${env.date}, Node ${env.node}, ${env.cpus} CPU cores (\`BENCH_ONLY=organisation npm run bench\` reruns only this section).

One run audits every (account, region) scope of an emulated organisation through the real \`@aws-sdk/client-sts\`
(AssumeRole into each account's member role) and \`@aws-sdk/client-ssm\`, with the production retry and polling
settings: each scope has its own pre-flight (tag selector, 50 instances a page), commands of 50 instances, polling
clock and pacer (8 calls in flight), 16 scopes in pre-flight at once, at most 64 calls in flight across the run;
polling starts once every scope has sent.
The emulated cloud (\`test/support/ssm-emulator\`, routing each request by its signature's account and region) runs
in a child process, so its CPU and memory are not the client's. Each host's own run time is between 1 and 5 s and
10 % of them are open relays; instances are synthetic (one real run of the script per profile, replayed; see the
fleet section), and invocations stay invisible for 300 ms after SendCommand.

| Run | Scopes | Hosts | Commands | Most calls by one scope in one polling round / target 1 + ceil(N/50) | Per-host calls (target 0) | Wall time / slowest host's own run = ratio | All sent after | Peak RSS / heap (client) |
|---|---|---|---|---|---|---|---|---|
${rows.join('\n')}

The round figure is per scope, as SSM's limits are per account and region: a scope of N hosts reads its
ceil(N/50) commands with one \`ListCommandInvocations\` page each per round (the extra 1 is room for a resource
group's \`ListCommands\`). Wall time includes STS \`GetCallerIdentity\`, one \`AssumeRole\` per account, every
scope's pre-flight and dispatch ("all sent after"), then the polling rounds that read every host's framed output
(a scope's first round comes 1 s after its own sends, or at once when the other scopes took longer; later rounds a
quarter of the time already waited apart): after the sends, reading 40,000 outputs is most of the client's work.

${calls.join('\n')}`;
}
