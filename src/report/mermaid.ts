// Mermaid pie charts for the job summary (GitHub renders ```mermaid blocks). Labels and titles are fleetprobe's
// own words, never host text; zero slices are left out (Mermaid draws them as empty labels).
export function pieChart(title: string, slices: readonly (readonly [string, number])[]): string {
  const shown = slices.filter(([, value]) => value > 0);
  if (shown.length === 0) return '';
  const label = (s: string) => `"${s.replace(/["\\\r\n]/g, ' ')}"`;
  return ['```mermaid', `pie showData title ${title.replace(/[\r\n]/g, ' ')}`, ...shown.map(([name, value]) => `    ${label(name)} : ${value}`), '```', ''].join('\n');
}
