// The evaluation section of BENCHMARKS.md: evaluating hostile output against ordinary output, per MB.

export function markdown(figures, env) {
  const ratio = (f) => f.hostileMsPerMb / f.ordinaryMsPerMb;
  const worst = figures.reduce((a, b) => (b.hostileMsPerMb > a.hostileMsPerMb ? b : a));
  const costliest = figures.reduce((a, b) => (b.ordinaryMsPerMb > a.ordinaryMsPerMb ? b : a));
  const load = Math.max(...figures.map((f) => f.loadAverage));
  return `## Evaluating hostile output

Measured with \`BENCH_ONLY=evaluation npm run bench\` on ${env.date}, Node ${env.node}, ${env.cpus} CPU cores (load average up to ${load.toFixed(1)}: other work shared them).

Time to evaluate what one host printed, per MB: the output decoded as a transport hands it over
(\`decodeOutput\`) and evaluated (\`evaluateTemplate\`: trim, matchers, extractors, DSL), best of 5 runs of
1 MB. Each template meets output built against it, and ordinary probe output of the same size
(configuration lines, a process listing, verdict lines). Matching is Go's regexp through re2js (linear
time); before, \`(a+)+b\` took 62 s on 30 characters and the seed template a minute on 300,000 spaces.

| Case | Ordinary (ms/MB) | Hostile (ms/MB) | Hostile / ordinary, same template |
|---|---|---|---|
${figures.map((f) => `| ${f.scenario.name} | ${f.ordinaryMsPerMb.toFixed(1)} | ${f.hostileMsPerMb.toFixed(1)} | ${ratio(f).toFixed(1)} |`).join('\n')}

The costliest hostile megabyte (${worst.scenario.name}: ${worst.hostileMsPerMb.toFixed(0)} ms) costs
${(worst.hostileMsPerMb / costliest.ordinaryMsPerMb).toFixed(1)}× the costliest ordinary megabyte (${costliest.scenario.name.replace(/:.*/, '')}: ${costliest.ordinaryMsPerMb.toFixed(0)} ms);
issue 8 asks for at most a few times. Where a template turns ordinary output away at its first bytes
(\`compare_versions\` refuses a non-version at once), the same-template ratio compares reading a megabyte with
reading a few bytes. Linearity itself is asserted without timings in \`test/matchers/linear.test.ts\` (8× the
output must cost well under 64× the time, for every hostile shape and template there).

\`\`\`sh
BENCH_ONLY=evaluation npm run bench   # this section only (seconds)
\`\`\`
`;
}
