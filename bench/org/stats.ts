/** Timing helpers and the printed table. */
import { performance } from 'node:perf_hooks';

export interface Measured {
  name: string;
  /**
   * How it is called: the service, GraphQL over HTTP, a REST route, a pure builder, or the bare
   * Apollo reference of a GraphQL / service ratio (`bare-apollo.ts`).
   */
  via: 'service' | 'GraphQL' | 'REST' | 'builder' | 'bare Apollo';
  samples: number[];
  /** Median target in ms (null: informational). */
  target: number | null;
  note?: string;
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))] as number;
}

export function median(samples: number[]): number {
  const s = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Runs `fn` `warmup` times unmeasured, then `iterations` times one after another. */
export async function measure(
  def: Omit<Measured, 'samples'>,
  fn: () => Promise<unknown>,
  iterations: number,
  warmup: number,
): Promise<Measured> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  return { ...def, samples };
}

export async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const t = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - t };
}

const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));

export function table(rows: Measured[]): string {
  const header = ['operation', 'via', 'median ms', 'p95 ms', 'max ms', 'target', ''];
  const body = rows.map((r) => {
    const s = [...r.samples].sort((a, b) => a - b);
    const med = median(r.samples);
    const ok = r.target === null ? '' : med < r.target ? 'ok' : 'MISSED';
    return [
      r.name,
      r.via,
      fmt(med),
      fmt(percentile(s, 95)),
      fmt(s.at(-1) as number),
      r.target === null ? '–' : `< ${r.target}`,
      ok,
    ];
  });
  const widths = header.map((h, i) =>
    Math.max(h.length, ...body.map((b) => (b[i] as string).length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((c, i) =>
        i >= 2 && i <= 4 ? c.padStart(widths[i] as number) : c.padEnd(widths[i] as number),
      )
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}
