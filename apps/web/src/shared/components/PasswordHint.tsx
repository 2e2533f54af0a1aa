import { CheckCircleOutlined, InfoCircleOutlined } from '@ant-design/icons';
import { checkPassword } from '@thidua/shared-domain';
import { Typography } from 'antd';

import { t } from '../../i18n';

/** Live hint under a new-password input, from the same rule the API applies. */
export function PasswordHint({ value }: { value: string | undefined }) {
  if (!value) {
    return (
      <Typography.Text type="secondary">
        <InfoCircleOutlined /> {t.profile.passwordHint}
      </Typography.Text>
    );
  }
  const problem = checkPassword(value);
  return problem ? (
    <Typography.Text type="warning">
      <InfoCircleOutlined /> {problem}
    </Typography.Text>
  ) : (
    <Typography.Text type="success">
      <CheckCircleOutlined /> {t.profile.passwordOk}
    </Typography.Text>
  );
}
