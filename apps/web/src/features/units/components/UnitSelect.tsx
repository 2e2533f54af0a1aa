import { useDebouncedValue } from '@thidua/web-ui';
import { useUnit, useUnits, type UnitSummary, type UnitTree } from '@thidua/web-data-access';
import { Select, Typography } from 'antd';
import { useEffect, useMemo, useState, type CSSProperties } from 'react';

import { t } from '../../../i18n';

/** Value standing for "no unit: toàn hệ thống" in pickers that allow it (role grants). */
export const SYSTEM_WIDE = '__toan-he-thong__';

type KnownUnit = Pick<UnitSummary, 'id' | 'name'>;

interface UnitPickerFilters {
  /** only units of this hierarchy */
  tree?: UnitTree;
  /** only units of this kind */
  kindCode?: string;
  /** units to leave out (the unit itself when choosing its counterpart…) */
  excludeIds?: readonly string[];
}

export interface UnitSelectProps extends UnitPickerFilters {
  id?: string;
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  /** Offer "Toàn hệ thống" as a first option (value SYSTEM_WIDE). */
  allowSystemWide?: boolean;
  /** The unit already chosen (from the record being edited), so its name shows before any search. */
  initialUnit?: KnownUnit | null;
  allowClear?: boolean;
  placeholder?: string;
  disabled?: boolean;
  style?: CSSProperties;
  'aria-label'?: string;
}

interface UnitOptionItem {
  value: string;
  label: string;
  parent?: string;
}

/** The options of a unit picker: the server's accent-insensitive matches for what was typed. */
function useUnitOptions(
  { tree, kindCode, excludeIds }: UnitPickerFilters,
  chosen: readonly string[],
  known: readonly KnownUnit[],
  allowSystemWide = false,
) {
  const [search, setSearch] = useState('');
  const debounced = useDebouncedValue(search.trim());
  const units = useUnits({ search: debounced, tree, kindCode });

  // every unit seen so far, so chosen units keep their names when the search moves on
  const [seen, setSeen] = useState<ReadonlyMap<string, KnownUnit>>(new Map());
  const listed = new Set(units.data?.nodes.map((u) => u.id) ?? []);
  const knownIds = new Set([...known.map((u) => u.id), ...seen.keys()]);
  // a chosen unit that is neither on the current result page nor known: fetch its name
  const missing = chosen.find((id) => !listed.has(id) && !knownIds.has(id));
  const missingUnit = useUnit(missing);

  useEffect(() => {
    const found = [...(units.data?.nodes ?? []), ...(missingUnit.data ? [missingUnit.data] : [])];
    if (found.every((u) => seen.has(u.id))) return;
    setSeen((previous) => {
      const next = new Map(previous);
      for (const unit of found) next.set(unit.id, { id: unit.id, name: unit.name });
      return next;
    });
  }, [units.data, missingUnit.data, seen]);

  const options = useMemo<UnitOptionItem[]>(() => {
    const excluded = new Set(excludeIds ?? []);
    const list: UnitOptionItem[] = [];
    if (allowSystemWide) list.push({ value: SYSTEM_WIDE, label: t.scope.systemWideOption });
    for (const unit of units.data?.nodes ?? []) {
      if (excluded.has(unit.id)) continue;
      list.push({ value: unit.id, label: unit.name, parent: unit.parent?.name });
    }
    for (const extra of [...known, ...seen.values()]) {
      if (chosen.includes(extra.id) && !list.some((o) => o.value === extra.id)) {
        list.push({ value: extra.id, label: extra.name });
      }
    }
    return list;
  }, [allowSystemWide, units.data, known, seen, chosen, excludeIds]);

  return { options, setSearch, loading: units.isFetching };
}

const renderOption = (option: { data: UnitOptionItem }) => (
  <div style={{ lineHeight: 1.3, padding: '2px 0' }}>
    <div>{option.data.label}</div>
    {option.data.parent && (
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t.units.parentLine(option.data.parent)}
      </Typography.Text>
    )}
  </div>
);

const NO_UNITS: readonly KnownUnit[] = [];

/**
 * Unit picker backed by the API's accent-insensitive search (`units(search)`): typing "so noi vu"
 * finds "Sở Nội vụ". Offers active units only.
 */
export function UnitSelect({
  value,
  onChange,
  allowSystemWide = false,
  initialUnit,
  placeholder = t.units.placeholder,
  tree,
  kindCode,
  excludeIds,
  ...rest
}: UnitSelectProps) {
  const chosen = useMemo(() => (value && value !== SYSTEM_WIDE ? [value] : []), [value]);
  const known = useMemo(() => (initialUnit ? [initialUnit] : NO_UNITS), [initialUnit]);
  const { options, setSearch, loading } = useUnitOptions(
    { tree, kindCode, excludeIds },
    chosen,
    known,
    allowSystemWide,
  );

  return (
    <Select<string, UnitOptionItem>
      {...rest}
      value={value ?? undefined}
      onChange={(next) => onChange?.(next)}
      options={options}
      placeholder={placeholder}
      loading={loading}
      showSearch={{ filterOption: false, onSearch: setSearch, autoClearSearchValue: true }}
      onOpenChange={(open) => {
        if (!open) setSearch('');
      }}
      notFoundContent={loading ? undefined : t.units.noMatch}
      optionRender={renderOption}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { minWidth: 320 } } }}
    />
  );
}

export interface UnitMultiSelectProps extends UnitPickerFilters {
  id?: string;
  value?: string[];
  onChange?: (value: string[]) => void;
  placeholder?: string;
  disabled?: boolean;
  style?: CSSProperties;
  'aria-label'?: string;
  /** Units already known (names shown before any search). */
  initialUnits?: readonly KnownUnit[];
}

/** Several units (the sources of a merge…), with the same server-side search. */
export function UnitMultiSelect({
  value,
  onChange,
  placeholder = t.units.multiPlaceholder,
  tree,
  kindCode,
  excludeIds,
  initialUnits = NO_UNITS,
  ...rest
}: UnitMultiSelectProps) {
  const chosen = useMemo(() => value ?? [], [value]);
  const { options, setSearch, loading } = useUnitOptions(
    { tree, kindCode, excludeIds },
    chosen,
    initialUnits,
  );
  return (
    <Select<string[], UnitOptionItem>
      {...rest}
      mode="multiple"
      value={chosen}
      onChange={(next) => onChange?.(next)}
      options={options}
      placeholder={placeholder}
      loading={loading}
      showSearch={{ filterOption: false, onSearch: setSearch, autoClearSearchValue: true }}
      onOpenChange={(open) => {
        if (!open) setSearch('');
      }}
      notFoundContent={loading ? undefined : t.units.noMatch}
      optionRender={renderOption}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { minWidth: 320 } } }}
    />
  );
}
