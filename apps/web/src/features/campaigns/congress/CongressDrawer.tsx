import { CheckCircleOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { CONGRESS_LIMITS as L } from '@thidua/shared-domain';
import {
  CalendarDateText,
  PageLoading,
  TextOrNone,
  useConfirm,
  useDebouncedValue,
} from '@thidua/web-ui';
import {
  congressDelegatesExportPath,
  useCongress,
  useCongressActions,
  usePeople,
  type CongressBalanceLine,
  type CongressDelegateItem,
  type CongressDetail,
} from '@thidua/web-data-access';
import {
  Alert,
  App,
  Button,
  Checkbox,
  Descriptions,
  Drawer,
  Flex,
  Form,
  Input,
  Select,
  Space,
  Switch,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';

import { t } from '../../../i18n';
import { ExportButton } from '../../../shared/components/ExportButton';
import { QueryError } from '../../../shared/components/QueryError';
import { blankToNull, requiredChoice } from '../../../shared/forms/rules';
import { useApiErrorHandler } from '../../../shared/hooks/useApiErrorHandler';
import { HoldCongressModal } from './HoldCongressModal';
import { congressMessages as m } from './messages';

/** A person of the host unit (and the units below it), found by what the user types. */
function HostPersonSelect({
  id,
  value,
  onChange,
  unitId,
  exclude,
}: {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  unitId: string;
  exclude: ReadonlySet<string>;
}) {
  const [search, setSearch] = useState('');
  const debounced = useDebouncedValue(search.trim());
  const people = usePeople({ first: 20, search: debounced, unitId });
  return (
    <Select
      id={id}
      allowClear
      value={value}
      onChange={onChange}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={people.isFetching}
      placeholder={m.personPlaceholder}
      notFoundContent={people.isFetching ? undefined : m.personNone}
      options={(people.data?.nodes ?? [])
        .filter((p) => !exclude.has(p.id))
        .map((p) => ({
          value: p.id,
          label: p.code ? `${p.fullName} (${p.code})` : p.fullName,
        }))}
    />
  );
}

interface DelegateValues {
  personId?: string;
  sector?: string;
  directWorker?: boolean;
}

/** Adds one delegate picked among the host unit's people, with the sector represented. */
function AddDelegateForm({ congress }: { congress: CongressDetail }) {
  const [form] = Form.useForm<DelegateValues>();
  const actions = useCongressActions();
  const onError = useApiErrorHandler();
  const { message } = App.useApp();
  const listed = new Set(congress.delegates.edges.map((e) => e.node.personId));
  return (
    <Form<DelegateValues>
      form={form}
      layout="inline"
      initialValues={{ directWorker: false }}
      onFinish={(values) =>
        actions.setDelegates.mutate(
          {
            id: congress.id,
            version: congress.version,
            add: [
              {
                personId: values.personId ?? '',
                sector: blankToNull(values.sector),
                directWorker: values.directWorker ?? false,
              },
            ],
            remove: [],
          },
          {
            onSuccess: () => {
              void message.success(m.delegateAdded);
              form.resetFields();
            },
            onError: (error) => onError(error, form),
          },
        )
      }
      style={{ rowGap: 8 }}
    >
      <Form.Item
        name="personId"
        label={m.person}
        rules={[requiredChoice(m.personWhat)]}
        style={{ minWidth: 280 }}
      >
        <HostPersonSelect unitId={congress.hostUnit.id} exclude={listed} />
      </Form.Item>
      <Form.Item name="sector" label={m.sector}>
        <Input maxLength={L.sector} style={{ width: 180 }} />
      </Form.Item>
      <Form.Item name="directWorker" valuePropName="checked">
        <Checkbox>{m.directWorker}</Checkbox>
      </Form.Item>
      <Button htmlType="submit" icon={<PlusOutlined />} loading={actions.setDelegates.isPending}>
        {m.addDelegate}
      </Button>
    </Form>
  );
}

/** The balance report: one line per requirement, with the API's explanation and met / unmet. */
function BalanceReport({
  congress,
  includeFromBelow,
  setIncludeFromBelow,
}: {
  congress: CongressDetail;
  includeFromBelow: boolean;
  setIncludeFromBelow: (on: boolean) => void;
}) {
  const b = congress.balance;
  return (
    <Flex vertical gap={12}>
      <Space>
        <Switch
          checked={includeFromBelow}
          onChange={setIncludeFromBelow}
          aria-label={m.includeFromBelow}
        />
        <span>{m.includeFromBelow}</span>
      </Space>
      {b.lines.length === 0 ? (
        <Typography.Text type="secondary">{m.balanceNoRequirements}</Typography.Text>
      ) : (
        <>
          <Alert
            type={b.met ? 'success' : 'warning'}
            showIcon
            title={b.met ? m.balanceAllMet : m.balanceSomeUnmet}
            description={b.summary}
          />
          <ul
            className="congress-balance"
            style={{ margin: 0, paddingInlineStart: 0, listStyle: 'none' }}
          >
            {b.lines.map((line: CongressBalanceLine, i) => (
              <li key={`${line.criterion}-${line.sector ?? i}`} style={{ padding: '6px 0' }}>
                <Space align="start">
                  <Tag color={line.met ? 'green' : 'red'}>
                    {line.met ? m.balanceMet : m.balanceUnmet}
                  </Tag>
                  <span>{line.explanation}</span>
                </Space>
              </li>
            ))}
          </ul>
          <Typography.Text type="secondary">
            {m.balanceOnDate}: <CalendarDateText value={b.onDate} />
          </Typography.Text>
        </>
      )}
    </Flex>
  );
}

/**
 * One congress: what it is, its delegates (add from the host unit's people, remove, mark who goes to
 * the congress above), the balance against its requirements, the delegates sent from below, and both
 * lists as Excel. Changing anything needs `canManage` (CAMPAIGN_MANAGE at the host unit).
 */
export function CongressDrawer({
  congressId,
  onClose,
}: {
  congressId: string;
  onClose: () => void;
}) {
  const [includeFromBelow, setIncludeFromBelow] = useState(false);
  const query = useCongress(congressId, includeFromBelow);
  const congress = query.data;
  return (
    <Drawer open size={920} title={congress?.name ?? m.tab} onClose={onClose} destroyOnHidden>
      {query.isPending && <PageLoading />}
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      {congress && (
        <CongressBody
          congress={congress}
          includeFromBelow={includeFromBelow}
          setIncludeFromBelow={setIncludeFromBelow}
          reload={() => query.refetch()}
        />
      )}
    </Drawer>
  );
}

function CongressBody({
  congress,
  includeFromBelow,
  setIncludeFromBelow,
  reload,
}: {
  congress: CongressDetail;
  includeFromBelow: boolean;
  setIncludeFromBelow: (on: boolean) => void;
  reload: () => Promise<unknown>;
}) {
  const actions = useCongressActions();
  const confirm = useConfirm();
  const onError = useApiErrorHandler();
  const { message } = App.useApp();
  const [selected, setSelected] = useState<string[]>([]);
  const [holding, setHolding] = useState(false);
  const delegates = congress.delegates.edges.map((e) => e.node);
  const fromBelow = congress.delegatesFromBelow.edges.map((e) => e.node);
  const canManage = congress.canManage;
  // delegates change only before it is held; who goes up may be marked after too (the API's rule)
  const canEditList = canManage && congress.status === 'PLANNED';
  const ref = { id: congress.id, version: congress.version };

  const mark = async (toUpper: boolean) => {
    const ok = await confirm({
      title: toUpper ? m.markConfirm(selected.length) : m.unmarkConfirm(selected.length),
      okText: t.ui.confirmOk,
      danger: !toUpper,
    });
    if (!ok) return;
    actions.markToUpper.mutate(
      { ...ref, personIds: selected, toUpper },
      {
        onSuccess: () => {
          setSelected([]);
          void message.success(m.marked);
        },
        onError: (error) => onError(error),
      },
    );
  };

  const removeDelegate = async (d: CongressDelegateItem) => {
    const ok = await confirm({
      title: m.removeDelegateConfirm(d.fullName),
      okText: m.removeDelegate,
    });
    if (!ok) return;
    actions.setDelegates.mutate(
      { ...ref, add: [], remove: [d.personId] },
      {
        onSuccess: () => void message.success(m.delegateRemoved),
        onError: (error) => onError(error),
      },
    );
  };

  const columns = [
    {
      key: 'position',
      title: '#',
      width: 50,
      render: (_: unknown, d: CongressDelegateItem) => d.position,
    },
    {
      key: 'fullName',
      title: m.fullName,
      render: (_: unknown, d: CongressDelegateItem) => d.fullName,
    },
    {
      key: 'title',
      title: m.title,
      render: (_: unknown, d: CongressDelegateItem) => <TextOrNone value={d.title} />,
    },
    {
      key: 'unit',
      title: m.unit,
      render: (_: unknown, d: CongressDelegateItem) => <TextOrNone value={d.unit?.name} />,
    },
    {
      key: 'sector',
      title: m.sector,
      render: (_: unknown, d: CongressDelegateItem) => <TextOrNone value={d.sector} />,
    },
  ];

  return (
    <Flex vertical gap={16}>
      {canEditList && (
        <Flex justify="flex-end">
          <Button type="primary" icon={<CheckCircleOutlined />} onClick={() => setHolding(true)}>
            {m.hold}
          </Button>
        </Flex>
      )}
      {holding && (
        <HoldCongressModal congress={congress} onClose={() => setHolding(false)} reload={reload} />
      )}
      <Descriptions
        size="small"
        column={2}
        items={[
          { key: 'level', label: m.level, children: m.levels[congress.level] },
          { key: 'form', label: m.form, children: m.forms[congress.form] },
          { key: 'host', label: m.hostUnit, children: congress.hostUnit.name },
          { key: 'window', label: m.window, children: congress.windowLabel },
          {
            key: 'status',
            label: m.status,
            children: (
              <Tag color={congress.status === 'HELD' ? 'green' : 'blue'}>
                {m.statuses[congress.status]}
              </Tag>
            ),
          },
          {
            key: 'delegates',
            label: m.delegates,
            children: m.delegateCount(congress.delegateCount, congress.delegateTarget),
          },
          ...(congress.heldOn
            ? [
                {
                  key: 'heldOn',
                  label: m.heldOn,
                  children: <CalendarDateText value={congress.heldOn} />,
                },
              ]
            : []),
          { key: 'venue', label: m.venue, children: <TextOrNone value={congress.venue} /> },
          {
            key: 'upper',
            label: m.upperCongress,
            children: <TextOrNone value={congress.upperCongress?.name} />,
          },
        ]}
      />
      <Tabs
        items={[
          {
            key: 'delegates',
            label: m.delegatesTab(congress.delegates.totalCount),
            children: (
              <Flex vertical gap={12}>
                {canEditList && <AddDelegateForm congress={congress} />}
                <Space wrap>
                  {canManage && (
                    <>
                      <Button
                        disabled={!selected.length}
                        loading={actions.markToUpper.isPending}
                        onClick={() => void mark(true)}
                      >
                        {m.markToUpper(selected.length)}
                      </Button>
                      <Button disabled={!selected.length} onClick={() => void mark(false)}>
                        {m.unmarkToUpper(selected.length)}
                      </Button>
                    </>
                  )}
                  <ExportButton
                    path={congressDelegatesExportPath(congress.id)}
                    fallbackName="dai-bieu.xlsx"
                    label={m.exportDelegates}
                  />
                </Space>
                <Table<CongressDelegateItem>
                  rowKey="personId"
                  size="small"
                  pagination={false}
                  dataSource={delegates}
                  locale={{ emptyText: m.delegatesEmpty }}
                  rowSelection={
                    canManage
                      ? {
                          selectedRowKeys: selected,
                          onChange: (keys) => setSelected(keys.map(String)),
                          getCheckboxProps: (d) => ({ 'aria-label': d.fullName }),
                        }
                      : undefined
                  }
                  columns={[
                    ...columns,
                    {
                      key: 'toUpper',
                      title: m.toUpper,
                      width: 130,
                      render: (_, d) => (d.toUpper ? <Tag color="blue">{m.toUpper}</Tag> : null),
                    },
                    ...(canEditList
                      ? [
                          {
                            key: 'actions',
                            title: t.common.actions,
                            width: 80,
                            render: (_: unknown, d: CongressDelegateItem) => (
                              <Button
                                size="small"
                                danger
                                type="text"
                                icon={<DeleteOutlined />}
                                aria-label={`${m.removeDelegate}: ${d.fullName}`}
                                onClick={() => void removeDelegate(d)}
                              />
                            ),
                          },
                        ]
                      : []),
                  ]}
                />
                {congress.delegates.totalCount > delegates.length && (
                  <Typography.Text type="secondary">
                    {m.moreRows(delegates.length, congress.delegates.totalCount)}
                  </Typography.Text>
                )}
              </Flex>
            ),
          },
          {
            key: 'balance',
            label: m.balanceTab,
            children: (
              <BalanceReport
                congress={congress}
                includeFromBelow={includeFromBelow}
                setIncludeFromBelow={setIncludeFromBelow}
              />
            ),
          },
          {
            key: 'fromBelow',
            label: m.fromBelowTab(congress.delegatesFromBelow.totalCount),
            children: (
              <Flex vertical gap={12}>
                <ExportButton
                  path={congressDelegatesExportPath(congress.id, true)}
                  fallbackName="dai-bieu-cap-duoi.xlsx"
                  label={m.exportFromBelow}
                />
                <Table<CongressDelegateItem>
                  rowKey="id"
                  size="small"
                  pagination={false}
                  dataSource={fromBelow}
                  locale={{ emptyText: m.fromBelowEmpty }}
                  columns={[
                    ...columns.slice(1),
                    {
                      key: 'congress',
                      title: m.fromCongress,
                      render: (_, d) => d.congress.name,
                    },
                  ]}
                />
                {congress.delegatesFromBelow.totalCount > fromBelow.length && (
                  <Typography.Text type="secondary">
                    {m.moreRows(fromBelow.length, congress.delegatesFromBelow.totalCount)}
                  </Typography.Text>
                )}
              </Flex>
            ),
          },
        ]}
      />
    </Flex>
  );
}
