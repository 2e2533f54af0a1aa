import { useDebouncedValue } from '@thidua/web-ui';
import { usePeople } from '@thidua/web-data-access';
import { Select } from 'antd';
import { useState } from 'react';

import { t } from '../../../i18n';

/**
 * A person picked by the server's accent-insensitive search (name or code), former staff included:
 * history is often entered for someone who has since moved on.
 */
export function PersonSelect({
  id,
  value,
  onChange,
}: {
  id?: string;
  value?: string | null;
  onChange?: (value: string | undefined) => void;
}) {
  const [search, setSearch] = useState('');
  const debounced = useDebouncedValue(search.trim());
  const people = usePeople({ first: 20, search: debounced, includeFormer: true });
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      allowClear
      value={value ?? undefined}
      onChange={(v) => onChange?.(v)}
      placeholder={t.records.personPlaceholder}
      loading={people.isFetching}
      options={(people.data?.nodes ?? []).map((p) => ({
        value: p.id,
        label: p.code ? `${p.fullName} (${p.code})` : p.fullName,
      }))}
    />
  );
}
