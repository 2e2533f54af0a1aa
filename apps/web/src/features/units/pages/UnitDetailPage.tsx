import {
  BranchesOutlined,
  DeleteOutlined,
  DownOutlined,
  EditOutlined,
  MergeCellsOutlined,
  PlusOutlined,
  SplitCellsOutlined,
  SwapOutlined,
} from '@ant-design/icons';
import { PageHeader, PageLoading, TextOrNone, NumberText } from '@thidua/web-ui';
import { useUnitDetail, type UnitDetail } from '@thidua/web-data-access';
import {
  Alert,
  Breadcrumb,
  Button,
  Card,
  Descriptions,
  Dropdown,
  Flex,
  Space,
  Tabs,
  Tag,
  Typography,
  type MenuProps,
} from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';

import { PATHS, unitPath } from '../../../app/paths';
import { t } from '../../../i18n';
import { QueryError } from '../../../shared/components/QueryError';
import { formatIsoDate, formatPeriod } from '../../../shared/dates';
import { useDocumentTitle } from '../../../shared/hooks/useDocumentTitle';
import { useViewer } from '../../auth/hooks/useViewer';
import { RecordsHistory } from '../../records/components/RecordsHistory';
import { restructuringPath } from '../../restructuring/operations';
import { CreateUnitDrawer } from '../components/CreateUnitDrawer';
import { UnitEditDrawer } from '../components/UnitEditDrawer';
import { UnitStatusTag } from '../components/UnitStatusTag';
import {
  UnitChildrenTab,
  UnitCounterpartsTab,
  UnitHistoryTab,
  UnitLineageTab,
  UnitPeopleTab,
} from '../components/UnitTabs';

const TABS = [
  'thong-tin',
  'truc-thuoc',
  'can-bo',
  'thanh-tich',
  'lich-su',
  'nguon-goc',
  'tuong-ung',
] as const;
type TabKey = (typeof TABS)[number];

export function UnitDetailPage() {
  const { id } = useParams<{ id: string }>();
  const unit = useUnitDetail(id);
  useDocumentTitle(unit.data?.name ?? t.units.detailTitle);

  if (unit.isPending) return <PageLoading />;
  if (unit.isError) {
    return (
      <>
        <PageHeader title={t.units.detailTitle} breadcrumb={[t.nav.org, t.nav.units]} />
        <QueryError error={unit.error} onRetry={() => void unit.refetch()} />
      </>
    );
  }
  return <UnitDetailContent unit={unit.data} reload={() => unit.refetch()} />;
}

