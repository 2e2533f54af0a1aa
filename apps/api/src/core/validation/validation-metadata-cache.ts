import { getMetadataStorage } from 'class-validator';

type Storage = ReturnType<typeof getMetadataStorage> & { thiduaCached?: true };
type Rules = ReturnType<Storage['getTargetValidationMetadatas']>;

/**
 * Remembers class-validator's answer to "which rules apply to this class". Its storage answers by
 * walking every class that has rules (an `instanceof` per class, for inherited rules) on every
 * object it validates: with this application's ~300 input classes that was 1.5–2% of the CPU of a
 * request with arguments in bench/org (`unitChildren`), and it grows with each module. The rules of
 * a class are fixed once its module is loaded; a rule added later (a class loaded afterwards)
 * empties the cache. Installed once per process by the global validation pipe.
 */
export function cacheValidationMetadata(): void {
  const storage = getMetadataStorage() as Storage;
  if (storage.thiduaCached) return;
  storage.thiduaCached = true;
  const compute = storage.getTargetValidationMetadatas.bind(storage);
  const add = storage.addValidationMetadata.bind(storage);
  let cache = new Map<Parameters<Storage['getTargetValidationMetadatas']>[0], Map<string, Rules>>();
  storage.addValidationMetadata = (metadata) => {
    cache = new Map();
    add(metadata);
  };
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    const key = `${schema}\u0000${always}\u0000${strictGroups}\u0000${groups?.join('\u0001') ?? ''}`;
    let byKey = cache.get(target);
    if (!byKey) cache.set(target, (byKey = new Map()));
    let rules = byKey.get(key);
    if (!rules) byKey.set(key, (rules = compute(target, schema, always, strictGroups, groups)));
    return rules;
  };
}
