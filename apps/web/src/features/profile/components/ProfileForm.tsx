import { useUpdateMyProfile, type ViewerUser } from '@thidua/web-data-access';
import { App, Button, Form, Input } from 'antd';

import { t } from '../../../i18n';
import { blankToNull, emailRule, required } from '../../../shared/forms/rules';
import { useVersionedForm } from '../../../shared/forms/versionedForm';

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
  const save = useVersionedForm(form, onReload);
  const { message } = App.useApp();

  const submit = (values: ProfileValues) => {
    save.reset();
    update.mutate(
      { fullName: values.fullName.trim(), email: blankToNull(values.email), version: user.version },
      {
        onSuccess: () => void message.success(t.profile.saved),
        onError: save.onError,
      },
    );
  };

  return (
    <Form<ProfileValues>
      form={form}
      layout="vertical"
      initialValues={{ fullName: user.fullName, email: user.email ?? '' }}
      onFinish={submit}
      disabled={update.isPending}
    >
      {save.alert}
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
