import { usePublicAwardLookup, type PublicAwardLookupFilters } from '@thidua/web-data-access';
import { Alert, Button, Card, Flex, Form, Input, InputNumber, Typography } from 'antd';
import { useState } from 'react';

import { t } from '../../../i18n';
import { formatIsoDate } from '../../../shared/dates';
import { errorMessage } from '../../../shared/errors';
import { required } from '../../../shared/forms/rules';
import { useDocumentTitle } from '../../../shared/hooks/useDocumentTitle';
import { PublicFrame } from '../../shell/components/PublicFrame';
import { publicAwardMessages as m } from '../messages';

interface LookupValues {
  name: string;
  unitName?: string;
  year?: number | null;
}

/**
 * Tra cứu khen thưởng (ADR 0022 §10), outside the signed-in frame: decided awards by the name of the
 * person or collective, narrowed by unit and year. The API needs the name, so nothing is asked for
 * until one is typed; the results come 20 at a time, newest decision first.
 */
export function PublicAwardLookupPage() {
  useDocumentTitle(m.lookupTitle);
  const [filters, setFilters] = useState<PublicAwardLookupFilters | null>(null);
  const lookup = usePublicAwardLookup(filters);
  const awards = lookup.data?.nodes ?? [];

  return (
    <PublicFrame>
      <Typography.Title level={1} style={{ marginTop: 0, fontSize: 22 }}>
        {m.lookupTitle}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{m.lookupIntro}</Typography.Paragraph>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Form<LookupValues>
          layout="vertical"
          onFinish={(values) =>
            setFilters({
              first: 20,
              name: values.name.trim(),
              unitName: values.unitName?.trim() || undefined,
              year: values.year ?? undefined,
            })
          }
        >
          <Form.Item name="name" label={m.nameLabel} rules={[required(m.nameWhat)]}>
            <Input maxLength={100} placeholder={m.namePlaceholder} autoComplete="off" />
          </Form.Item>
          <Flex wrap gap={16}>
            <Form.Item name="unitName" label={m.unitLabel} style={{ flex: '2 1 220px' }}>
              <Input maxLength={100} autoComplete="off" />
            </Form.Item>
            <Form.Item
              name="year"
              label={m.yearLabel}
              rules={[{ type: 'number', min: 2000, max: 2100, message: m.yearRange }]}
              style={{ flex: '1 1 140px' }}
            >
              <InputNumber<number> precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Flex>
          <Button
            type="primary"
            htmlType="submit"
            loading={lookup.isFetching && !lookup.isFetchingNextPage}
          >
            {m.search}
          </Button>
        </Form>
      </Card>
      {filters === null ? null : lookup.isError ? (
        <Alert type="error" showIcon title={errorMessage(lookup.error)} />
      ) : lookup.isPending ? (
        <Typography.Paragraph>{t.ui.loading}</Typography.Paragraph>
      ) : awards.length === 0 ? (
        <Alert type="info" showIcon title={m.empty} />
      ) : (
        <>
          <Typography.Title level={2} style={{ fontSize: 17 }}>
            {m.found(lookup.data.totalCount, lookup.data.totalCountCapped)}
          </Typography.Title>
          <Flex
            vertical
            gap={12}
            component="ul"
            style={{ listStyle: 'none', padding: 0, margin: 0 }}
          >
            {awards.map((a, i) => (
              // no id is published (ADR 0022 §10): a row is its place in the newest-first list
              <li key={i}>
                <Card size="small">
                  <Typography.Title level={3} style={{ fontSize: 16, marginTop: 0 }}>
                    {a.name}
                  </Typography.Title>
                  {a.unitName && (
                    <Typography.Paragraph style={{ marginBottom: 4 }}>
                      {m.unit}: {a.unitName}
                    </Typography.Paragraph>
                  )}
                  <Typography.Paragraph strong style={{ marginBottom: 4 }}>
                    {a.awardName}
                  </Typography.Paragraph>
                  <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
                    {m.decisionLine(a.decisionNumber, formatIsoDate(a.decidedOn))}
                    {' · '}
                    {a.issuerName}
                    {' · '}
                    {m.year} {a.year}
                    {a.goldBookNumber && (
                      <>
                        {' · '}
                        {m.goldBook} {a.goldBookNumber}
                      </>
                    )}
                  </Typography.Paragraph>
                </Card>
              </li>
            ))}
          </Flex>
          {lookup.hasNextPage && (
            <Button
              style={{ marginTop: 12 }}
              loading={lookup.isFetchingNextPage}
              onClick={() => void lookup.fetchNextPage()}
            >
              {m.more}
            </Button>
          )}
        </>
      )}
    </PublicFrame>
  );
}
