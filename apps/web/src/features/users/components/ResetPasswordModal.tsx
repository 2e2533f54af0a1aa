import { useResetUserPassword, type UserItem } from '@thidua/web-data-access';
import { Alert, App, Form, Input, Modal } from 'antd';

import { t } from '../../../i18n';
import { useGuardedClose } from '../../../shared/forms/discardGuard';
import { PasswordHint } from '../../../shared/components/PasswordHint';
import { passwordPolicyRule, required, sameAs } from '../../../shared/forms/rules';
import { useApiErrorHandler } from '../../../shared/hooks/useApiErrorHandler';

interface ResetValues {
  newPassword: string;
  confirmPassword: string;
}

/** The administrator types a new password; the user must change it at next login. */
export function ResetPasswordModal({
  user,
  open,
  onClose,
}: {
  user: UserItem;
  open: boolean;
  onClose: () => void;
}) {
  const [form] = Form.useForm<ResetValues>();
  const close = useGuardedClose(form, onClose);
  const newPassword = Form.useWatch('newPassword', form);
  const reset = useResetUserPassword();
  const onError = useApiErrorHandler();
  const { message } = App.useApp();

  const submit = ({ newPassword }: ResetValues) => {
    reset.mutate(
      { id: user.id, newPassword },
      {
        onSuccess: () => {
          void message.success(t.users.resetPasswordDone);
          onClose();
        },
        onError: (error) => onError(error, form),
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t.users.resetPasswordTitle(user.username)}
      okText={t.users.resetPassword}
      okButtonProps={{
        danger: true,
        loading: reset.isPending,
        htmlType: 'submit',
        form: 'reset-password',
      }}
      cancelText={t.common.cancel}
      onCancel={close}
      destroyOnHidden
    >
      <Alert
        type="warning"
        showIcon
        title={t.users.resetPasswordText}
        style={{ marginBottom: 16 }}
      />
      <Form<ResetValues>
        id="reset-password"
        form={form}
        layout="vertical"
        onFinish={submit}
        disabled={reset.isPending}
        preserve={false}
      >
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
      </Form>
    </Modal>
  );
}
