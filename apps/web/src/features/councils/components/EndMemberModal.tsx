import { useUpdateCouncilMember, type CouncilMemberItem } from '@thidua/web-data-access';
import { Alert, App, Form, Modal, Typography } from 'antd';
import { useState } from 'react';

import { IsoDatePicker } from '../../../shared/components/IsoDatePicker';
import { errorMessage } from '../../../shared/errors';
import { councilsMessages as m } from '../messages';

/**
 * Ends a membership on a day (the member stays in the composition of the days before): the
 * confirmation asks for the day, since ending "today" is rarely what a new founding decision says.
 */
export function EndMemberModal({
  member,
  defaultDay,
  onClose,
}: {
  member: CouncilMemberItem;
  defaultDay: string;
  onClose: () => void;
}) {
  const [day, setDay] = useState<string | null>(
    defaultDay < member.from ? member.from : defaultDay,
  );
  const [error, setError] = useState<string | null>(null);
  const update = useUpdateCouncilMember();
  const { message } = App.useApp();

  const ok = () => {
    if (!day) return;
    setError(null);
    update.mutate(
      {
        id: member.id,
        version: member.version,
        role: member.role,
        title: member.title,
        from: member.from,
        to: day,
        userId: member.userId ?? null,
      },
      {
        onSuccess: () => {
          void message.success(m.memberEnded);
          onClose();
        },
        // the API's words (a day before the start, a stale version…)
        onError: (e) => setError(errorMessage(e)),
      },
    );
  };

  return (
    <Modal
      open
      title={m.endTitle(member.fullName)}
      okText={m.end}
      okButtonProps={{ danger: true, disabled: !day, loading: update.isPending }}
      onOk={ok}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph>{m.endText}</Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label={m.endOn} htmlFor="council-member-end">
          <IsoDatePicker id="council-member-end" value={day} onChange={setDay} min={member.from} />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon title={error} />}
    </Modal>
  );
}
