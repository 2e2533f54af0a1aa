import { useChangePassword } from '@thidua/web-data-access';
import { App, Button, Form, Input } from 'antd';

import { t } from '../../../i18n';
import { passwordPolicyRule, required, sameAs } from '../../../shared/forms/rules';
import { useApiErrorHandler } from '../../../shared/hooks/useApiErrorHandler';
import { PasswordHint } from '../../../shared/components/PasswordHint';

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

export function ChangePasswordForm({ onChanged }: { onChanged?: () => void }) {
  const [form] = Form.useForm<PasswordValues>();
  const newPassword = Form.useWatch('newPassword', form);
  const change = useChangePassword();
  const onError = useApiErrorHandler();
  const { message } = App.useApp();

  const submit = ({ currentPassword, newPassword }: PasswordValues) => {
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          form.resetFields();
          void message.success(t.profile.passwordChanged);
          onChanged?.();
        },
        onError: (error) => onError(error, form),
      },
    );
  };

  return (
    <Form<PasswordValues>
      form={form}
      layout="vertical"
      onFinish={submit}
      disabled={change.isPending}
    >
      <Form.Item
        name="currentPassword"
        label={t.profile.currentPassword}
        rules={[required(t.profile.currentPasswordWhat)]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t.profile.newPassword}
        rules={[required(t.profile.newPasswordWhat), passwordPolicyRule]}
        extra={<PasswordHint value={newPassword} />}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label={t.profile.confirmPassword}
        dependencies={['newPassword']}
        rules={[required(t.profile.confirmPasswordWhat), sameAs('newPassword')]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={change.isPending}>
        {t.profile.changePassword}
      </Button>
    </Form>
  );
}
