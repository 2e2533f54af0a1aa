import { Alert, Button } from 'antd';
import type { ReactNode } from 'react';

import { useUiText } from '../ui-text';

export interface ErrorAlertProps {
  /** The Vietnamese message (from the API error). */
  message: ReactNode;
  title?: ReactNode;
  onRetry?: () => void;
  /** Overrides the retry button's label. */
  retryText?: string;
}

/** An inline error with an optional retry button. */
export function ErrorAlert({ message, title, onRetry, retryText }: ErrorAlertProps) {
  const text = useUiText();
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={title ?? message}
      description={title ? message : undefined}
      action={
        onRetry && (
          <Button size="small" onClick={onRetry}>
            {retryText ?? text.retry}
          </Button>
        )
      }
      style={{ marginBottom: 16 }}
    />
  );
}
