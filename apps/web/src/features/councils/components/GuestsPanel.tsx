import { useConfirm } from '@thidua/web-ui';
import {
  useAddCouncilGuest,
  useRemoveCouncilGuest,
  type CouncilSessionDetail,
} from '@thidua/web-data-access';
import { Button, Card, Flex, Form, Input, Typography } from 'antd';

import { t } from '../../../i18n';
import { required } from '../../../shared/forms/rules';
import { useSessionChange } from '../hooks/useSessionChange';
import { councilsMessages as m } from '../messages';

interface GuestValues {
  name: string;
  title?: string;
}

/** Invited guests: they speak, they do not vote (not counted in any share). */
export function GuestsPanel({
  session,
  reload,
}: {
  session: CouncilSessionDetail;
  reload: () => Promise<unknown>;
}) {
  const [form] = Form.useForm<GuestValues>();
  const add = useAddCouncilGuest();
  const remove = useRemoveCouncilGuest();
  const change = useSessionChange(reload);
  const confirm = useConfirm();
  const editable =
    session.canManage && (session.status === 'PLANNED' || session.status === 'IN_PROGRESS');

  const submit = (values: GuestValues) => {
    const handlers = change(m.guestFailed, m.guestAdded);
    add.mutate(
      {
        sessionId: session.id,
        version: session.version,
        name: values.name.trim(),
        title: values.title?.trim() || null,
      },
      {
        onSuccess: () => {
          form.resetFields();
          handlers.onSuccess();
        },
        onError: handlers.onError,
      },
    );
  };

  const drop = async (guest: { id: string; name: string }) => {
    const ok = await confirm({
      title: m.removeGuestTitle(guest.name),
      okText: t.common.delete,
      danger: true,
    });
    if (!ok) return;
    remove.mutate(
      { sessionId: session.id, version: session.version, guestId: guest.id },
      change(m.guestFailed, m.guestRemoved),
    );
  };

  return (
    <Card title={m.guests}>
      <Typography.Paragraph type="secondary">{m.guestsHelp}</Typography.Paragraph>
      {session.guests.length === 0 ? (
        <Typography.Paragraph type="secondary">{m.guestsEmpty}</Typography.Paragraph>
      ) : (
        <ul style={{ paddingLeft: 20 }}>
          {session.guests.map((g) => (
            <li key={g.id} style={{ marginBottom: 8 }}>
              <Flex gap={8} wrap align="center">
                <span>
                  <Typography.Text strong>{g.name}</Typography.Text>
                  {g.title && <Typography.Text type="secondary"> — {g.title}</Typography.Text>}
                </span>
                {editable && (
                  <Button
                    size="small"
                    danger
                    aria-label={m.removeGuest(g.name)}
                    disabled={remove.isPending}
                    onClick={() => void drop(g)}
                  >
                    {t.common.delete}
                  </Button>
                )}
              </Flex>
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <Form<GuestValues> form={form} layout="vertical" onFinish={submit} disabled={add.isPending}>
          <Flex gap={12} wrap align="flex-end">
            <Form.Item
              name="name"
              label={m.guestName}
              rules={[required(m.guestNameWhat)]}
              style={{ flex: '1 1 200px', minWidth: 0, marginBottom: 8 }}
            >
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item
              name="title"
              label={m.guestTitle}
              style={{ flex: '2 1 240px', minWidth: 0, marginBottom: 8 }}
            >
              <Input maxLength={300} />
            </Form.Item>
            <Form.Item style={{ marginBottom: 8 }}>
              <Button htmlType="submit" loading={add.isPending}>
                {m.addGuest}
              </Button>
            </Form.Item>
          </Flex>
        </Form>
      )}
    </Card>
  );
}
