import { registerEnumType } from '@nestjs/graphql';

/** GraphQL enums whose values equal their names, so integrators see the stored codes. */
export function asEnum<K extends string>(keys: readonly K[]): Record<K, K> {
  return Object.fromEntries(keys.map((k) => [k, k])) as Record<K, K>;
}

/** Registers an enum with a Vietnamese description per value. */
export function defineEnum<K extends string>(
  name: string,
  values: Record<K, string>,
  description?: string,
): Record<K, K> {
  const e = asEnum(Object.keys(values) as K[]);
  registerEnumType(e, {
    name,
    description,
    valuesMap: Object.fromEntries(
      Object.entries(values).map(([k, v]) => [k, { description: v as string }]),
    ) as Record<K, { description: string }>,
  });
  return e;
}

export const SortDirectionEnum = asEnum(['ASC', 'DESC'] as const);
registerEnumType(SortDirectionEnum, { name: 'SortDirection' });
