import { Flex, Spin, Typography } from 'antd';

import { useUiText } from '../ui-text';

/** A centred spinner with a label, for a page or a panel whose data is on its way. */
export function PageLoading({ fullScreen = false }: { fullScreen?: boolean }) {
  const text = useUiText();
  return (
    <Flex
      vertical
      align="center"
      justify="center"
      gap={12}
      role="status"
      aria-live="polite"
      style={{ minHeight: fullScreen ? '100vh' : 240 }}
    >
      <Spin size="large" />
      <Typography.Text type="secondary">{text.loading}</Typography.Text>
    </Flex>
  );
}
