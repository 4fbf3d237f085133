// A bench section's process: `node <bundle> --section '<scenarios json>' <template>` measures the scenarios and
// sends the figures to the parent (scripts/bench.mjs). Each section runs in a process of its own, so its peak
// memory is its own; its emulator is a child of that process (`--serve`).
export function sectionMain<S, F>(main: (scenarios: S[], templatePath: string, log: (line: string) => void) => Promise<F[]>): void {
  if (process.argv[2] !== '--section') return;
  main(JSON.parse(process.argv[3]!) as S[], process.argv[4]!, (line) => console.log(line)).then(
    (figures) => process.send?.({ figures }, () => process.exit(0)),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
