import { FilterOutlined } from '@ant-design/icons';
import { DataTable, DateTimeText, FilterBar, PageHeader, TextOrNone } from '@thidua/web-ui';
import { AUDIT_ENTITY_TYPES, AUDIT_OPERATIONS } from '@thidua/shared-domain';
import {
  useAuditLog,
  type ActorType,
  type AuditEntryItem,
  connectionTable,
} from '@thidua/web-data-access';
import { Button, Card, DatePicker, Select, Tag, Tooltip, Typography, type TableProps } from 'antd';
import type { Dayjs } from 'dayjs';

import { t } from '../../../i18n';
import { foldFilter } from '../../../shared/forms/foldFilter';
import { QueryError } from '../../../shared/components/QueryError';
import { useDocumentTitle } from '../../../shared/hooks/useDocumentTitle';
import { entityTypeLabel } from '../auditFormat';
import { AuditChanges } from '../components/AuditChanges';
import { useAuditFilters } from '../hooks/useAuditFilters';

const ACTOR_TYPES: ActorType[] = ['USER', 'API_CLIENT', 'SYSTEM'];

export function AuditLogPage() {
  useDocumentTitle(t.audit.pageTitle);
  const list = useAuditFilters();
  const { filters, setFilters } = list;
  const log = useAuditLog(list.variables);

  const columns: TableProps<AuditEntryItem>['columns'] = [
    {
      key: 'occurredAt',
      title: t.audit.occurredAt,
      width: 150,
      render: (_, e) => <DateTimeText value={e.occurredAt} />,
    },
    {
      key: 'actor',
      title: t.audit.actor,
      render: (_, e) => (
        <>
          {e.actorName}
          {e.actorType !== 'USER' && (
            <>
              {' '}
              <Tag>{t.audit.actorTypes[e.actorType]}</Tag>
            </>
          )}
        </>
      ),
    },
    {
      key: 'actingUnit',
      title: t.audit.actingUnit,
      render: (_, e) => <TextOrNone value={e.actingUnit?.name} />,
    },
    {
      key: 'operation',
      title: t.audit.operation,
      render: (_, e) => e.operationLabel,
    },
    {
      key: 'entity',
      title: t.audit.entity,
      // the record's name as it was when written, never its id; hidden for a person the reader
      // may not open (masked)
      render: (_, e) => {
        const label = e.masked ? t.audit.maskedLabel : (e.entityLabel ?? undefined);
        return (
          <>
            {e.entityTypeLabel}
            {label && e.entityId && !e.masked ? (
              <>
                {' — '}
                <Tooltip title={t.audit.entityFilterHint}>
                  <Typography.Link
                    onClick={() =>
                      setFilters({
                        entityType: e.entityType,
                        entityId: e.entityId ?? undefined,
                        entityLabel: label,
                      })
                    }
                  >
                    {label}
                  </Typography.Link>
                </Tooltip>
              </>
            ) : (
              label && (
                <>
                  {' — '}
                  <Typography.Text type={e.masked ? 'secondary' : undefined}>
                    {label}
                  </Typography.Text>
                </>
              )
            )}
          </>
        );
      },
    },
  ];

  return (
    <>
      <PageHeader
        title={t.audit.pageTitle}
        subtitle={t.audit.subtitle}
        breadcrumb={[t.nav.admin]}
      />
      <Card>
        <FilterBar
          activeCount={
            [
              filters.entityType,
              filters.operation,
              filters.actorType,
              filters.range,
              filters.entityId,
            ].filter(Boolean).length
          }
        >
          <Select<string>
            allowClear
            aria-label={t.audit.entityTypeFilter}
            placeholder={t.audit.anyEntity}
            value={filters.entityType}
            onChange={(entityType) =>
              setFilters({ entityType, entityId: undefined, entityLabel: undefined })
            }
            options={Object.entries(AUDIT_ENTITY_TYPES).map(([value, label]) => ({
              value,
              label,
            }))}
            style={{ flex: '1 1 180px' }}
          />
          <Select<string>
            allowClear
            aria-label={t.audit.operationFilter}
            placeholder={t.audit.anyOperation}
            value={filters.operation}
            onChange={(operation) => setFilters({ operation })}
            showSearch={{ filterOption: foldFilter }}
            options={[
              {
                label: t.audit.operationGroupsLabel,
                options: Object.entries(t.audit.operationGroups).map(([value, label]) => ({
                  value,
                  label,
                })),
              },
              {
                label: t.audit.operationsLabel,
                options: Object.entries(AUDIT_OPERATIONS).map(([value, label]) => ({
                  value,
                  label,
                })),
              },
            ]}
            style={{ flex: '2 1 260px' }}
          />
          <Select<ActorType>
            allowClear
            aria-label={t.audit.actorTypeFilter}
            placeholder={t.audit.anyActor}
            value={filters.actorType}
            onChange={(actorType) => setFilters({ actorType })}
            options={ACTOR_TYPES.map((value) => ({ value, label: t.audit.actorTypes[value] }))}
            style={{ flex: '1 1 180px' }}
          />
          <DatePicker.RangePicker
            aria-label={t.audit.dateRange}
            format="DD/MM/YYYY"
            placeholder={[t.audit.dateFrom, t.audit.dateTo]}
            value={filters.range ?? null}
            onChange={(range) =>
              setFilters({
                range:
                  range && range[0] && range[1] ? ([range[0], range[1]] as [Dayjs, Dayjs]) : null,
              })
            }
            style={{ flex: '2 1 260px' }}
          />
          {filters.entityId && (
            <Tag
              closable
              onClose={() => setFilters({ entityId: undefined, entityLabel: undefined })}
              color="blue"
            >
              {t.audit.entityIdChip(
                entityTypeLabel(filters.entityType ?? ''),
                filters.entityLabel ?? filters.entityId,
              )}
            </Tag>
          )}
          {list.isFiltered && (
            <Button icon={<FilterOutlined />} onClick={list.reset}>
              {t.audit.clearFilters}
            </Button>
          )}
        </FilterBar>
        {log.isError && <QueryError error={log.error} onRetry={() => void log.refetch()} />}
        <DataTable<AuditEntryItem>
          rowKey="id"
          columns={columns}
          {...connectionTable(log)}
          {...list.tableProps(t.audit.emptyFiltered)}
          expandable={{ expandedRowRender: (entry) => <AuditChanges entry={entry} /> }}
        />
      </Card>
    </>
  );
}
