import {
  DeleteOutlined,
  EditOutlined,
  LeftOutlined,
  PlusOutlined,
  RightOutlined,
  ThunderboltOutlined,
} from '@ant-design/icons';
import {
  CALENDAR_YEAR_MAX,
  CALENDAR_YEAR_MIN,
  isoToVn,
  todayInVietnam,
} from '@thidua/shared-domain';
import { DataTable, PageHeader, useConfirm } from '@thidua/web-ui';
import {
  useDeleteCalendarDay,
  useWorkingCalendar,
  useWorkingCalendarYears,
  type CalendarDayItem,
} from '@thidua/web-data-access';
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Flex,
  Select,
  Space,
  Tag,
  Tooltip,
  Typography,
  type TableColumnType,
} from 'antd';
import { useMemo, useState } from 'react';

import { t } from '../../../i18n';
import { QueryError } from '../../../shared/components/QueryError';
import { useApiErrorHandler } from '../../../shared/hooks/useApiErrorHandler';
import { useDocumentTitle } from '../../../shared/hooks/useDocumentTitle';
import { CalendarDayFormDrawer } from '../components/CalendarDayFormDrawer';
import { GenerateYearModal } from '../components/GenerateYearModal';

type DrawerState = { open: false } | { open: true; day: CalendarDayItem | null };

/** Column widths in px: the basis is the long text ("Bộ luật Lao động 2019, Điều 112…"). */
const COLUMN_WIDTHS = { date: 120, weekday: 100, kind: 130, name: 260, note: 380, source: 150 };
const ACTIONS_WIDTH = 110;

/**
 * "Lịch ngày làm việc" (ADR 0016): a year's days off and make-up days, month by month. Everyone signed
 * in reads it (the deadlines it gives are everyone's); a global CALENDAR_MANAGE holder (the API says so
 * in `canManage`) adds, edits, deletes days and creates a year from the rules.
 */
