import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { SearchInput } from '@thidua/web-ui';
import { exportPath, type ExportFileKind, type ImportFileKind } from '@thidua/web-data-access';
import { Button, Flex, InputNumber } from 'antd';
import { Link } from 'react-router-dom';

import { t } from '../../../i18n';
import { ExportButton } from '../../../shared/components/ExportButton';
import { useViewer } from '../../auth/hooks/useViewer';
import { importPagePath } from '../../imports/links';

/** The tools above each records list: search, year, export, import, add. */
export function RecordListTools({
  search,
  onSearch,
  year,
  onYear,
  exportKind,
  exportFilters,
  importKind,
  onAdd,
  children,
}: {
  search: string;
  onSearch: (value: string) => void;
  year: number | undefined;
  onYear: (value: number | undefined) => void;
  exportKind: ExportFileKind;
  exportFilters: Record<string, string | number | boolean | undefined>;
  importKind?: ImportFileKind;
  onAdd: () => void;
  children?: React.ReactNode;
}) {
  const { can } = useViewer();
  const manage = can('RECORDS_MANAGE');
  return (
    <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
      <SearchInput
        label={t.records.searchLabel}
        placeholder={t.records.searchPlaceholder}
        value={search}
        onChange={onSearch}
        style={{ flex: '3 1 260px' }}
      />
      <InputNumber<number>
        aria-label={t.records.yearFilter}
        placeholder={t.records.year}
        min={1945}
        max={9999}
        value={year ?? null}
        onChange={(v) => onYear(v ?? undefined)}
        style={{ width: 110 }}
      />
      {children}
      <ExportButton
        path={exportPath(exportKind, exportFilters)}
        fallbackName={`${exportKind}.xlsx`}
      />
      {manage && importKind && (
        <Link to={importPagePath(importKind)}>
          <Button icon={<UploadOutlined />}>{t.records.importExcel}</Button>
        </Link>
      )}
      {manage && (
        <Button type="primary" icon={<PlusOutlined />} onClick={onAdd}>
          {t.records.add}
        </Button>
      )}
    </Flex>
  );
}