function UnitDetailContent({ unit, reload }: { unit: UnitDetail; reload: () => Promise<unknown> }) {
  const { can } = useViewer();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [editing, setEditing] = useState(false);
  const [creating, setCreating] = useState(false);
  // a tab the viewer may not see (a shared link to "cán bộ" without PERSON_READ) opens the first one
  const hidden: Partial<Record<TabKey, boolean>> = {
    'can-bo': !can('PERSON_READ'),
    'thanh-tich': !can('RECORDS_READ'),
  };
  const tab: TabKey = TABS.find((key) => key === params.get('muc') && !hidden[key]) ?? 'thong-tin';
  const canManage = can('UNIT_MANAGE') && !unit.readOnly;
  const canRestructure = can('UNIT_RESTRUCTURE') && !unit.readOnly;

  const restructureItems: MenuProps['items'] = [
    { key: 'RENAME', icon: <EditOutlined />, label: t.restructuring.kinds.RENAME },
    { key: 'MOVE', icon: <SwapOutlined />, label: t.restructuring.kinds.MOVE },
    { key: 'MERGE', icon: <MergeCellsOutlined />, label: t.restructuring.kinds.MERGE },
    { key: 'SPLIT', icon: <SplitCellsOutlined />, label: t.restructuring.kinds.SPLIT },
    { type: 'divider' },
    {
      key: 'DISSOLVE',
      icon: <DeleteOutlined />,
      label: t.restructuring.kinds.DISSOLVE,
      danger: true,
    },
  ];

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[
          { title: t.nav.org },
          { title: <Link to={PATHS.units}>{t.nav.units}</Link> },
          // only the levels the reader may open: a commune officer's path starts at the commune
          ...unit.ancestors
            .filter((a) => a.canOpen)
            .map((a) => ({ title: <Link to={unitPath(a.id)}>{a.name}</Link> })),
          { title: unit.name },
        ]}
      />
      <PageHeader
        title={unit.name}
        subtitle={
          <Space wrap size={[8, 4]}>
            <Tag>{unit.kind.name}</Tag>
            <Tag color="blue">{t.units.trees[unit.tree]}</Tag>
            <UnitStatusTag status={unit.status} />
            <span>{formatPeriod(unit.validFrom, unit.validTo)}</span>
            <span>·</span>
            <span>{unit.legalPerson ? t.units.hasLegalPerson : t.units.noLegalPerson}</span>
          </Space>
        }
        extra={
          <>
            {canManage && (
              <Button icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                {t.units.createChild}
              </Button>
            )}
            {canRestructure && (
              <Dropdown
                trigger={['click']}
                menu={{
                  items: restructureItems,
                  onClick: ({ key }) => {
                    const kind = (['RENAME', 'MOVE', 'MERGE', 'SPLIT', 'DISSOLVE'] as const).find(
                      (k) => k === key,
                    );
                    if (kind) navigate(restructuringPath(kind, unit.id));
                  },
                }}
              >
                <Button type="primary" icon={<BranchesOutlined />}>
                  {t.units.actions} <DownOutlined />
                </Button>
              </Dropdown>
            )}
          </>
        }
      />
      {unit.readOnly && (
        <Alert
          type="warning"
          showIcon
          title={t.units.readOnlyTitle}
          description={t.units.readOnlyText(formatIsoDate(unit.validTo))}
          style={{ marginBottom: 16 }}
        />
      )}
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) =>
            setParams(
              (previous) => {
                const next = new URLSearchParams(previous);
                if (key === 'thong-tin') next.delete('muc');
                else next.set('muc', key);
                return next;
              },
              { replace: true },
            )
          }
          destroyOnHidden
          items={[
            {
              key: 'thong-tin',
              label: t.units.tabs.info,
              children: (
                <UnitInfo unit={unit} canEdit={canManage} onEdit={() => setEditing(true)} />
              ),
            },
            {
              key: 'truc-thuoc',
              label: t.units.tabs.children,
              children: <UnitChildrenTab unit={unit} />,
            },
            ...(can('PERSON_READ')
              ? [
                  {
                    key: 'can-bo',
                    label: t.units.tabs.people,
                    children: <UnitPeopleTab unit={unit} />,
                  },
                ]
              : []),
            ...(can('RECORDS_READ')
              ? [
                  {
                    key: 'thanh-tich',
                    label: t.records.pageTitle,
                    children: <RecordsHistory unitId={unit.id} />,
                  },
                ]
              : []),
            {
              key: 'lich-su',
              label: t.units.tabs.history,
              children: <UnitHistoryTab unit={unit} />,
            },
            {
              key: 'nguon-goc',
              label: t.units.tabs.lineage,
              children: <UnitLineageTab unit={unit} />,
            },
            {
              key: 'tuong-ung',
              label: t.units.tabs.counterparts,
              children: <UnitCounterpartsTab unit={unit} canManage={can('UNIT_MANAGE')} />,
            },
          ]}
        />
      </Card>
      {canManage && (
        <>
          <UnitEditDrawer
            unit={unit}
            open={editing}
            onClose={() => setEditing(false)}
            onReload={reload}
          />
          <CreateUnitDrawer
            open={creating}
            onClose={() => setCreating(false)}
            tree={unit.tree}
            parent={unit}
            onCreated={(id) => navigate(unitPath(id))}
          />
        </>
      )}
    </>
  );
}

function UnitInfo({
  unit,
  canEdit,
  onEdit,
}: {
  unit: UnitDetail;
  canEdit: boolean;
  onEdit: () => void;
}) {
  return (
    <>
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, md: 2 }}
        items={[
          {
            key: 'code',
            label: t.units.code,
            children: <Typography.Text code>{unit.code}</Typography.Text>,
          },
          {
            key: 'shortName',
            label: t.units.shortName,
            children: <TextOrNone value={unit.shortName} />,
          },
          { key: 'kind', label: t.units.kind, children: unit.kind.name },
          { key: 'tree', label: t.units.tree, children: t.units.trees[unit.tree] },
          {
            key: 'parent',
            label: t.units.parent,
            children: !unit.parent ? (
              t.units.noParent
            ) : unit.parent.canOpen ? (
              <Link to={unitPath(unit.parent.id)}>{unit.parent.name}</Link>
            ) : (
              // outside the reader's scope: named, not linked (the link would answer "not found")
              unit.parent.name
            ),
          },
          {
            key: 'validity',
            label: t.units.validity,
            children: formatPeriod(unit.validFrom, unit.validTo),
          },
          {
            key: 'legalPerson',
            label: t.units.legalPerson,
            children: unit.legalPerson ? t.common.yes : t.common.no,
          },
          {
            key: 'peopleCount',
            label: t.units.peopleCount,
            children: <NumberText value={unit.peopleCount} />,
          },
          { key: 'address', label: t.units.address, children: <TextOrNone value={unit.address} /> },
          { key: 'phone', label: t.units.phone, children: <TextOrNone value={unit.phone} /> },
          { key: 'email', label: t.units.email, children: <TextOrNone value={unit.email} /> },
        ]}
      />
      {canEdit && (
        <Flex justify="flex-end" style={{ marginTop: 16 }}>
          <Button icon={<EditOutlined />} onClick={onEdit}>
            {t.units.edit}
          </Button>
        </Flex>
      )}
    </>
  );
}
