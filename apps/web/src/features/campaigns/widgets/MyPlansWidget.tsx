import { ItemList } from '@thidua/web-ui';
import { useCampaignPlans } from '@thidua/web-data-access';
import { Button, Card, Empty, Spin, Typography } from 'antd';
import { Link } from 'react-router-dom';

import { PATHS, campaignPlanPath } from '../../../app/paths';
import { t } from '../../../i18n';
import { QueryError } from '../../../shared/components/QueryError';
import { formatIsoDate } from '../../../shared/dates';
import { PlanStatusTag } from '../components/PlanStatusTag';

/** The latest plans in the viewer's scope, with where each stands (the list page's first rows). */
export function MyPlansWidget() {
  const c = t.campaigns;
  const plans = useCampaignPlans({ first: 5 });
  return (
    <Card
      title={c.myPlansTitle}
      style={{ height: '100%' }}
      extra={
        <Link to={PATHS.campaignPlans}>
          <Button type="link" size="small">
            {c.myPlansAll}
          </Button>
        </Link>
      }
    >
      {plans.isError ? (
        <QueryError error={plans.error} onRetry={() => void plans.refetch()} />
      ) : plans.isPending ? (
        <Spin />
      ) : plans.data.nodes.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={c.myPlansEmpty} />
      ) : (
        <ItemList
          items={plans.data.nodes.map((plan) => ({
            key: plan.id,
            content: (
              <>
                <Link to={campaignPlanPath(plan.id)}>{plan.title}</Link>
                <br />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {plan.symbol ? `${plan.symbol} · ` : ''}
                  {plan.issuerUnit.name} · {formatIsoDate(plan.periodFrom)} –{' '}
                  {formatIsoDate(plan.periodTo)}
                </Typography.Text>
              </>
            ),
            actions: <PlanStatusTag status={plan.status} />,
          }))}
        />
      )}
    </Card>
  );
}
