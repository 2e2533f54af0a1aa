import { useUnit, useUnits, type UnitSummary } from '@thidua/web-data-access';
import { Select, Typography } from 'antd';
import { useMemo, useState, type CSSProperties } from 'react';

import { t } from '../../../i18n';
import { useDebouncedValue } from '../../../shared/hooks/useDebouncedValue';

/** Value standing for "no unit: toàn hệ thống" in pickers that allow it (role grants). */
export const SYSTEM_WIDE = '__toan-he-thong__';

export interface UnitSelectProps {
  id?: string;
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  /** Offer "Toàn hệ thống" as a first option (value SYSTEM_WIDE). */
  allowSystemWide?: boolean;
  /** The unit already chosen (from the record being edited), so its name shows before any search. */
  initialUnit?: Pick<UnitSummary, 'id' | 'name'> | null;
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

/**
 * Unit picker backed by the API's accent-insensitive search (`units(search)`): typing "so noi vu"
 * finds "Sở Nội vụ".
 */
export function UnitSelect({
  value,
  onChange,
  allowSystemWide = false,
  initialUnit,
  placeholder = t.units.placeholder,
  ...rest
}: UnitSelectProps) {
  const [search, setSearch] = useState('');
  const debounced = useDebouncedValue(search.trim(), 300);
  const units = useUnits({ search: debounced });

  const chosen = value && value !== SYSTEM_WIDE ? value : undefined;
  const inList = units.data?.nodes.some((u) => u.id === chosen) ?? false;
  const knownInitial = initialUnit && initialUnit.id === chosen ? initialUnit : undefined;
  // a chosen unit that is neither on the current result page nor known from the record: fetch its name
  const chosenUnit = useUnit(chosen && !inList && !knownInitial ? chosen : undefined);

  const options = useMemo<UnitOptionItem[]>(() => {
    const list: UnitOptionItem[] = [];
    if (allowSystemWide) list.push({ value: SYSTEM_WIDE, label: t.scope.systemWideOption });
    for (const unit of units.data?.nodes ?? []) {
      list.push({ value: unit.id, label: unit.name, parent: unit.parent?.name });
    }
    const extra = knownInitial ?? chosenUnit.data;
    if (extra && !list.some((o) => o.value === extra.id)) {
      list.push({ value: extra.id, label: extra.name });
    }
    return list;
  }, [allowSystemWide, units.data, knownInitial, chosenUnit.data]);

  return (
    <Select<string, UnitOptionItem>
      {...rest}
      value={value ?? undefined}
      onChange={(next) => onChange?.(next)}
      options={options}
      placeholder={placeholder}
      loading={units.isFetching}
      showSearch={{ filterOption: false, onSearch: setSearch, autoClearSearchValue: true }}
      onOpenChange={(open) => {
        if (!open) setSearch('');
      }}
      notFoundContent={units.isFetching ? undefined : t.units.noMatch}
      optionRender={(option) => (
        <div style={{ lineHeight: 1.3, padding: '2px 0' }}>
          <div>{option.data.label}</div>
          {option.data.parent && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t.units.parentLine(option.data.parent)}
            </Typography.Text>
          )}
        </div>
      )}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { minWidth: 320 } } }}
    />
  );
}
