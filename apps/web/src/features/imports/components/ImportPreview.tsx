import { CheckCircleOutlined, DeleteOutlined } from '@ant-design/icons';
import { formatNumber } from '@thidua/shared-domain';
import { DataTable, useConfirm } from '@thidua/web-ui';
import {
  importProblemsPath,
  useCommitImport,
  useDiscardImport,
  useImportBatchRows,
  type ImportBatchSummary,
  type ImportRowAction,
  type ImportRowItem,
  connectionTable,
} from '@thidua/web-data-access';
import { Alert, App, Button, Card, Col, Flex, Row, Statistic, Switch, Tag, Typography } from 'antd';
import { useState } from 'react';

import { t } from '../../../i18n';
import { ExportButton } from '../../../shared/components/ExportButton';
import { useApiErrorHandler } from '../../../shared/hooks/useApiErrorHandler';

const ACTION_COLORS: Record<ImportRowAction, string> = {
  CREATE: 'green',
  UPDATE: 'blue',
  UNCHANGED: 'default',
  INVALID: 'red',
};

function Count({ title, value, color }: { title: string; value: number; color?: string }) {
  return (
    <Card size="small">
      <Statistic
        title={title}
        value={value}
        formatter={(v) => formatNumber(Number(v))}
        styles={color ? { content: { color } } : undefined}
      />
    </Card>
  );
}

/**
 * Step 2: what the file would do, row by row. Rows with problems are red and keep the import closed
 * until the file is fixed and uploaded again.
 */
export function ImportPreview({
  batch,
  onDiscarded,
}: {
  batch: ImportBatchSummary;
  onDiscarded: () => void;
}) {
  const [onlyProblems, setOnlyProblems] = useState(batch.errorCount > 0);
  const [pageSize, setPageSize] = useState(50);
  const rows = useImportBatchRows({ batchId: batch.id, first: pageSize, onlyProblems });
  const commit = useCommitImport();
  const discard = useDiscardImport();
  const confirm = useConfirm();
  const onError = useApiErrorHandler();
  const { message } = App.useApp();
  const hasErrors = batch.errorCount > 0;

  const askCommit = async () => {
    const ok = await confirm({
      title: t.imports.commitConfirm,
      content: t.imports.commitConfirmText(
        formatNumber(batch.createCount),
        formatNumber(batch.updateCount),
      ),
      okText: t.imports.commit,
      danger: false,
    });
    if (ok) commit.mutate(batch.id, { onError: (error) => onError(error) });
  };

  const askDiscard = async () => {
    const ok = await confirm({
      title: t.imports.discardConfirm,
      content: t.imports.discardConfirmText,
      okText: t.imports.discard,
    });
    if (!ok) return;
    discard.mutate(batch.id, {
      onSuccess: () => {
        void message.success(t.imports.discarded);
        onDiscarded();
      },
      onError: (error) => onError(error),
    });
  };

  return (
    <Flex vertical gap={16}>
      <Typography.Text>
        {t.imports.fileName}: <Typography.Text strong>{batch.fileName}</Typography.Text> ·{' '}
        {t.imports.rowCount}: {formatNumber(batch.rowCount)}
      </Typography.Text>
      <Row gutter={[12, 12]} data-testid="import-counts">
        <Col xs={12} md={6}>
          <Count title={t.imports.counts.create} value={batch.createCount} color="#389e0d" />
        </Col>
        <Col xs={12} md={6}>
          <Count title={t.imports.counts.update} value={batch.updateCount} color="#1d4f91" />
        </Col>
        <Col xs={12} md={6}>
          <Count title={t.imports.counts.unchanged} value={batch.unchangedCount} />
        </Col>
        <Col xs={12} md={6}>
          <Count
            title={t.imports.counts.error}
            value={batch.errorCount}
            color={hasErrors ? '#c62828' : undefined}
          />
        </Col>
      </Row>
      {hasErrors ? (
        <Alert
          type="error"
          showIcon
          title={t.imports.hasErrorsTitle(formatNumber(batch.errorCount))}
          description={t.imports.hasErrorsText}
          action={
            // the rows to fix as a file: corrected in Excel, not copied off the screen
            <ExportButton
              path={importProblemsPath(batch.id)}
              fallbackName="loi-nhap-du-lieu.xlsx"
              label={t.imports.downloadProblems}
            />
          }
        />
      ) : (
        <Alert
          type="success"
          showIcon
          title={t.imports.readyTitle}
          description={t.imports.readyText(
            formatNumber(batch.createCount),
            formatNumber(batch.updateCount),
          )}
        />
      )}
      <Flex gap={8} align="center">
        <Switch id="import-only-problems" checked={onlyProblems} onChange={setOnlyProblems} />
        <label htmlFor="import-only-problems">{t.imports.onlyProblems}</label>
      </Flex>
      <DataTable<ImportRowItem>
        rowKey="rowNumber"
        {...connectionTable(rows)}
        pageSize={pageSize}
        pageSizeOptions={[20, 50, 100]}
        onPageSizeChange={setPageSize}
        emptyText={onlyProblems ? t.imports.noProblemRows : t.imports.noRows}
        scroll={{ x: 480 + batch.columns.length * 160 }}
        onRow={(row) =>
          row.problems.length > 0
            ? { style: { background: '#fff1f0' }, 'data-problem': 'true' }
            : {}
        }
        columns={[
          {
            key: 'rowNumber',
            title: t.imports.rowNumber,
            width: 70,
            fixed: 'left',
            render: (_, row) => formatNumber(row.rowNumber),
          },
          {
            key: 'action',
            title: t.imports.rowAction,
            width: 120,
            render: (_, row) => (
              <Tag color={ACTION_COLORS[row.action]}>{t.imports.actions[row.action]}</Tag>
            ),
          },
          {
            key: 'problems',
            title: t.imports.problems,
            width: 280,
            render: (_, row) =>
              row.problems.length > 0 ? (
                <ul style={{ margin: 0, paddingInlineStart: 16, color: '#c62828' }}>
                  {row.problems.map((problem) => (
                    <li key={problem}>{problem}</li>
                  ))}
                </ul>
              ) : null,
          },
          // the values follow the template's columns, whatever order the file had
          ...batch.columns.map((header, index) => ({
            key: `value-${index}`,
            title: header,
            width: 160,
            render: (_: unknown, row: ImportRowItem) => row.values[index] ?? '',
          })),
        ]}
      />
      {rows.isError && <Alert type="error" showIcon title={t.errors.loadFailed} />}
      <Flex justify="space-between" gap={8} wrap>
        <Button
          danger
          icon={<DeleteOutlined />}
          loading={discard.isPending}
          onClick={() => void askDiscard()}
        >
          {t.imports.discard}
        </Button>
        <Button
          type="primary"
          icon={<CheckCircleOutlined />}
          disabled={hasErrors || batch.rowCount === 0}
          loading={commit.isPending}
          onClick={() => void askCommit()}
        >
          {t.imports.commit}
        </Button>
      </Flex>
    </Flex>
  );
}
