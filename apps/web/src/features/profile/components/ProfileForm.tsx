import { hasErrorCode, useUpdateMyProfile, type ViewerUser } from '@thidua/web-data-access';
import { Alert, App, Button, Form, Input } from 'antd';
import { useState } from 'react';

import { t } from '../../../i18n';
import { blankToNull, emailRule, required } from '../../../shared/forms/rules';
import { useApiErrorHandler } from '../../../shared/hooks/useApiErrorHandler';

interface ProfileValues {
  fullName: string;
  email: string;
}

/**
 * Name and email of the signed-in user. Sends the `version` it was loaded with; if someone changed the
 * record meanwhile the API answers CONFLICT and the form offers to reload. Remount (key=version) to reset.
 */
export function ProfileForm({
  user,
  onReload,
}: {
  user: ViewerUser;
  onReload: () => Promise<unknown>;
}) {
  const [form] = Form.useForm<ProfileValues>();
  const update = useUpdateMyProfile();
  const onError = useApiErrorHandler();
  const { message } = App.useApp();
  const [conflict, setConflict] = useState<string | null>(null);
  const [reloading, setReloading] = useState(false);

  const submit = (values: ProfileValues) => {
    setConflict(null);
    update.mutate(
      { fullName: values.fullName.trim(), email: blankToNull(values.email), version: user.version },
      {
        onSuccess: () => void message.success(t.profile.saved),
        onError: (error) =>
          hasErrorCode(error, 'CONFLICT') ? setConflict(error.message) : onError(error, form),
      },
    );
  };

  const reload = async () => {
    setReloading(true);
    try {
      await onReload();
      setConflict(null);
    } finally {
      setReloading(false);
    }
  };

  return (
    <Form<ProfileValues>
      form={form}
      layout="vertical"
      initialValues={{ fullName: user.fullName, email: user.email ?? '' }}
      onFinish={submit}
      disabled={update.isPending}
    >
      {conflict && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          title={t.errors.conflictTitle}
          description={conflict}
          action={
            <Button size="small" onClick={() => void reload()} loading={reloading}>
              {t.errors.conflictReload}
            </Button>
          }
          style={{ marginBottom: 16 }}
        />
      )}
      <Form.Item
        name="fullName"
        label={t.profile.fullName}
        rules={[required(t.profile.fullNameWhat)]}
      >
        <Input autoComplete="name" maxLength={200} />
      </Form.Item>
      <Form.Item name="email" label={t.profile.email} rules={[emailRule]}>
        <Input type="email" autoComplete="email" maxLength={200} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={update.isPending}>
        {t.common.saveChanges}
      </Button>
    </Form>
  );
}
