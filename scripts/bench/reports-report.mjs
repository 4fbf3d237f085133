// The reports section of BENCHMARKS.md: writing every report for a fleet-sized audit.

const kib = (b) => `${(b / 1024).toLocaleString('en-US', { maximumFractionDigits: 0 })} KiB`;
const mib = (b) => `${(b / 1024 / 1024).toLocaleString('en-US', { maximumFractionDigits: 1 })} MiB`;
const ms = (x) => `${x.toLocaleString('en-US', { maximumFractionDigits: 0 })} ms`;

export function markdown(figures, env) {
  const load = Math.max(...figures.map((f) => f.loadAverage));
  return `## Writing the reports

Measured with \`BENCH_ONLY=reports npm run bench\` on ${env.date}, Node ${env.node}, ${env.cpus} CPU cores (load average up to ${load.toFixed(1)}: other work shared them).

Every report written from one synthetic audit (\`test/support/fleet-report.ts\`: each host fails a template about
one time in 50, info templates match one host in three, every 97th host is offline, one pair in 500 timed out),
best of 3. The job summary must stay under GitHub's 1 MiB with every vulnerable and unaudited host in it.

| Audit | Results | Vulnerable / not audited hosts | Findings | Summary | Terminal table | JSONL | SARIF | Annotations | Gate | Peak heap |
|---|---:|---:|---:|---|---|---|---|---|---|---:|
${figures
  .map(
    (f) =>
      `| ${f.scenario.name} | ${f.results.toLocaleString('en-US')} | ${f.vulnerable.toLocaleString('en-US')} / ${f.unaudited.toLocaleString('en-US')} | ${f.findings.toLocaleString('en-US')} | ${ms(f.ms.summary)}, ${kib(f.bytes.summary)} | ${ms(f.ms.table)}, ${kib(f.bytes.table)} | ${ms(f.ms.jsonl)}, ${mib(f.bytes.jsonl)} | ${ms(f.ms.sarif)}, ${mib(f.bytes.sarif)} | ${ms(f.ms.annotations)} | ${ms(f.ms.gate)} | ${f.peakHeapMb.toFixed(0)} MB |`,
  )
  .join('\n')}

\`\`\`sh
BENCH_ONLY=reports npm run bench   # this section only
\`\`\`
`;
}
