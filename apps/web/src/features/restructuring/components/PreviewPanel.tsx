import { WarningOutlined } from '@ant-design/icons';
import { formatNumber } from '@thidua/shared-domain';
import { ItemList, TextOrNone } from '@thidua/web-ui';
import type { RestructuringPreview, UnitChange, UnitChangeAction } from '@thidua/web-data-access';
import { Alert, Card, Col, Empty, Flex, Row, Statistic, Table, Tag, Typography } from 'antd';

import { t } from '../../../i18n';
import { formatIsoDate } from '../../../shared/dates';

const ACTION_COLORS: Record<UnitChangeAction, string> = {
  CREATED: 'green',
  RENAMED: 'blue',
  MOVED: 'cyan',
  ENDED: 'red',
  UNCHANGED_TARGET: 'default',
};

function Change({ before, after }: { before?: string | null; after?: string | null }) {
  if (!before && !after) return <TextOrNone value={null} />;
  if (before && after && before !== after) {
    return (
      <>
        <Typography.Text delete type="secondary">
          {before}
        </Typography.Text>
        <br />
        <Typography.Text strong>{after}</Typography.Text>
      </>
    );
  }
  return <>{after ?? before}</>;
}

/**
 * What a restructuring will do, before it is done: units created, renamed, moved or ended, people and
 * accounts that move, role scopes carried over, open work and warnings.
 */
export function PreviewPanel({ preview }: { preview: RestructuringPreview }) {
  return (
    <Flex vertical gap={16} data-testid="restructuring-preview">
      <Typography.Paragraph strong style={{ margin: 0 }}>
        {t.restructuring.previewIntro(
          t.restructuring.kinds[preview.kind],
          formatIsoDate(preview.effectiveDate),
        )}
      </Typography.Paragraph>

      {preview.warnings.length > 0 && (
        <Alert
          type="warning"
          showIcon
          icon={<WarningOutlined />}
          title={t.restructuring.warnings}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {preview.warnings.map((warning) => (
                <li key={warning}>{warning}</li>
              ))}
            </ul>
          }
        />
      )}

      <Card size="small" title={t.restructuring.previewUnits}>
        <Table<UnitChange>
          size="small"
          pagination={false}
          rowKey={(change) => `${change.action}-${change.unitId ?? change.code}`}
          dataSource={preview.units}
          scroll={{ x: 640 }}
          columns={[
            {
              key: 'action',
              title: t.restructuring.previewAction,
              width: 170,
              render: (_, change) => (
                <Tag color={ACTION_COLORS[change.action]}>
                  {t.restructuring.changeActions[change.action]}
                </Tag>
              ),
            },
            {
              key: 'name',
              title: t.units.name,
              render: (_, change) => (
                <>
                  <Change before={change.nameBefore} after={change.nameAfter} />
                  <br />
                  <Typography.Text type="secondary" code style={{ fontSize: 11 }}>
                    {change.code}
                  </Typography.Text>
                </>
              ),
            },
            {
              key: 'parent',
              title: t.units.parent,
              render: (_, change) => (
                <Change before={change.parentBefore} after={change.parentAfter} />
              ),
            },
          ]}
        />
      </Card>

      <Row gutter={[16, 16]}>
        {/* what follows the units, module by module (posts, accounts; later plans, dossiers…) */}
        {preview.carried.map((item) => (
          <Col xs={12} md={6} key={`${item.module}-${item.label}`}>
            <Card size="small">
              <Statistic
                title={item.label}
                value={item.count}
                formatter={(value) => formatNumber(Number(value))}
              />
            </Card>
          </Col>
        ))}
        <Col xs={24} md={12}>
          <Card size="small" title={t.restructuring.openWork} style={{ height: '100%' }}>
            {preview.openWork.length === 0 ? (
              <Typography.Text type="secondary">{t.restructuring.noOpenWork}</Typography.Text>
            ) : (
              <ItemList
                items={preview.openWork.map((item) => ({
                  key: `${item.module}-${item.label}`,
                  content: item.label,
                  actions: <Tag>{formatNumber(item.count)}</Tag>,
                }))}
              />
            )}
          </Card>
        </Col>
      </Row>

      <Card size="small" title={t.restructuring.scopesCarried}>
        {preview.scopesCarried.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.restructuring.noScopes} />
        ) : (
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {preview.scopesCarried.map((scope) => (
              <li key={`${scope.holderName}-${scope.roleName}-${scope.fromUnit}-${scope.toUnit}`}>
                {t.restructuring.scopeCarry(
                  scope.holderName,
                  scope.roleName,
                  scope.fromUnit,
                  scope.toUnit,
                )}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </Flex>
  );
}
