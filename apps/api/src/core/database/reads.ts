import type { EntityManager } from 'typeorm';

/**
 * Independent reads: at once on the pool (each takes its own connection), one after another when `em`
 * is a transaction's. A transaction has one connection, and a query sent while another runs on it is
 * queued by pg 8 with a deprecation warning and refused by pg 9 (seen on every nominee judged inside
 * `addAwardNominee`); in turn costs nothing there, since the connection ran them in turn anyway.
 */
export async function readsInTurn<T extends unknown[]>(
  em: EntityManager,
  ...reads: { [K in keyof T]: () => Promise<T[K]> }
): Promise<T> {
  if (!em.queryRunner) return (await Promise.all(reads.map((read) => read()))) as T;
  const out: unknown[] = [];
  for (const read of reads) out.push(await read());
  return out as T;
}
