import { formatDateTime } from '@thidua/shared-domain';
import { SearchInput, useDebouncedValue } from '@thidua/web-ui';
import {
  hasErrorCode,
  isApiError,
  usePublicAwardNotice,
  usePublicAwardNotices,
  useSubmitNoticeComment,
  type NoticeCommentKind,
  type PublicAwardNoticeItem,
} from '@thidua/web-data-access';
import {
  Alert,
  Button,
  Card,
  Flex,
  Form,
  Input,
  Radio,
  Result,
  Select,
  Table,
  Typography,
} from 'antd';
import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';

import { PATHS, publicNoticePath } from '../../../app/paths';
import { PublicFrame } from '../../shell/components/PublicFrame';
import { t } from '../../../i18n';
import { formatIsoDate } from '../../../shared/dates';
import { errorMessage } from '../../../shared/errors';
import { required } from '../../../shared/forms/rules';
import { useDocumentTitle } from '../../../shared/hooks/useDocumentTitle';
import { noticeMessages as m } from '../messages';

/**
 * Công khai danh sách đề nghị khen thưởng (ADR 0021), outside the signed-in frame: the lists running
 * today (`/cong-khai`) and one list with its comment form (`/cong-khai/:id`). Nothing here needs a
 * session: the three operations it calls are `@Public()` and show only what the list published.
 */
export function PublicNoticesPage() {
  useDocumentTitle(m.publicTitle);
  const [search, setSearch] = useState('');
  const debounced = useDebouncedValue(search.trim());
  const list = usePublicAwardNotices({ first: 20, search: debounced || undefined });
  const notices = list.data?.nodes ?? [];

  return (
    <PublicFrame>
      <Typography.Title level={1} style={{ marginTop: 0, fontSize: 22 }}>
        {m.publicTitle}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{m.publicIntro}</Typography.Paragraph>
      <SearchInput
        label={m.searchLabel}
        placeholder={m.searchPlaceholder}
        value={search}
        onChange={setSearch}
        style={{ maxWidth: 420, marginBottom: 16 }}
      />
      {list.isError ? (
        <Alert type="error" showIcon title={errorMessage(list.error)} />
      ) : list.isPending ? (
        <Typography.Paragraph>{t.ui.loading}</Typography.Paragraph>
      ) : notices.length === 0 ? (
        <Typography.Paragraph>{m.noneOpen}</Typography.Paragraph>
      ) : (
        <Flex vertical gap={12} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {notices.map((n) => (
            <li key={n.id}>
              <Card size="small">
                <Typography.Title level={2} style={{ fontSize: 17, marginTop: 0 }}>
                  <Link to={publicNoticePath(n.id)}>{n.title}</Link>
                </Typography.Title>
                <Typography.Paragraph style={{ marginBottom: 4 }}>
                  {m.unit}: {n.unitName}
                </Typography.Paragraph>
                <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
                  {m.periodText(formatIsoDate(n.startsOn), formatIsoDate(n.endsOn), n.workingDays)}
                  {' · '}
                  {m.nomineesPublished(n.nominees.length)}
                </Typography.Paragraph>
                <Link to={publicNoticePath(n.id)}>{m.open}</Link>
              </Card>
            </li>
          ))}
        </Flex>
      )}
      {list.hasNextPage && (
        <Button
          style={{ marginTop: 12 }}
          loading={list.isFetchingNextPage}
          onClick={() => void list.fetchNextPage()}
        >
          {t.ui.loadMore}
        </Button>
      )}
    </PublicFrame>
  );
}

export function PublicNoticePage() {
  const { id } = useParams<{ id: string }>();
  const notice = usePublicAwardNotice(id);
  useDocumentTitle(notice.data?.title ?? m.publicTitle);

  let body: ReactNode;
  if (notice.isPending) body = <Typography.Paragraph>{t.ui.loading}</Typography.Paragraph>;
  else if (notice.isError)
    body = hasErrorCode(notice.error, 'NOT_FOUND') ? (
      <Result
        status="404"
        title={m.notFoundTitle}
        subTitle={m.notFoundText}
        extra={<Link to={PATHS.publicNotices}>{m.backToList}</Link>}
      />
    ) : (
      <Alert type="error" showIcon title={errorMessage(notice.error)} />
    );
  else body = <NoticeDetail notice={notice.data} />;

  return (
    <PublicFrame>
      <Link to={PATHS.publicNotices}>← {m.backToList}</Link>
      {body}
    </PublicFrame>
  );
}

