import { EditOutlined } from '@ant-design/icons';
import { NumberText, PageHeader, PageLoading, TextOrNone } from '@thidua/web-ui';
import { useCluster } from '@thidua/web-data-access';
import { Breadcrumb, Button, Card, Col, Descriptions, Row, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';

import { PATHS } from '../../../app/paths';
import { t } from '../../../i18n';
import { QueryError } from '../../../shared/components/QueryError';
import { useDocumentTitle } from '../../../shared/hooks/useDocumentTitle';
import { useViewer } from '../../auth/hooks/useViewer';
import { ClusterFormDrawer } from '../components/ClusterFormDrawer';
import { ClusterKindTag } from '../components/ClusterKindTag';
import { ClusterLeaderships } from '../components/ClusterLeaderships';
import { ClusterMembers } from '../components/ClusterMembers';
import { UnitRefLink } from '../components/UnitRefLink';

export function ClusterDetailPage() {
  const { id } = useParams<{ id: string }>();
  const { can } = useViewer();
  const canManage = can('CLUSTER_MANAGE');
  const [asOf, setAsOf] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const cluster = useCluster(id, asOf ?? undefined);
  useDocumentTitle(cluster.data?.name ?? t.clusters.pageTitle);

  if (cluster.isPending) return <PageLoading />;
  if (cluster.isError) {
    return (
      <>
        <PageHeader title={t.clusters.pageTitle} breadcrumb={[t.nav.org]} />
        <QueryError error={cluster.error} onRetry={() => void cluster.refetch()} />
      </>
    );
  }
  const c = cluster.data;

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[
          { title: t.nav.org },
          { title: <Link to={PATHS.clusters}>{t.clusters.backToList}</Link> },
          { title: c.name },
        ]}
      />
      <PageHeader
        title={c.name}
        subtitle={<ClusterKindTag kind={c.kind} />}
        extra={
          canManage && (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {t.common.edit}
            </Button>
          )
        }
      />
      <Row gutter={[20, 20]}>
        <Col xs={24}>
          <Card>
            <Descriptions
              size="small"
              column={{ xs: 1, md: 2 }}
              items={[
                {
                  key: 'code',
                  label: t.clusters.code,
                  children: <Typography.Text code>{c.code}</Typography.Text>,
                },
                {
                  key: 'organizer',
                  label: t.clusters.organizer,
                  children: <UnitRefLink unit={c.organizer} />,
                },
                {
                  key: 'members',
                  label: t.clusters.memberCount,
                  children: <NumberText value={c.memberCount} />,
                },
                {
                  key: 'description',
                  label: t.clusters.description,
                  children: <TextOrNone value={c.description} />,
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <Card title={t.clusters.members}>
            <ClusterMembers
              cluster={c}
              asOf={asOf}
              onAsOfChange={setAsOf}
              loading={cluster.isFetching && cluster.isPlaceholderData}
              canManage={canManage}
            />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card title={t.clusters.leaderships}>
            <ClusterLeaderships cluster={c} canManage={canManage} />
          </Card>
        </Col>
      </Row>
      {canManage && (
        <ClusterFormDrawer
          open={editing}
          cluster={c}
          onClose={() => setEditing(false)}
          onReload={() => cluster.refetch()}
        />
      )}
    </>
  );
}
