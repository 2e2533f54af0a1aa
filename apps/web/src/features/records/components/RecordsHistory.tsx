import { DataTable } from '@thidua/web-ui';
import {
  connectionTable,
  useAwardRecords,
  useEvaluations,
  type AwardRecordItem,
  type EvaluationItem,
  type RecordFilters,
} from '@thidua/web-data-access';
import { Tabs, Typography } from 'antd';
import { useState } from 'react';

import { t } from '../../../i18n';
import { QueryError } from '../../../shared/components/QueryError';
import { awardColumns } from './AwardRecordsTab';

/**
 * A person's or a unit's award history and evaluations, read only (RECORDS_READ: the caller shows it
 * only to such viewers). A unit's own records and those of the units merged or split into it
 * (`includeDescendants: false`), not its subordinate units': those have their own pages.
 */
export function RecordsHistory(props: { personId: string } | { unitId: string }) {
  const fixed: Omit<RecordFilters, 'first'> =
    'personId' in props
      ? { personId: props.personId }
      : { unitId: props.unitId, includeDescendants: false };
  const [first, setFirst] = useState(20);
  const awards = useAwardRecords({ ...fixed, first });
  const evaluations = useEvaluations({ ...fixed, first });
  // a person's rows are all theirs: the "who" column would repeat their name on every row
  const forUnit = 'unitId' in props;
  const columns = awardColumns().filter((c) => forUnit || c.key !== 'who');

  return (
    <Tabs
      size="small"
      items={[
        {
          key: 'khen-thuong',
          label: t.records.awardHistory,
          children: (
            <>
              {forUnit && (
                <Typography.Paragraph type="secondary">
                  {t.records.inheritedHint}
                </Typography.Paragraph>
              )}
              {awards.isError && (
                <QueryError error={awards.error} onRetry={() => void awards.refetch()} />
              )}
              <DataTable<AwardRecordItem>
                rowKey="id"
                size="small"
                {...connectionTable(awards)}
                pageSize={first}
                onPageSizeChange={setFirst}
                emptyText={t.records.noAwards}
                columns={columns}
              />
            </>
          ),
        },
        {
          key: 'danh-gia',
          label: t.records.tabs.evaluations,
          children: (
            <>
              {evaluations.isError && (
                <QueryError error={evaluations.error} onRetry={() => void evaluations.refetch()} />
              )}
              <DataTable<EvaluationItem>
                rowKey="id"
                size="small"
                {...connectionTable(evaluations)}
                pageSize={first}
                onPageSizeChange={setFirst}
                emptyText={t.records.noEvaluations}
                columns={[
                  { key: 'year', title: t.records.year, width: 80, render: (_, r) => r.year },
                  ...(forUnit
                    ? [
                        {
                          key: 'who',
                          title: t.records.who,
                          render: (_: unknown, r: EvaluationItem) =>
                            `${r.subjectName} (${t.records.subjects[r.subject]})`,
                        },
                      ]
                    : []),
                  {
                    key: 'grade',
                    title: t.records.grade,
                    render: (_, r) => t.records.grades[r.grade],
                  },
                  { key: 'unit', title: t.records.unit, render: (_, r) => r.unit.name },
                  { key: 'source', title: t.records.source, render: (_, r) => r.source },
                ]}
              />
            </>
          ),
        },
      ]}
    />
  );
}
