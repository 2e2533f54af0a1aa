import type { AuditEntryItem } from '@thidua/web-data-access';
import { Descriptions, Table, Typography } from 'antd';

import { t } from '../../../i18n';
import { fieldLabel, formatAuditValue } from '../auditFormat';

type Change = AuditEntryItem['changes'][number];

/** The expanded row of an audit entry: each changed field before → after, and the request's trace. */
export function AuditChanges({ entry }: { entry: AuditEntryItem }) {
  return (
    <div style={{ padding: '4px 8px' }}>
      <Typography.Text strong>{t.audit.changes}</Typography.Text>
      {entry.changes.length === 0 ? (
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0' }}>
          {t.audit.noChanges}
        </Typography.Paragraph>
      ) : (
        <Table<Change>
          size="small"
          pagination={false}
          rowKey="field"
          dataSource={entry.changes}
          style={{ margin: '8px 0 12px', maxWidth: 960 }}
          columns={[
            {
              key: 'field',
              title: t.audit.field,
              width: 200,
              // the field's Vietnamese name only: codes such as "fullName" are not for officers
              render: (_, c) => fieldLabel(c.field),
            },
            {
              key: 'before',
              title: t.audit.before,
              onCell: (c) => ({ colSpan: c.before === null && c.after === null ? 2 : 1 }),
              render: (_, c) =>
                c.before === null && c.after === null ? (
                  <Typography.Text type="secondary">
                    {c.masked ? t.audit.maskedValue : t.audit.hiddenValue}
                  </Typography.Text>
                ) : (
                  <Typography.Text delete={c.before !== null} type="secondary">
                    {formatAuditValue(c.before)}
                  </Typography.Text>
                ),
            },
            {
              key: 'after',
              title: t.audit.after,
              onCell: (c) => ({ colSpan: c.before === null && c.after === null ? 0 : 1 }),
              render: (_, c) => (
                <Typography.Text strong>{formatAuditValue(c.after)}</Typography.Text>
              ),
            },
          ]}
        />
      )}
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'requestId', label: t.audit.requestId, children: entry.requestId ?? t.ui.noValue },
          { key: 'ip', label: t.audit.ipAddress, children: entry.ipAddress ?? t.ui.noValue },
        ]}
      />
    </div>
  );
}
