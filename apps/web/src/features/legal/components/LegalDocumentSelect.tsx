import { useDebouncedValue } from '@thidua/web-ui';
import { useLegalDocuments } from '@thidua/web-data-access';
import { Select } from 'antd';
import { useState } from 'react';

import { t } from '../../../i18n';

interface Option {
  value: string;
  label: string;
  title: string;
}

/**
 * Picks a document of the registry by what the user types (the API's accent-insensitive search over
 * kind, number, trích yếu and issuing body), replaced ones included: a replacement may itself have
 * been replaced since.
 */
export function LegalDocumentSelect({
  id,
  value,
  onChange,
  excludeId,
  onPick,
  'aria-label': ariaLabel,
}: {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  /** the document being replaced: never its own replacement */
  excludeId?: string;
  /** the chosen document's name ("Nghị định số 152/2025/NĐ-CP"), for a confirmation to quote */
  onPick?: (name: string | null) => void;
  'aria-label'?: string;
}) {
  const [search, setSearch] = useState('');
  const debounced = useDebouncedValue(search.trim());
  const documents = useLegalDocuments({ first: 20, search: debounced, includeReplaced: true });
  const found: Option[] = (documents.data?.nodes ?? [])
    .filter((doc) => doc.id !== excludeId)
    .map((doc) => ({
      value: doc.id,
      label: doc.title ? `${doc.name} — ${doc.title}` : doc.name,
      title: doc.name,
    }));
  // the chosen document keeps its name when a new search no longer lists it
  const [chosen, setChosen] = useState<Option | null>(null);
  const options =
    chosen && chosen.value === value && !found.some((o) => o.value === chosen.value)
      ? [chosen, ...found]
      : found;
  return (
    <Select
      id={id}
      aria-label={ariaLabel}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      allowClear
      value={value}
      onChange={(next: string | undefined) => {
        const option = options.find((o) => o.value === next) ?? null;
        setChosen(option);
        onPick?.(option?.title ?? null);
        onChange?.(next);
      }}
      placeholder={t.legal.replacementPlaceholder}
      loading={documents.isFetching}
      options={options}
      notFoundContent={documents.isFetching ? t.ui.loading : t.legal.emptyFiltered}
      style={{ width: '100%' }}
    />
  );
}
