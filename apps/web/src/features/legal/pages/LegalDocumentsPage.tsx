import { PlusOutlined } from '@ant-design/icons';
import {
  CalendarDateText,
  DataTable,
  FilterBar,
  PageHeader,
  SearchInput,
  useListPage,
} from '@thidua/web-ui';
import {
  connectionTable,
  useLegalDocument,
  useLegalDocuments,
  type LegalDocumentItem,
  type LegalDocumentKind,
} from '@thidua/web-data-access';
import { ALL_LEGAL_DOCUMENT_KINDS } from '@thidua/shared-domain';
import { Button, Card, Checkbox, Flex, Select, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';

import { t } from '../../../i18n';
import { IsoDatePicker } from '../../../shared/components/IsoDatePicker';
import { foldFilter } from '../../../shared/forms/foldFilter';
import { QueryError } from '../../../shared/components/QueryError';
import { useDocumentTitle } from '../../../shared/hooks/useDocumentTitle';
import { useViewer } from '../../auth/hooks/useViewer';
import { LegalDocumentDetailDrawer, validityText } from '../components/LegalDocumentDetailDrawer';
import { LegalDocumentFormDrawer } from '../components/LegalDocumentFormDrawer';
import { LegalStatusTag } from '../components/LegalStatusTag';
import { MarkReplacedModal } from '../components/MarkReplacedModal';

/** The open document's id in the address: a link to one document of the registry. */
export const OPEN_DOCUMENT_PARAM = 'van-ban';

/**
 * The registry of legal and guiding documents: every signed-in user reads it (they are public
 * documents); adding, editing and marking a replacement need LEGAL_MANAGE, and per document the API
 * says whether this viewer may (`canManage`: national documents need a global grant).
 */
export function LegalDocumentsPage() {
  useDocumentTitle(t.legal.pageTitle);
  const { can } = useViewer();
  const list = useListPage<{ kind?: LegalDocumentKind; effectiveOn?: string }>();
  // widens the list rather than narrowing it: kept outside the filters (see useListPage)
  const [includeReplaced, setIncludeReplaced] = useState(false);
  const variables = useMemo(
    () => ({ ...list.variables, includeReplaced }),
    [list.variables, includeReplaced],
  );
  const documents = useLegalDocuments(variables);

  const [params, setParams] = useSearchParams();
  const openId = params.get(OPEN_DOCUMENT_PARAM) ?? undefined;
  const open = (id: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (id) next.set(OPEN_DOCUMENT_PARAM, id);
        else next.delete(OPEN_DOCUMENT_PARAM);
        return next;
      },
      { replace: false },
    );

  const [editing, setEditing] = useState<'new' | string | null>(null);
  const edited = useLegalDocument(editing && editing !== 'new' ? editing : undefined);
  const [replacingId, setReplacingId] = useState<string | null>(null);
  const replacing = useLegalDocument(replacingId ?? undefined);

  return (
    <>
      <PageHeader
        title={t.legal.pageTitle}
        subtitle={t.legal.subtitle}
        breadcrumb={[t.nav.emulation]}
        extra={
          can('LEGAL_MANAGE') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {t.legal.add}
            </Button>
          )
        }
      />
      <Card>
        <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
          <SearchInput
            label={t.legal.searchLabel}
            placeholder={t.legal.searchPlaceholder}
            value={list.search}
            onChange={list.setSearch}
            style={{ flex: '3 1 320px' }}
          />
        </Flex>
        <FilterBar
          activeCount={
            [list.filters.kind, list.filters.effectiveOn, includeReplaced].filter(Boolean).length
          }
        >
          <Select<LegalDocumentKind>
            allowClear
            showSearch={{ filterOption: foldFilter }}
            aria-label={t.legal.kindFilter}
            placeholder={t.legal.allKinds}
            value={list.filters.kind}
            onChange={(kind) => list.setFilters({ kind })}
            options={ALL_LEGAL_DOCUMENT_KINDS.map((kind) => ({
              value: kind,
              label: t.legal.kinds[kind],
            }))}
            style={{ flex: '1 1 180px' }}
          />
          <IsoDatePicker
            allowClear
            aria-label={t.legal.effectiveOnFilter}
            placeholder={t.legal.effectiveOnFilter}
            value={list.filters.effectiveOn ?? null}
            onChange={(day) => list.setFilters({ effectiveOn: day ?? undefined })}
            style={{ flex: '1 1 180px', width: 'auto' }}
          />
          <Checkbox
            checked={includeReplaced}
            onChange={(e) => setIncludeReplaced(e.target.checked)}
          >
            {t.legal.includeReplaced}
          </Checkbox>
        </FilterBar>
        {documents.isError && (
          <QueryError error={documents.error} onRetry={() => void documents.refetch()} />
        )}
        <DataTable<LegalDocumentItem>
          rowKey="id"
          {...connectionTable(documents)}
          {...list.tableProps(t.legal.emptyFiltered)}
          onRow={(doc) => ({ onDoubleClick: () => open(doc.id) })}
          columns={[
            {
              key: 'document',
              title: t.legal.document,
              render: (_, doc) => (
                <>
                  <Button
                    type="link"
                    style={{ padding: 0, height: 'auto', fontWeight: 500 }}
                    onClick={() => open(doc.id)}
                  >
                    {doc.name}
                  </Button>
                  <Typography.Paragraph
                    type="secondary"
                    ellipsis={{ rows: 2 }}
                    style={{ marginBottom: 0 }}
                  >
                    {doc.title ?? t.legal.noTitle}
                  </Typography.Paragraph>
                </>
              ),
            },
            {
              key: 'issuingBody',
              title: t.legal.issuingBody,
              width: 220,
              render: (_, doc) => doc.issuingBody,
            },
            {
              key: 'issuedOn',
              title: t.legal.issuedOn,
              width: 130,
              render: (_, doc) => <CalendarDateText value={doc.issuedOn} />,
            },
            {
              key: 'validity',
              title: t.legal.validity,
              width: 200,
              render: (_, doc) => validityText(doc),
            },
            {
              key: 'status',
              title: t.legal.status,
              width: 160,
              render: (_, doc) => <LegalStatusTag status={doc.status} />,
            },
          ]}
        />
      </Card>
      <LegalDocumentDetailDrawer
        id={openId}
        onClose={() => open(null)}
        onOpen={open}
        onEdit={(doc) => setEditing(doc.id)}
        onReplace={(doc) => setReplacingId(doc.id)}
      />
      <LegalDocumentFormDrawer
        open={editing === 'new' || Boolean(edited.data)}
        document={editing === 'new' ? null : (edited.data ?? null)}
        onClose={() => setEditing(null)}
        onSaved={(id) => open(id)}
        onReload={() => edited.refetch()}
      />
      <MarkReplacedModal
        key={replacingId ?? 'none'}
        document={replacingId ? (replacing.data ?? null) : null}
        onClose={() => setReplacingId(null)}
        onReload={() => replacing.refetch()}
      />
    </>
  );
}
