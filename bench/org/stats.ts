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

/**
 * The sides of one comparison (a list through the service, GraphQL, the bare Apollo reference)
 * measured in turn: each round times one call of every side, in the reverse order every other round
 * (no side always follows the same one), and each call starts on a quiet event loop (`settle`). A ratio of two medians taken a minute
 * apart measured the machine's drift as much as the code: on a 2 vCPU EPYC (7 December 2026) the same
 * service call's median moved 1.5 → 2.7 ms between runs of one build, and the 48-unit level's ratio
 * 1.6× ↔ 2.4× with it; measured together, 2.0–2.2× in every run. Measured alone or with the GraphQL
 * side, the service call's median was the same (2.2–2.4 and 2.2–2.5 ms, three runs each).
 */
export async function measureTogether(
  sides: { def: Omit<Measured, 'samples'>; fn: () => Promise<unknown> }[],
  iterations: number,
  warmup: number,
): Promise<Measured[]> {
  for (let i = 0; i < warmup; i++) for (const side of sides) await side.fn();
  const samples = sides.map(() => [] as number[]);
  for (let i = 0; i < iterations; i++) {
    for (let k = 0; k < sides.length; k++) {
      const j = i % 2 ? sides.length - 1 - k : k;
      await settle();
      const t = performance.now();
      await (sides[j] as (typeof sides)[number]).fn();
      (samples[j] as number[]).push(performance.now() - t);
    }
  }
  return sides.map((side, j) => ({ ...side.def, samples: samples[j] as number[] }));
}

/**
 * Lets what an answered call left behind (a server's `finish` handlers, the client's socket going
 * back to its agent, a turn's shared read) run before the next call is timed: interleaved, it would
 * otherwise be charged to another side of the comparison.
 */
function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(() => setImmediate(resolve)));
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
