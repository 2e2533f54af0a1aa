import type { UnitTree } from '@thidua/web-data-access';
import { isIsoDate } from '@thidua/shared-domain';
import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';

/** Vietnamese slugs of the hierarchies in the address bar: /to-chuc/don-vi?he-thong=dang */
export const TREE_SLUGS: Record<UnitTree, string> = {
  GOVERNMENT: 'chinh-quyen',
  PARTY: 'dang',
  FRONT: 'mat-tran',
};

export const UNIT_TREES: readonly UnitTree[] = ['GOVERNMENT', 'PARTY', 'FRONT'];

const TREE_PARAM = 'he-thong';
const AS_OF_PARAM = 'ngay';
const ENDED_PARAM = 'da-ket-thuc';

function treeFromSlug(slug: string | null): UnitTree {
  return UNIT_TREES.find((tree) => TREE_SLUGS[tree] === slug) ?? 'GOVERNMENT';
}

/**
 * What the unit browser shows — hierarchy, "as of" date, ended units — kept in the address so the
 * browser's back button and shared links return to the same view.
 */
export function useUnitBrowserState() {
  const [params, setParams] = useSearchParams();
  const tree = treeFromSlug(params.get(TREE_PARAM));
  const rawAsOf = params.get(AS_OF_PARAM);
  const asOf = rawAsOf && isIsoDate(rawAsOf) ? rawAsOf : undefined;
  const includeEnded = params.get(ENDED_PARAM) === '1';

  const update = useCallback(
    (changes: Record<string, string | null>) =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          for (const [key, value] of Object.entries(changes)) {
            if (value === null) next.delete(key);
            else next.set(key, value);
          }
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  return {
    tree,
    asOf,
    includeEnded,
    setTree: (value: UnitTree) =>
      update({ [TREE_PARAM]: value === 'GOVERNMENT' ? null : TREE_SLUGS[value] }),
    setAsOf: (value: string | null) => update({ [AS_OF_PARAM]: value }),
    setIncludeEnded: (value: boolean) => update({ [ENDED_PARAM]: value ? '1' : null }),
  };
}
