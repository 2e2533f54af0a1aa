import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';

import { t } from '../../../i18n/entry';
import { required } from '../../../shared/forms/rules';

export interface LoginValues {
  username: string;
  password: string;
}

export interface LoginFormProps {
  onSubmit: (values: LoginValues) => void;
  submitting: boolean;
  /** The API's Vietnamese message after a failed attempt. */
  error?: string | null;
}

export function LoginForm({ onSubmit, submitting, error }: LoginFormProps) {
  return (
    <Form<LoginValues>
      layout="vertical"
      requiredMark={false}
      onFinish={(values) =>
        onSubmit({ username: values.username.trim(), password: values.password })
      }
      disabled={submitting}
      size="large"
    >
      {error && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={t.auth.failedTitle}
          description={error}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form.Item
        name="username"
        label={t.auth.username}
        rules={[required(t.auth.username.toLowerCase())]}
      >
        <Input
          prefix={<UserOutlined />}
          autoComplete="username"
          autoFocus
          autoCapitalize="none"
          spellCheck={false}
        />
      </Form.Item>
      <Form.Item
        name="password"
        label={t.auth.password}
        rules={[required(t.auth.password.toLowerCase())]}
      >
        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={submitting}>
        {t.auth.submit}
      </Button>
    </Form>
  );
}
