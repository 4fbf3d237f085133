// Progress on long runs. On a terminal, one live line (hosts done / known, findings, hosts not audited, elapsed),
// redrawn at most once a second; in a CI log, a plain line every 15 s. Nothing for a run that ends quickly. The
// entries write it to stderr (the CLI) or the step log (the action): never into stdout's results.
import type { Result } from './types.js';

export interface ProgressSink {
  write(text: string): void;
  /** A terminal: the line is redrawn in place. */
  live: boolean;
}

/** A terminal's line appears after this long; a log's first line after one interval. */
const LIVE_AFTER_MS = 2000;
const LIVE_EVERY_MS = 1000;
const LOG_EVERY_MS = 15_000;

export class Progress {
  private expected = 0;
  private readonly perHost = new Map<string, number>();
  private readonly unaudited = new Set<string>();
  private findings = 0;
  private done = 0;
  private lastShown: number;
  private shownLive = false;

  constructor(
    private readonly sink: ProgressSink,
    private readonly templates: number,
    private readonly startedAt: number,
  ) {
    // A log's first line comes one interval in; a terminal's once the run is not quick.
    this.lastShown = sink.live ? startedAt + LIVE_AFTER_MS - LIVE_EVERY_MS : startedAt;
  }

  /** More targets became known (`expected`), and outcomes arrived, judged. */
  add(expected: number, results: readonly Result[]): void {
    this.expected += expected;
    for (const r of results) {
      this.findings += r.findings.length;
      if (r.verdict === 'unaudited') this.unaudited.add(r.target.id);
      const seen = (this.perHost.get(r.target.id) ?? 0) + 1;
      this.perHost.set(r.target.id, seen);
      if (seen === this.templates) this.done++;
    }
  }

  /** Called on a timer: writes the line when it is due. */
  tick(now: number): void {
    if (now - this.lastShown < (this.sink.live ? LIVE_EVERY_MS : LOG_EVERY_MS)) return;
    this.lastShown = now;
    const line = this.line(now);
    if (this.sink.live) {
      this.sink.write(`\r\u001b[2K${line}`);
      this.shownLive = true;
    } else this.sink.write(`${line}\n`);
  }

  /** The run ended: a live line is cleared so the results start on a clean line. */
  end(): void {
    if (this.shownLive) this.sink.write('\r\u001b[2K');
  }

  line(now: number): string {
    const total = Math.max(this.expected, this.perHost.size);
    const s = Math.round((now - this.startedAt) / 1000);
    const elapsed = s < 60 ? `${s}s` : `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
    return `fleetprobe: ${this.done}/${total || '?'} hosts done · ${this.findings} finding${this.findings === 1 ? '' : 's'} · ${this.unaudited.size} not audited · ${elapsed}`;
  }
}

/** Drives a Progress on a timer that never keeps the process alive; returns what ends it. */
export function startProgress(progress: Progress, now: () => number = Date.now): () => void {
  const timer = setInterval(() => progress.tick(now()), 250);
  timer.unref();
  return () => {
    clearInterval(timer);
    progress.end();
  };
}
