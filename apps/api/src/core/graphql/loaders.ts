import DataLoader from 'dataloader';

/**
 * Per-request DataLoader cache. Built fresh in the GraphQL context of every request, so batching and
 * caching never leak between requests or users. Each module declares its loaders as keys here.
 */
export class LoaderCache {
  private readonly loaders = new Map<symbol, DataLoader<unknown, unknown>>();
  private readonly values = new Map<symbol, Promise<unknown>>();

  /**
   * One value per request, computed on first use: for a field that does not depend on its parent
   * (`me`), which aliases would otherwise compute once each.
   */
  once<V>(key: symbol, compute: () => Promise<V>): Promise<V> {
    let value = this.values.get(key) as Promise<V> | undefined;
    if (!value) {
      value = compute();
      this.values.set(key, value);
    }
    return value;
  }

  get<K, V>(key: LoaderKey<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(key.id) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(key.batch, { maxBatchSize: 500 });
      this.loaders.set(key.id, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}

export interface LoaderKey<K, V> {
  id: symbol;
  batch: DataLoader.BatchLoadFn<K, V>;
}

export function loaderKey<K, V>(
  name: string,
  batch: DataLoader.BatchLoadFn<K, V>,
): LoaderKey<K, V> {
  return { id: Symbol(name), batch };
}

/** Orders batch results to match the requested keys (missing keys → null). */
export function byKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const map = new Map<K, V>();
  for (const row of rows) map.set(keyOf(row), row);
  return keys.map((k) => map.get(k) ?? null);
}

/** Groups batch results per requested key (missing keys → []). */
export function groupByKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const map = new Map<K, V[]>();
  for (const row of rows) {
    const k = keyOf(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return keys.map((k) => map.get(k) ?? []);
}
