import { PlusOutlined } from '@ant-design/icons';
import {
  DataTable,
  NumberText,
  PageHeader,
  SearchInput,
  TextOrNone,
  useListPage,
} from '@thidua/web-ui';
import {
  exportPath,
  useClusters,
  type ClusterItem,
  type ClusterKind,
  connectionTable,
} from '@thidua/web-data-access';
import { Button, Card, Flex, Select, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';

import { clusterPath } from '../../../app/paths';
import { t } from '../../../i18n';
import { ExportButton } from '../../../shared/components/ExportButton';
import { QueryError } from '../../../shared/components/QueryError';
import { useDocumentTitle } from '../../../shared/hooks/useDocumentTitle';
import { useViewer } from '../../auth/hooks/useViewer';
import { CLUSTER_KINDS, ClusterFormDrawer } from '../components/ClusterFormDrawer';
import { ClusterKindTag } from '../components/ClusterKindTag';
import { UnitRefLink } from '../components/UnitRefLink';

export function ClustersPage() {
  useDocumentTitle(t.clusters.pageTitle);
  const { can } = useViewer();
  const navigate = useNavigate();
  const list = useListPage<{ kind?: ClusterKind }>();
  const clusters = useClusters(list.variables);
  const [creating, setCreating] = useState(false);

  return (
    <>
      <PageHeader
        title={t.clusters.pageTitle}
        subtitle={t.clusters.subtitle}
        breadcrumb={[t.nav.org]}
        extra={
          <>
            <ExportButton
              path={exportPath('clusters', list.query)}
              fallbackName="cum-khoi-thi-dua.xlsx"
            />
            {can('CLUSTER_MANAGE') && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                {t.clusters.add}
              </Button>
            )}
          </>
        }
      />
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <SearchInput
            label={t.clusters.searchLabel}
            placeholder={t.clusters.searchPlaceholder}
            value={list.search}
            onChange={list.setSearch}
            style={{ flex: '2 1 280px' }}
          />
          <Select<ClusterKind>
            allowClear
            aria-label={t.clusters.kindFilter}
            placeholder={t.clusters.allKinds}
            value={list.filters.kind}
            onChange={(kind) => list.setFilters({ kind })}
            options={CLUSTER_KINDS.map((k) => ({ value: k, label: t.clusters.kinds[k] }))}
            style={{ flex: '1 1 180px' }}
          />
        </Flex>
        {clusters.isError && (
          <QueryError error={clusters.error} onRetry={() => void clusters.refetch()} />
        )}
        <DataTable<ClusterItem>
          rowKey="id"
          {...connectionTable(clusters)}
          {...list.tableProps(t.clusters.emptyFiltered)}
          onRow={(cluster) => ({ onDoubleClick: () => navigate(clusterPath(cluster.id)) })}
          columns={[
            {
              key: 'name',
              title: t.clusters.name,
              render: (_, cluster) => (
                <>
                  <Link to={clusterPath(cluster.id)}>{cluster.name}</Link>
                  <br />
                  <Typography.Text type="secondary" code style={{ fontSize: 11 }}>
                    {cluster.code}
                  </Typography.Text>
                </>
              ),
            },
            {
              key: 'kind',
              title: t.clusters.kind,
              width: 150,
              render: (_, cluster) => <ClusterKindTag kind={cluster.kind} />,
            },
            {
              key: 'organizer',
              title: t.clusters.organizer,
              render: (_, cluster) => <UnitRefLink unit={cluster.organizer} />,
            },
            {
              key: 'members',
              title: t.clusters.memberCount,
              width: 130,
              align: 'right',
              render: (_, cluster) => <NumberText value={cluster.memberCount} />,
            },
            {
              key: 'description',
              title: t.clusters.description,
              render: (_, cluster) => <TextOrNone value={cluster.description} />,
            },
          ]}
        />
      </Card>
      <ClusterFormDrawer
        open={creating}
        cluster={null}
        onClose={() => setCreating(false)}
        onSaved={(id) => navigate(clusterPath(id))}
      />
    </>
  );
}
