import { DisconnectOutlined, LinkOutlined } from '@ant-design/icons';
import { formatDateTime } from '@thidua/shared-domain';
import { DataTable, ItemList, PageLoading, useConfirm } from '@thidua/web-ui';
import {
  usePeople,
  useUnitChildren,
  useUnitPastStaff,
  useUnitCounterparts,
  useUnitHistory,
  useUnitLineage,
  useUnlinkUnits,
  type LineageLinkItem,
  type PersonItem,
  type UnitDetail,
  type UnitPastStaffPerson,
  connectionTable,
} from '@thidua/web-data-access';
import {
  App,
  Button,
  Card,
  Empty,
  Flex,
  Space,
  Switch,
  Tag,
  Timeline,
  Typography,
  type TableProps,
} from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';

import { PATHS, personPath, unitPath } from '../../../app/paths';
import { t } from '../../../i18n';
import { QueryError } from '../../../shared/components/QueryError';
import { formatIsoDate, formatPeriod } from '../../../shared/dates';
import { useApiErrorHandler } from '../../../shared/hooks/useApiErrorHandler';
import { RestructuringSummary } from '../../restructuring/components/RestructuringSummary';
import { LinkUnitModal } from './LinkUnitModal';
import { UnitStatusTag } from './UnitStatusTag';

const emptyState = (text: string) => (
  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={text} />
);

/** Đơn vị trực thuộc: the next level down, with ended ones on request. */
export function UnitChildrenTab({ unit }: { unit: UnitDetail }) {
  const [includeEnded, setIncludeEnded] = useState(false);
  const children = useUnitChildren({ tree: unit.tree, parentId: unit.id, includeEnded });
  return (
    <>
      <Flex gap={8} align="center" style={{ marginBottom: 12 }}>
        <Switch id="children-include-ended" checked={includeEnded} onChange={setIncludeEnded} />
        <label htmlFor="children-include-ended">{t.units.includeEndedChildren}</label>
      </Flex>
      {children.isError && (
        <QueryError error={children.error} onRetry={() => void children.refetch()} />
      )}
      {children.isPending ? (
        <PageLoading />
      ) : children.data && children.data.length === 0 ? (
        emptyState(t.units.childrenEmpty)
      ) : (
        <ItemList
          bordered
          items={(children.data ?? []).map((child) => ({
            key: child.id,
            content: (
              <>
                <Link to={unitPath(child.id)}>{child.name}</Link>{' '}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {child.code} · {child.kind.name}
                </Typography.Text>
              </>
            ),
            actions: (
              <>
                {child.status !== 'ACTIVE' && <UnitStatusTag status={child.status} />}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatPeriod(child.validFrom, child.validTo)}
                </Typography.Text>
              </>
            ),
          }))}
        />
      )}
    </>
  );
}

/** Cán bộ: people with a current position in this very unit; an ended unit's past staff. */
export function UnitPeopleTab({ unit }: { unit: UnitDetail }) {
  return unit.validTo ? <UnitPastStaff unit={unit} /> : <UnitCurrentPeople unit={unit} />;
}

interface StaffPost {
  unit: { id: string };
  title: string;
  startedOn: string;
}

/**
 * The columns of a unit's staff table, current or past: name, the posts held in this unit, and a
 * date column (`since` for current staff, the period for past staff) read from those same posts.
 */
function staffColumns<P extends StaffPost, T extends { id: string; fullName: string }>(
  unitId: string,
  postsOf: (person: T) => readonly P[],
  dates: { key: string; title: string; width: number; text: (post: P) => string },
): TableProps<T>['columns'] {
  const here = (person: T) => postsOf(person).filter((p) => p.unit.id === unitId);
  return [
    {
      key: 'name',
      title: t.units.personName,
      render: (_, person) => <Link to={personPath(person.id)}>{person.fullName}</Link>,
    },
    {
      key: 'title',
      title: t.units.position,
      render: (_, person) =>
        here(person)
          .map((p) => p.title)
          .join('; '),
    },
    {
      key: dates.key,
      title: dates.title,
      width: dates.width,
      render: (_, person) => here(person).map(dates.text).join('; '),
    },
  ];
}