function NoticeDetail({ notice }: { notice: PublicAwardNoticeItem }) {
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 22, marginTop: 12 }}>
        {notice.title}
      </Typography.Title>
      <Typography.Paragraph style={{ marginBottom: 4 }}>
        {m.unit}: {notice.unitName}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">
        {m.period}:{' '}
        {m.periodText(
          formatIsoDate(notice.startsOn),
          formatIsoDate(notice.endsOn),
          notice.workingDays,
        )}
        {notice.articles.length > 0 && (
          <>
            <br />
            {m.basis(notice.articles)}
          </>
        )}
      </Typography.Paragraph>
      <Table<PublicAwardNoticeItem['nominees'][number]>
        rowKey="position"
        size="small"
        pagination={false}
        dataSource={notice.nominees}
        scroll={{ x: 640 }}
        columns={[
          { key: 'position', title: m.position, dataIndex: 'position', width: 64 },
          { key: 'name', title: m.name, dataIndex: 'name' },
          { key: 'detail', title: m.detail, dataIndex: 'detail' },
          { key: 'award', title: m.award, dataIndex: 'awardName' },
        ]}
      />
      <Card title={m.commentTitle} style={{ marginTop: 24 }}>
        {notice.acceptingComments ? (
          <CommentForm notice={notice} />
        ) : (
          <Typography.Paragraph>{m.notAccepting}</Typography.Paragraph>
        )}
      </Card>
    </>
  );
}

interface CommentValues {
  kind: NoticeCommentKind;
  nomineePosition?: number;
  text: string;
  authorName?: string;
  contact?: string;
}

/** The comment form: kind, about whom (or the whole list), the text, and optional name and contact. */
function CommentForm({ notice }: { notice: PublicAwardNoticeItem }) {
  const [form] = Form.useForm<CommentValues>();
  const submit = useSubmitNoticeComment();
  const [sentAt, setSentAt] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  if (sentAt)
    return (
      <Result
        status="success"
        title={m.sentTitle}
        subTitle={m.sentText(sentAt)}
        extra={
          <Button
            onClick={() => {
              setSentAt(null);
              form.resetFields();
            }}
          >
            {m.sendAnother}
          </Button>
        }
      />
    );

  return (
    <Form<CommentValues>
      form={form}
      layout="vertical"
      // 0: the list as a whole (antd Select takes no null option value)
      initialValues={{ kind: 'GOP_Y', nomineePosition: 0 }}
      onFinish={(values) => {
        setFailure(null);
        submit.mutate(
          {
            noticeId: notice.id,
            kind: values.kind,
            nomineePosition: values.nomineePosition || null,
            text: values.text.trim(),
            authorName: values.authorName?.trim() || null,
            contact: values.contact?.trim() || null,
          },
          {
            onSuccess: (receipt) => setSentAt(formatDateTime(receipt.receivedAt)),
            onError: (error) => {
              // a refusal for a field goes under it; anything else (the hourly limit, the period over)
              // above the button, in the API's words
              if (isApiError(error) && error.hasFieldErrors) {
                const known = new Set(['kind', 'nomineePosition', 'text', 'authorName', 'contact']);
                form.setFields(
                  Object.entries(error.fields)
                    .filter(([name]) => known.has(name))
                    .map(([name, errors]) => ({ name: name as keyof CommentValues, errors })),
                );
                if (Object.keys(error.fields).some((name) => !known.has(name)))
                  setFailure(error.message);
                return;
              }
              setFailure(errorMessage(error));
            },
          },
        );
      }}
    >
      <Typography.Paragraph type="secondary">
        {m.commentIntro(formatIsoDate(notice.endsOn))}
      </Typography.Paragraph>
      <Form.Item name="kind" label={m.kindLabel}>
        <Radio.Group
          options={Object.entries(m.kinds).map(([value, label]) => ({ value, label }))}
        />
      </Form.Item>
      <Form.Item name="nomineePosition" label={m.nomineeLabel}>
        <Select
          options={[
            { value: 0, label: m.nomineeWhole },
            ...notice.nominees.map((n) => ({
              value: n.position,
              label: `${n.position}. ${n.name}`,
            })),
          ]}
        />
      </Form.Item>
      <Form.Item name="text" label={m.textLabel} rules={[required(m.textWhat)]}>
        <Input.TextArea rows={5} maxLength={m.limits.text} showCount />
      </Form.Item>
      <Form.Item name="authorName" label={m.authorLabel}>
        <Input maxLength={m.limits.authorName} autoComplete="name" />
      </Form.Item>
      <Form.Item name="contact" label={m.contactLabel}>
        <Input maxLength={m.limits.contact} />
      </Form.Item>
      {failure && (
        <Alert
          type="error"
          showIcon
          title={m.sendFailed}
          description={failure}
          style={{ marginBottom: 16 }}
        />
      )}
      <Button type="primary" htmlType="submit" loading={submit.isPending}>
        {m.send}
      </Button>
    </Form>
  );
}