export function WorkingCalendarPage() {
  useDocumentTitle(t.calendar.pageTitle);
  const [year, setYear] = useState(() => Number(todayInVietnam().slice(0, 4)));
  const years = useWorkingCalendarYears();
  const calendar = useWorkingCalendar(year);
  const [drawer, setDrawer] = useState<DrawerState>({ open: false });
  const [generating, setGenerating] = useState(false);
  const remove = useDeleteCalendarDay();
  const confirm = useConfirm();
  const onError = useApiErrorHandler();
  const { message } = App.useApp();
  const view = calendar.data;
  const canManage = view?.canManage ?? false;

  // the years that have a calendar, and the ones either side of the shown year (to create one)
  const yearOptions = useMemo(() => {
    const all = new Set((years.data ?? []).map((y) => y.year));
    for (const y of [year - 1, year, year + 1]) all.add(y);
    return [...all]
      .filter((y) => y >= CALENDAR_YEAR_MIN && y <= CALENDAR_YEAR_MAX)
      .sort((a, b) => a - b)
      .map((y) => ({ value: y, label: String(y) }));
  }, [years.data, year]);

  const askDelete = async (day: CalendarDayItem) => {
    const ok = await confirm({
      title: t.calendar.deleteConfirmTitle(isoToVn(day.date), day.name),
      content: t.calendar.deleteConfirmText,
      okText: t.common.delete,
    });
    if (!ok) return;
    remove.mutate(
      { id: day.id, version: day.version },
      {
        onSuccess: () => void message.success(t.calendar.deleted),
        onError: (error) => onError(error),
      },
    );
  };

  const columns: (TableColumnType<CalendarDayItem> & { width: number })[] = [
    {
      key: 'date',
      title: t.calendar.columns.date,
      width: COLUMN_WIDTHS.date,
      render: (_, day) => isoToVn(day.date),
    },
    {
      key: 'weekday',
      title: t.calendar.columns.weekday,
      width: COLUMN_WIDTHS.weekday,
      dataIndex: 'weekday',
    },
    {
      key: 'kind',
      title: t.calendar.columns.kind,
      width: COLUMN_WIDTHS.kind,
      render: (_, day) => (
        <Tag color={day.kind === 'DAY_OFF' ? 'red' : 'blue'}>{t.calendar.kinds[day.kind]}</Tag>
      ),
    },
    {
      key: 'name',
      title: t.calendar.columns.name,
      width: COLUMN_WIDTHS.name,
      render: (_, day) => (
        <Space size={4} wrap>
          <Typography.Text strong>{day.name}</Typography.Text>
          {day.provisional && (
            <Tooltip title={t.calendar.provisionalHelp}>
              <Tag color="orange">{t.calendar.provisional}</Tag>
            </Tooltip>
          )}
        </Space>
      ),
    },
    {
      key: 'note',
      title: t.calendar.columns.note,
      width: COLUMN_WIDTHS.note,
      render: (_, day) => (
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {day.note}
        </Typography.Text>
      ),
    },
    {
      key: 'source',
      title: t.calendar.columns.source,
      width: COLUMN_WIDTHS.source,
      render: (_, day) => <Tag>{t.calendar.sources[day.source]}</Tag>,
    },
    ...(canManage
      ? [
          {
            key: 'actions',
            title: t.common.actions,
            width: ACTIONS_WIDTH,
            render: (_: unknown, day: CalendarDayItem) => (
              <Space size={4}>
                <Tooltip title={t.common.edit}>
                  <Button
                    icon={<EditOutlined />}
                    aria-label={t.calendar.editLabel(isoToVn(day.date))}
                    onClick={() => setDrawer({ open: true, day })}
                  />
                </Tooltip>
                <Tooltip title={t.common.delete}>
                  <Button
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t.calendar.deleteLabel(isoToVn(day.date))}
                    onClick={() => void askDelete(day)}
                  />
                </Tooltip>
              </Space>
            ),
          },
        ]
      : []),
  ];

  // one table per month that has days, in order
  const months = useMemo(() => {
    const byMonth = new Map<number, CalendarDayItem[]>();
    for (const day of view?.days ?? []) {
      const m = Number(day.date.slice(5, 7));
      byMonth.set(m, [...(byMonth.get(m) ?? []), day]);
    }
    return [...byMonth.entries()].sort(([a], [b]) => a - b);
  }, [view]);

  const daysOff = view?.days.filter((d) => d.kind === 'DAY_OFF').length ?? 0;
  const worked = (view?.days.length ?? 0) - daysOff;

  return (
    <>
      <PageHeader
        title={t.calendar.pageTitle}
        subtitle={t.calendar.subtitle}
        breadcrumb={[t.nav.admin]}
        extra={
          canManage &&
          view?.defined && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setDrawer({ open: true, day: null })}
            >
              {t.calendar.add}
            </Button>
          )
        }
      />
      <Card>
        <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
          <Button
            icon={<LeftOutlined />}
            aria-label={t.calendar.previousYear}
            disabled={year <= CALENDAR_YEAR_MIN}
            onClick={() => setYear(year - 1)}
          />
          <Select<number>
            aria-label={t.calendar.year}
            value={year}
            onChange={setYear}
            options={yearOptions}
            style={{ width: 110 }}
          />
          <Button
            icon={<RightOutlined />}
            aria-label={t.calendar.nextYear}
            disabled={year >= CALENDAR_YEAR_MAX}
            onClick={() => setYear(year + 1)}
          />
          {view?.defined && (
            <Typography.Text type="secondary">
              {t.calendar.summary(view.workingDayCount, daysOff, worked)}
              {view.source && ` · ${t.calendar.yearSources[view.source]}`}
            </Typography.Text>
          )}
          {view && view.provisionalCount > 0 && (
            <Tag color="orange">{t.calendar.provisionalSummary(view.provisionalCount)}</Tag>
          )}
        </Flex>
        {calendar.isError && (
          <QueryError error={calendar.error} onRetry={() => void calendar.refetch()} />
        )}
        {view?.defined && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title={t.calendar.editableNotice}
            description={view.note}
          />
        )}
        {view && !view.defined && (
          <Empty
            description={
              <>
                <Typography.Paragraph strong>
                  {t.calendar.undefinedTitle(year)}
                </Typography.Paragraph>
                <Typography.Paragraph type="secondary">
                  {t.calendar.undefinedText} {!canManage && t.calendar.undefinedAsk}
                </Typography.Paragraph>
              </>
            }
          >
            {canManage && (
              <Button
                type="primary"
                icon={<ThunderboltOutlined />}
                onClick={() => setGenerating(true)}
              >
                {t.calendar.generate}
              </Button>
            )}
          </Empty>
        )}
        {view?.defined && months.length === 0 && <Empty description={t.calendar.empty} />}
        {months.map(([month, days]) => (
          <section key={month} aria-label={t.calendar.month(month)} style={{ marginBottom: 16 }}>
            <Typography.Title level={5}>{t.calendar.month(month)}</Typography.Title>
            <DataTable<CalendarDayItem>
              rowKey="id"
              rows={days}
              loading={calendar.isFetching && !calendar.isPending}
              tableLayout="fixed"
              scroll={{ x: columns.reduce((sum, column) => sum + column.width, 0) }}
              columns={columns}
            />
          </section>
        ))}
      </Card>
      <CalendarDayFormDrawer
        open={drawer.open}
        year={year}
        day={drawer.open ? drawer.day : null}
        onClose={() => setDrawer({ open: false })}
      />
      <GenerateYearModal year={year} open={generating} onClose={() => setGenerating(false)} />
    </>
  );
}