/**
 * An ended unit has no current staff; the posts it had (those the merge, split or dissolution ended
 * included) stay on its page, each with its period.
 */
function UnitPastStaff({ unit }: { unit: UnitDetail }) {
  const people = useUnitPastStaff(unit.id);
  return (
    <>
      <Typography.Paragraph type="secondary">{t.units.pastStaffNote}</Typography.Paragraph>
      {people.isError && <QueryError error={people.error} onRetry={() => void people.refetch()} />}
      <DataTable<UnitPastStaffPerson>
        rowKey="id"
        {...connectionTable(people)}
        emptyText={t.units.pastPeopleEmpty}
        scroll={{ x: 640 }}
        columns={staffColumns(unit.id, (person: UnitPastStaffPerson) => person.positions, {
          key: 'period',
          title: t.units.period,
          width: 220,
          text: (p) => formatPeriod(p.startedOn, p.endedOn),
        })}
      />
    </>
  );
}

function UnitCurrentPeople({ unit }: { unit: UnitDetail }) {
  const people = usePeople({ first: 50, unitId: unit.id, includeDescendants: false });
  return (
    <>
      {people.isError && <QueryError error={people.error} onRetry={() => void people.refetch()} />}
      <DataTable<PersonItem>
        rowKey="id"
        {...connectionTable(people)}
        emptyText={t.units.peopleEmpty}
        scroll={{ x: 640 }}
        columns={staffColumns(unit.id, (person: PersonItem) => person.currentPositions, {
          key: 'since',
          title: t.units.since,
          width: 130,
          text: (p) => formatIsoDate(p.startedOn),
        })}
      />
      <Link to={`${PATHS.people}?don-vi=${encodeURIComponent(unit.id)}`}>{t.units.allPeople}</Link>
    </>
  );
}

/** Lịch sử: the unit's versions (name, code, parent) with the restructuring that opened each one. */
export function UnitHistoryTab({ unit }: { unit: UnitDetail }) {
  const history = useUnitHistory(unit.id);
  if (history.isPending) return <PageLoading />;
  if (history.isError) {
    return <QueryError error={history.error} onRetry={() => void history.refetch()} />;
  }
  if (history.data.length === 0) return emptyState(t.units.historyEmpty);
  return (
    <Timeline
      items={history.data.map((version, index) => ({
        key: `${version.validFrom}-${index}`,
        color: version.validTo ? 'gray' : 'green',
        title: (
          <Typography.Text strong>
            {formatPeriod(version.validFrom, version.validTo)}
          </Typography.Text>
        ),
        content: (
          <Flex vertical gap={4} data-testid="unit-version">
            <Typography.Text>
              <Typography.Text strong>{version.name}</Typography.Text>{' '}
              <Typography.Text type="secondary">
                ({t.units.code}: {version.code}
                {version.shortName ? `, ${version.shortName}` : ''})
              </Typography.Text>
            </Typography.Text>
            <Typography.Text type="secondary">
              {t.units.parent}:{' '}
              {version.parent ? (
                <Link to={unitPath(version.parent.id)}>{version.parent.name}</Link>
              ) : (
                t.units.noParent
              )}
            </Typography.Text>
            {version.restructuring ? (
              <Card size="small" style={{ background: '#fafafa' }}>
                <RestructuringSummary restructuring={version.restructuring} />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t.units.recordedBy(
                    version.restructuring.actorName,
                    formatDateTime(version.restructuring.createdAt),
                  )}
                </Typography.Text>
              </Card>
            ) : (
              <Typography.Text type="secondary" italic>
                {t.units.historyOriginal}
              </Typography.Text>
            )}
            {/* the last period of an ended unit: the merge, split or dissolution that closed it */}
            {version.endedBy && index === history.data.length - 1 && (
              <Card size="small" style={{ background: '#fafafa' }} data-testid="unit-ended-by">
                <Typography.Text strong>{t.units.historyEndedBy}</Typography.Text>
                <RestructuringSummary restructuring={version.endedBy} />
              </Card>
            )}
          </Flex>
        ),
      }))}
    />
  );
}

