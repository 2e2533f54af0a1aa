import { EditOutlined, LockOutlined, PlusOutlined } from '@ant-design/icons';
import { DataTable, PageHeader } from '@thidua/web-ui';
import {
  useUnitKindCatalog,
  type UnitKindCatalogItem,
  type UnitTree,
} from '@thidua/web-data-access';
import { Button, Card, Flex, Segmented, Tag, Tooltip, Typography } from 'antd';
import { useMemo, useState } from 'react';

import { t } from '../../../i18n';
import { QueryError } from '../../../shared/components/QueryError';
import { useDocumentTitle } from '../../../shared/hooks/useDocumentTitle';
import { useViewer } from '../../auth/hooks/useViewer';
import { UNIT_TREES } from '../../units/hooks/useUnitBrowserState';
import { UnitKindFormDrawer } from '../components/UnitKindFormDrawer';
import { UnitKindTreeTag } from '../components/UnitKindTreeTag';

type DrawerState = { open: false } | { open: true; kind: UnitKindCatalogItem | null };
type TreeFilter = UnitTree | 'ALL';

const yesNo = (value: boolean) =>
  value ? <Tag color="green">{t.unitKinds.yes}</Tag> : <Tag>{t.unitKinds.no}</Tag>;

export function UnitKindsPage() {
  useDocumentTitle(t.unitKinds.pageTitle);
  const { can, user } = useViewer();
  // the catalog is system-wide: only a system-wide UNIT_MANAGE holder may change it (the API checks)
  const canManage = can('UNIT_MANAGE') && user.roleAssignments.some((a) => !a.unit);
  const kinds = useUnitKindCatalog();
  const [tree, setTree] = useState<TreeFilter>('ALL');
  const [drawer, setDrawer] = useState<DrawerState>({ open: false });

  const nameOf = useMemo(
    () => new Map((kinds.data ?? []).map((kind) => [kind.code, kind.name])),
    [kinds.data],
  );
  const rows = useMemo(
    () =>
      kinds.data &&
      [...kinds.data]
        .filter((kind) => tree === 'ALL' || kind.tree === tree)
        .sort((a, b) => UNIT_TREES.indexOf(a.tree) - UNIT_TREES.indexOf(b.tree)),
    [kinds.data, tree],
  );

  return (
    <>
      <PageHeader
        title={t.unitKinds.pageTitle}
        subtitle={t.unitKinds.subtitle}
        breadcrumb={[t.nav.admin]}
        extra={
          canManage && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setDrawer({ open: true, kind: null })}
            >
              {t.unitKinds.add}
            </Button>
          )
        }
      />
      <Card>
        <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
          <Segmented<TreeFilter>
            aria-label={t.unitKinds.treeFilter}
            value={tree}
            onChange={setTree}
            options={[
              { value: 'ALL', label: t.unitKinds.allTrees },
              ...UNIT_TREES.map((value) => ({ value, label: t.units.trees[value] })),
            ]}
          />
        </Flex>
        {kinds.isError && <QueryError error={kinds.error} onRetry={() => void kinds.refetch()} />}
        <DataTable<UnitKindCatalogItem>
          rowKey="id"
          rows={rows}
          totalCount={rows?.length}
          loading={kinds.isPending}
          columns={[
            {
              key: 'name',
              title: t.unitKinds.name,
              width: 280,
              render: (_, kind) => (
                <>
                  <Typography.Text strong>{kind.name}</Typography.Text>
                  <br />
                  <Typography.Text type="secondary" code style={{ fontSize: 12 }}>
                    {kind.code}
                  </Typography.Text>
                </>
              ),
            },
            {
              key: 'tree',
              title: t.unitKinds.tree,
              width: 170,
              render: (_, kind) => <UnitKindTreeTag tree={kind.tree} />,
            },
            {
              key: 'allowedParents',
              title: t.unitKinds.allowedParents,
              render: (_, kind) =>
                kind.allowedParentCodes.length === 0 ? (
                  <Typography.Text type="secondary">{t.unitKinds.noParents}</Typography.Text>
                ) : (
                  <Flex gap={4} wrap>
                    {kind.allowedParentCodes.map((code) => (
                      <Tag key={code} title={code}>
                        {nameOf.get(code) ?? code}
                      </Tag>
                    ))}
                  </Flex>
                ),
            },
            {
              key: 'canBeRoot',
              title: t.unitKinds.canBeRoot,
              width: 120,
              render: (_, kind) => yesNo(kind.canBeRoot),
            },
            {
              key: 'legalPersonDefault',
              title: t.unitKinds.legalPersonDefault,
              width: 140,
              render: (_, kind) => yesNo(kind.legalPersonDefault),
            },
            {
              key: 'kind',
              title: t.unitKinds.kind,
              width: 150,
              render: (_, kind) =>
                kind.isSystem ? (
                  <Tooltip title={t.unitKinds.systemReadOnly}>
                    <Tag icon={<LockOutlined />} color="gold">
                      {t.unitKinds.system}
                    </Tag>
                  </Tooltip>
                ) : (
                  <Tag color="blue">{t.unitKinds.custom}</Tag>
                ),
            },
            ...(canManage
              ? [
                  {
                    key: 'actions',
                    title: t.common.actions,
                    width: 90,
                    render: (_: unknown, kind: UnitKindCatalogItem) =>
                      kind.isSystem ? null : (
                        <Tooltip title={t.common.edit}>
                          <Button
                            icon={<EditOutlined />}
                            aria-label={`${t.common.edit} ${kind.name}`}
                            onClick={() => setDrawer({ open: true, kind })}
                          />
                        </Tooltip>
                      ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <UnitKindFormDrawer
        open={drawer.open}
        kind={drawer.open ? drawer.kind : null}
        kinds={kinds.data ?? []}
        onClose={() => setDrawer({ open: false })}
      />
    </>
  );
}
