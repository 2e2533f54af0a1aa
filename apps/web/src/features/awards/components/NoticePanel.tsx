import { DataTable, DateTimeText, useConfirm } from '@thidua/web-ui';
import {
  connectionTable,
  hasErrorCode,
  useAwardNoticeComments,
  useAwardNoticePanel,
  useCloseAwardNotice,
  useExtendAwardNotice,
  useHandleNoticeComment,
  useNoticeEndDate,
  usePublishAwardNotice,
  type AwardDossierDetail,
  type AwardNoticeDetail,
  type NoticeCommentItem,
  type NoticeOutcome,
} from '@thidua/web-data-access';
import { noticeCountsLine, type NoticeCommentKind } from '@thidua/shared-domain';
import {
  Alert,
  App,
  Button,
  Descriptions,
  Flex,
  Form,
  Input,
  Modal,
  Radio,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';

import { t } from '../../../i18n';
import { IsoDatePicker } from '../../../shared/components/IsoDatePicker';
import { QueryError } from '../../../shared/components/QueryError';
import { formatIsoDate, today } from '../../../shared/dates';
import { errorMessage } from '../../../shared/errors';
import { useGuardedClose } from '../../../shared/forms/discardGuard';
import { blankToNull, required, requiredChoice } from '../../../shared/forms/rules';
import { useApiErrorHandler } from '../../../shared/hooks/useApiErrorHandler';
import { noticeMessages as m } from '../messages';

const PHASE_COLORS: Record<string, string> = {
  SCHEDULED: 'blue',
  RUNNING: 'processing',
  ENDED: 'gold',
  CLOSED: 'default',
};

const OUTCOME_COLORS: Record<string, string> = {
  ACCEPTED: 'orange',
  REJECTED: 'default',
  NOTED: 'blue',
};

/** Where a notice stands today, in words with its colour (never the colour alone). */
function NoticePhaseTag({ phase }: { phase: string }) {
  return <Tag color={PHASE_COLORS[phase] ?? 'default'}>{m.phases[phase] ?? phase}</Tag>;
}

/** "02 góp ý, 01 khiếu nại" from the API's counts by kind. */
export function countsLine(counts: readonly { kind: string; count: number }[]): string {
  const byKind: Record<NoticeCommentKind, number> = { GOP_Y: 0, KHIEU_NAI: 0, TO_CAO: 0 };
  for (const c of counts) if (c.kind in byKind) byKind[c.kind as NoticeCommentKind] = c.count;
  return noticeCountsLine(byKind);
}

/**
 * Công khai danh sách on the dossier page (ADR 0021): what the rules of the nominees ask, the notice
 * with its period and link to the public page, extend and close, and the comments with their
 * handling. The API decides (`canManage`, the dossier's `canEdit`); the send itself says why it is
 * refused while the notice runs or a comment waits.
 */
export function NoticePanel({ dossier }: { dossier: AwardDossierDetail }) {
  const panel = useAwardNoticePanel(dossier.id, dossier.version);
  const [dialog, setDialog] = useState<'publish' | 'extend' | null>(null);

  if (panel.isPending) return <Typography.Paragraph>{t.ui.loading}</Typography.Paragraph>;
  if (panel.isError) return <QueryError error={panel.error} onRetry={() => void panel.refetch()} />;
  const { requirement, notice } = panel.data;
  const canPublish =
    dossier.canEdit &&
    dossier.nominees.length > 0 &&
    (!notice || notice.phase === 'ENDED' || notice.phase === 'CLOSED');

  return (
    <Flex vertical gap={12}>
      {requirement.required ? (
        <Alert
          type={notice ? 'info' : 'warning'}
          showIcon
          title={m.requiredNotice(requirement.workingDays, requirement.nominees)}
          description={requirement.articles.length ? m.basis(requirement.articles) : undefined}
        />
      ) : (
        !notice && <Alert type="info" showIcon title={m.voluntaryNotice} />
      )}
      {notice && (
        <NoticeSummary dossier={dossier} notice={notice} onExtend={() => setDialog('extend')} />
      )}
      {canPublish && (
        <div>
          <Button type={notice ? 'default' : 'primary'} onClick={() => setDialog('publish')}>
            {notice ? m.publishAgain : m.publish}
          </Button>
        </div>
      )}
      {dossier.canEdit && dossier.nominees.length === 0 && !notice && (
        <Typography.Text type="secondary">{m.noNominees}</Typography.Text>
      )}
      {notice && <CommentsTable dossier={dossier} notice={notice} />}
      {dialog === 'publish' && (
        <PublishNoticeModal
          dossierId={dossier.id}
          workingDays={requirement.workingDays}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'extend' && notice && (
        <ExtendNoticeModal notice={notice} onClose={() => setDialog(null)} />
      )}
    </Flex>
  );
}

function NoticeSummary({
  dossier,
  notice,
  onExtend,
}: {
  dossier: AwardDossierDetail;
  notice: AwardNoticeDetail;
  onExtend: () => void;
}) {
  const confirm = useConfirm();
  const { message, notification } = App.useApp();
  const close = useCloseAwardNotice(dossier.id);
  const running = notice.phase === 'RUNNING' || notice.phase === 'SCHEDULED';
  // a notice the rules ask for runs its whole period (the API refuses an earlier end)
  const closable = notice.status === 'OPEN' && (!notice.required || notice.phase === 'ENDED');

  const closeNotice = async () => {
    const ok = await confirm({ title: m.closeTitle, content: m.closeText, okText: m.close });
    if (!ok) return;
    close.mutate(
      { id: notice.id, version: notice.version },
      {
        onSuccess: () => void message.success(m.closed),
        onError: (error) =>
          notification.error({ title: m.close, description: errorMessage(error) }),
      },
    );
  };

  return (
    <>
      <Descriptions
        column={{ xs: 1, md: 2 }}
        size="small"
        items={[
          { key: 'status', label: m.status, children: <NoticePhaseTag phase={notice.phase} /> },
          {
            key: 'period',
            label: m.period,
            children: m.periodText(
              formatIsoDate(notice.startsOn),
              formatIsoDate(notice.endsOn),
              notice.workingDays,
            ),
          },
          {
            key: 'by',
            label: m.publishedBy,
            children: (
              <>
                {notice.publishedByName} · <DateTimeText value={notice.publishedAt} />
              </>
            ),
          },
          ...(notice.closedAt
            ? [
                {
                  key: 'closed',
                  label: m.closedBy,
                  children: (
                    <>
                      {notice.closedByName} · <DateTimeText value={notice.closedAt} />
                    </>
                  ),
                },
              ]
            : []),
          {
            key: 'list',
            label: m.publicLink,
            children: running ? (
              <Link to={notice.publicPath} target="_blank" rel="noopener">
                {m.openPublic}
              </Link>
            ) : (
              m.nomineesPublished(notice.nominees.length)
            ),
          },
          {
            key: 'counts',
            label: m.countsTitle,
            children: (
              <Space size={4} wrap>
                <span>{countsLine(notice.counts)}</span>
                {notice.unhandledCount > 0 ? (
                  <Tag color="warning">{m.unhandled(notice.unhandledCount)}</Tag>
                ) : null}
              </Space>
            ),
          },
        ]}
      />
      {running && dossier.canEdit && (
        <Alert type="warning" showIcon title={m.runningWarning(formatIsoDate(notice.endsOn))} />
      )}
      {!running && notice.unhandledCount > 0 && dossier.canEdit && (
        <Alert type="warning" showIcon title={m.unhandledWarning} />
      )}
      {notice.canManage && (running || closable) && (
        <Space wrap>
          {running && <Button onClick={onExtend}>{m.extend}</Button>}
          {closable && (
            <Button danger loading={close.isPending} onClick={() => void closeNotice()}>
              {m.close}
            </Button>
          )}
        </Space>
      )}
    </>
  );
}

function CommentsTable({
  dossier,
  notice,
}: {
  dossier: AwardDossierDetail;
  notice: AwardNoticeDetail;
}) {
  const [pageSize, setPageSize] = useState(20);
  const comments = useAwardNoticeComments(dossier.id, pageSize);
  const [handling, setHandling] = useState<NoticeCommentItem | null>(null);
  const canHandle = notice.canManage && dossier.canEdit;

  return (
    <section aria-label={m.commentsTitle}>
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {m.commentsTitle}
      </Typography.Title>
      <DataTable<NoticeCommentItem>
        rowKey="id"
        {...connectionTable(comments)}
        pageSize={pageSize}
        onPageSizeChange={setPageSize}
        emptyText={m.noComments}
        columns={[
          {
            key: 'receivedAt',
            title: m.receivedAt,
            width: 150,
            render: (_, c) => <DateTimeText value={c.receivedAt} />,
          },
          {
            key: 'kind',
            title: m.kind,
            width: 110,
            render: (_, c) => (
              <Tag color={c.kind === 'GOP_Y' ? 'default' : 'volcano'}>
                {m.kinds[c.kind] ?? c.kind}
              </Tag>
            ),
          },
          {
            key: 'about',
            title: m.about,
            width: 180,
            render: (_, c) => c.nomineeLabel ?? m.wholeList,
          },
          {
            key: 'text',
            title: m.text,
            render: (_, c) => (
              <Typography.Paragraph style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}>
                {c.text}
              </Typography.Paragraph>
            ),
          },
          ...(notice.canManage
            ? [
                {
                  key: 'author',
                  title: m.author,
                  width: 180,
                  render: (_: unknown, c: NoticeCommentItem) =>
                    c.authorName || c.contact ? (
                      <>
                        {c.authorName}
                        {c.contact && (
                          <Typography.Text type="secondary" style={{ display: 'block' }}>
                            {c.contact}
                          </Typography.Text>
                        )}
                      </>
                    ) : (
                      <Typography.Text type="secondary">{m.anonymous}</Typography.Text>
                    ),
                },
              ]
            : []),
          {
            key: 'handling',
            title: m.handlingColumn,
            width: 240,
            render: (_, c) =>
              c.outcome ? (
                <>
                  <Tag color={OUTCOME_COLORS[c.outcome] ?? 'default'}>
                    {m.outcomes[c.outcome] ?? c.outcome}
                  </Tag>
                  <Typography.Text style={{ display: 'block' }}>{c.handling}</Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {c.handledByName}
                  </Typography.Text>
                </>
              ) : (
                <Tag color="warning">{m.notHandled}</Tag>
              ),
          },
          ...(canHandle
            ? [
                {
                  key: 'actions',
                  title: t.common.actions,
                  width: 150,
                  render: (_: unknown, c: NoticeCommentItem) => (
                    <Button size="small" onClick={() => setHandling(c)}>
                      {c.outcome ? m.handleAgain : m.handle}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {handling && (
        <HandleCommentModal
          dossierId={dossier.id}
          comment={handling}
          onClose={() => setHandling(null)}
        />
      )}
    </section>
  );
}

interface PublishValues {
  startsOn: string;
  endsOn?: string | null;
  title?: string;
}

/**
 * Publishing: the first day (today by default), the last day the rules give on the working-day
 * calendar (shown as it is computed; a later one may be chosen), an optional title. The API checks
 * the same again and answers under the field.
 */
function PublishNoticeModal({
  dossierId,
  workingDays,
  onClose,
}: {
  dossierId: string;
  workingDays: number;
  onClose: () => void;
}) {
  const [form] = Form.useForm<PublishValues>();
  const close = useGuardedClose(form, onClose);
  const onError = useApiErrorHandler();
  const { message } = App.useApp();
  const publish = usePublishAwardNotice(dossierId);
  const startsOn = Form.useWatch('startsOn', form) ?? today();
  const end = useNoticeEndDate(startsOn, workingDays);
  const missing = end.data?.missingYears ?? [];

  return (
    <Modal
      open
      title={m.publishTitle}
      okText={m.publish}
      cancelText={t.common.cancel}
      onCancel={close}
      onOk={() => form.submit()}
      confirmLoading={publish.isPending}
      destroyOnHidden
      width={640}
    >
      <Typography.Paragraph>{m.publishIntro}</Typography.Paragraph>
      <Form<PublishValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ startsOn: today(), endsOn: null }}
        onFinish={(values) =>
          publish.mutate(
            {
              dossierId,
              startsOn: values.startsOn,
              endsOn: values.endsOn ?? null,
              title: blankToNull(values.title),
            },
            {
              onSuccess: () => {
                void message.success(m.published);
                onClose();
              },
              onError: (error) => onError(error, form),
            },
          )
        }
      >
        <Form.Item
          name="startsOn"
          label={m.startsOn}
          rules={[requiredChoice(m.startsOn.toLowerCase())]}
        >
          <IsoDatePicker min={today()} allowClear={false} />
        </Form.Item>
        <Form.Item
          name="endsOn"
          label={m.endsOn}
          extra={
            missing.length
              ? m.endsOnMissingYear(missing.join(', '))
              : end.data
                ? m.endsOnHelp(formatIsoDate(end.data.date), workingDays)
                : end.isError
                  ? // the API's own words (a start beyond the calendar, a session ended), not "computing…"
                    errorMessage(end.error)
                  : m.endsOnComputing
          }
        >
          <IsoDatePicker
            min={end.data?.date}
            placeholder={end.data ? formatIsoDate(end.data.date) : undefined}
          />
        </Form.Item>
        <Form.Item name="title" label={m.titleLabel}>
          <Input maxLength={m.limits.title} placeholder={m.titlePlaceholder} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ExtendNoticeModal({
  notice,
  onClose,
}: {
  notice: AwardNoticeDetail;
  onClose: () => void;
}) {
  const [form] = Form.useForm<{ endsOn: string }>();
  const close = useGuardedClose(form, onClose);
  const onError = useApiErrorHandler();
  const { message } = App.useApp();
  const extend = useExtendAwardNotice(notice.dossierId);

  return (
    <Modal
      open
      title={m.extendTitle}
      okText={m.extendOk}
      cancelText={t.common.cancel}
      onCancel={close}
      onOk={() => form.submit()}
      confirmLoading={extend.isPending}
      destroyOnHidden
    >
      <Form<{ endsOn: string }>
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={({ endsOn }) =>
          extend.mutate(
            { id: notice.id, version: notice.version, endsOn },
            {
              onSuccess: () => {
                void message.success(m.extended);
                onClose();
              },
              onError: (error) => {
                onError(error, form);
                if (hasErrorCode(error, 'CONFLICT')) onClose();
              },
            },
          )
        }
      >
        <Form.Item
          name="endsOn"
          label={m.newEndsOn}
          rules={[requiredChoice(m.newEndsOn.toLowerCase())]}
        >
          <IsoDatePicker min={notice.endsOn} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface HandleValues {
  outcome: NoticeOutcome;
  handling: string;
}

function HandleCommentModal({
  dossierId,
  comment,
  onClose,
}: {
  dossierId: string;
  comment: NoticeCommentItem;
  onClose: () => void;
}) {
  const [form] = Form.useForm<HandleValues>();
  const close = useGuardedClose(form, onClose);
  const onError = useApiErrorHandler();
  const { message } = App.useApp();
  const handle = useHandleNoticeComment(dossierId);

  return (
    <Modal
      open
      title={m.handleTitle}
      okText={t.common.save}
      cancelText={t.common.cancel}
      onCancel={close}
      onOk={() => form.submit()}
      confirmLoading={handle.isPending}
      destroyOnHidden
      width={640}
    >
      <Typography.Paragraph>
        <Tag>{m.kinds[comment.kind] ?? comment.kind}</Tag>
        {comment.nomineeLabel ?? m.wholeList}
      </Typography.Paragraph>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{comment.text}</Typography.Paragraph>
      <Form<HandleValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ outcome: comment.outcome ?? undefined, handling: comment.handling ?? '' }}
        onFinish={(values) =>
          handle.mutate(
            {
              id: comment.id,
              version: comment.version,
              outcome: values.outcome,
              handling: values.handling.trim(),
            },
            {
              onSuccess: () => {
                void message.success(m.handled);
                onClose();
              },
              onError: (error) => {
                onError(error, form);
                if (hasErrorCode(error, 'CONFLICT')) onClose();
              },
            },
          )
        }
      >
        <Form.Item name="outcome" label={m.outcome} rules={[requiredChoice(m.outcomeWhat)]}>
          <Radio.Group
            options={Object.entries(m.outcomes).map(([value, label]) => ({ value, label }))}
          />
        </Form.Item>
        <Form.Item
          name="handling"
          label={m.handling}
          extra={m.handlingHelp}
          rules={[required(m.handlingWhat)]}
        >
          <Input.TextArea rows={4} maxLength={m.limits.handling} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