function LineageList({ links, empty }: { links: readonly LineageLinkItem[]; empty: string }) {
  if (links.length === 0) return <Typography.Text type="secondary">{empty}</Typography.Text>;
  return (
    <ItemList
      bordered
      items={links.map((link) => ({
        key: `${link.unit.id}-${link.restructuring.id}`,
        content: (
          <Flex vertical gap={4}>
            <Space wrap>
              <Link to={unitPath(link.unit.id)}>{link.unit.name}</Link>
              {link.unit.status !== 'ACTIVE' && <UnitStatusTag status={link.unit.status} />}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatPeriod(link.unit.validFrom, link.unit.validTo)}
              </Typography.Text>
            </Space>
            <RestructuringSummary restructuring={link.restructuring} showUnits={false} />
          </Flex>
        ),
      }))}
    />
  );
}

/** Nguồn gốc: the units this one came from, and those it became (merge, split). */
export function UnitLineageTab({ unit }: { unit: UnitDetail }) {
  const lineage = useUnitLineage(unit.id);
  if (lineage.isPending) return <PageLoading />;
  if (lineage.isError) {
    return <QueryError error={lineage.error} onRetry={() => void lineage.refetch()} />;
  }
  return (
    <Flex vertical gap={16}>
      <section>
        <Typography.Title level={5}>{t.units.predecessors}</Typography.Title>
        <LineageList links={lineage.data.predecessors} empty={t.units.noPredecessors} />
      </section>
      <section>
        <Typography.Title level={5}>{t.units.successors}</Typography.Title>
        <LineageList links={lineage.data.successors} empty={t.units.noSuccessors} />
      </section>
    </Flex>
  );
}

/** Đơn vị tương ứng: the same body in another hierarchy (a sở and its chi bộ…). */
export function UnitCounterpartsTab({ unit, canManage }: { unit: UnitDetail; canManage: boolean }) {
  const counterparts = useUnitCounterparts(unit.id);
  const unlink = useUnlinkUnits();
  const confirm = useConfirm();
  const onError = useApiErrorHandler();
  const { message } = App.useApp();
  const [linking, setLinking] = useState(false);

  const askUnlink = async (linkId: string, other: string) => {
    const ok = await confirm({
      title: t.units.unlinkConfirm(unit.name, other),
      content: t.units.unlinkConfirmText,
      okText: t.units.unlink,
    });
    if (!ok) return;
    unlink.mutate(linkId, {
      onSuccess: () => void message.success(t.units.unlinked),
      onError: (error) => onError(error),
    });
  };

  return (
    <>
      <Flex justify="space-between" align="flex-start" gap={12} style={{ marginBottom: 12 }}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t.units.counterpartsHelp}
        </Typography.Paragraph>
        {canManage && (
          <Button icon={<LinkOutlined />} onClick={() => setLinking(true)}>
            {t.units.link}
          </Button>
        )}
      </Flex>
      {counterparts.isError && (
        <QueryError error={counterparts.error} onRetry={() => void counterparts.refetch()} />
      )}
      {counterparts.isPending ? (
        <PageLoading />
      ) : counterparts.data && counterparts.data.length === 0 ? (
        emptyState(t.units.counterpartsEmpty)
      ) : (
        <ItemList
          bordered
          items={(counterparts.data ?? []).map((link) => ({
            key: link.id,
            content: (
              <>
                <Link to={unitPath(link.counterpart.id)}>{link.counterpart.name}</Link>{' '}
                <Tag>{t.units.trees[link.counterpart.tree]}</Tag>
                {link.counterpart.status !== 'ACTIVE' && (
                  <UnitStatusTag status={link.counterpart.status} />
                )}
                {link.note && (
                  <>
                    <br />
                    <Typography.Text type="secondary">{link.note}</Typography.Text>
                  </>
                )}
              </>
            ),
            actions: canManage ? (
              <Button
                danger
                icon={<DisconnectOutlined />}
                loading={unlink.isPending && unlink.variables === link.id}
                onClick={() => void askUnlink(link.id, link.counterpart.name)}
              >
                {t.units.unlink}
              </Button>
            ) : undefined,
          }))}
        />
      )}
      {canManage && <LinkUnitModal unit={unit} open={linking} onClose={() => setLinking(false)} />}
    </>
  );
}
