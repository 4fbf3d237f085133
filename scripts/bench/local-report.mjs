// The local corpus section of BENCHMARKS.md: the corpus on this machine in one concurrent run.

const s = (ms) => `${(ms / 1000).toFixed(1)} s`;

export function markdown(figures, env) {
  const load = Math.max(...figures.map((f) => f.loadAverage));
  const outcomes = (o) => Object.entries(o).map(([k, n]) => `${k} ${n}`).join(', ');
  return `## The corpus on this machine

Measured with \`BENCH_ONLY=local npm run bench\` on ${env.date}, Node ${env.node}, ${env.cpus} CPU cores (load average up to ${load.toFixed(1)}: other work shared them).

The upstream corpus (\`fixtures/corpus\`: ${figures[0].templates} Linux code templates that load, ${figures[0].skipped} skipped) run on this
machine by the local transport as a scan runs it (nuclei's 30 s code timeout), all figures from the same run. A
template's own time is the sum of its blocks' run times. With templates run at once, the scan takes about as long
as its slowest template, not all of them added up.

| Templates at once | Wall time | Slowest template (its own time) | Wall ÷ slowest | All templates added up | Outcomes |
|---|---|---|---|---|---|
${figures.map((f) => `| ${f.scenario.concurrency} | ${s(f.wallMs)} | ${s(f.slowestMs)} (\`${f.slowest}\`) | ${(f.wallMs / f.slowestMs).toFixed(2)} | ${s(f.sumMs)} | ${outcomes(f.outcomes)} |`).join('\n')}

\`\`\`sh
BENCH_ONLY=local npm run bench   # this section only
\`\`\`
`;
}
