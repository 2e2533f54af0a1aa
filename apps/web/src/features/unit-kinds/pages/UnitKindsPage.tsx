import { EditOutlined, LockOutlined, PlusOutlined } from '@ant-design/icons';
import { DataTable, PageHeader } from '@thidua/web-ui';
import {
  useUnitKindCatalog,
  type UnitKindCatalogItem,
  type UnitTree,
} from '@thidua/web-data-access';
import {
  Button,
  Card,
  Flex,
  Segmented,
  Tag,
  Tooltip,
  Typography,
  type TableColumnType,
} from 'antd';
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

/**
 * Column widths in px. The name gets the most (the longest system kind name is 86 characters and
 * shows in full in a tooltip), the allowed parents the room for two or three tags a line.
 */
const COLUMN_WIDTHS = {
  name: 320,
  tree: 150,
  allowedParents: 340,
  flag: 120,
  source: 150,
  actions: 90,
};

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

  const columns: (TableColumnType<UnitKindCatalogItem> & { width: number })[] = [
    {
      key: 'name',
      title: t.unitKinds.name,
      width: COLUMN_WIDTHS.name,
      render: (_, kind) => (
        <>
          <Typography.Text strong ellipsis={{ tooltip: kind.name }} style={{ display: 'block' }}>
            {kind.name}
          </Typography.Text>
          {/* a system kind's code (PROVINCE…) is the program's, not the officers': only the codes
              administrators chose themselves are shown */}
          {!kind.isSystem && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t.unitKinds.codeLine(kind.code)}
            </Typography.Text>
          )}
        </>
      ),
    },
    {
      key: 'tree',
      title: t.unitKinds.tree,
      width: COLUMN_WIDTHS.tree,
      render: (_, kind) => <UnitKindTreeTag tree={kind.tree} />,
    },
    {
      key: 'allowedParents',
      title: t.unitKinds.allowedParents,
      width: COLUMN_WIDTHS.allowedParents,
      render: (_, kind) =>
        kind.allowedParentCodes.length === 0 ? (
          <Typography.Text type="secondary">{t.unitKinds.noParents}</Typography.Text>
        ) : (
          <Flex gap={4} wrap>
            {kind.allowedParentCodes.map((code) => (
              // a long kind name wraps inside its tag instead of widening the column
              <Tag key={code} style={{ whiteSpace: 'normal', marginInlineEnd: 0 }}>
                {nameOf.get(code) ?? code}
              </Tag>
            ))}
          </Flex>
        ),
    },
    {
      key: 'canBeRoot',
      title: t.unitKinds.canBeRoot,
      width: COLUMN_WIDTHS.flag,
      render: (_, kind) => yesNo(kind.canBeRoot),
    },
    {
      key: 'legalPersonDefault',
      title: t.unitKinds.legalPersonDefault,
      width: COLUMN_WIDTHS.flag,
      render: (_, kind) => yesNo(kind.legalPersonDefault),
    },
    {
      key: 'kind',
      title: t.unitKinds.kind,
      width: COLUMN_WIDTHS.source,
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
            width: COLUMN_WIDTHS.actions,
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
  ];

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
          tableLayout="fixed"
          // every column has its width and the table scrolls sideways below their sum: a column left
          // without one got what the others left of `scroll.x` (10 px of 960), and its wrapping tags
          // made the page 6,400 px tall
          scroll={{ x: columns.reduce((sum, column) => sum + column.width, 0) }}
          columns={columns}
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
