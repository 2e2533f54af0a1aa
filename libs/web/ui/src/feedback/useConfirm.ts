import { App } from 'antd';
import { useCallback, type ReactNode } from 'react';

import { useUiText } from '../ui-text';

export interface ConfirmOptions {
  title: ReactNode;
  content?: ReactNode;
  /** Label of the confirming button, e.g. "Khóa tài khoản". */
  okText?: string;
  /** Destructive actions get a red button (the default). */
  danger?: boolean;
}

/**
 * Asks before a destructive action. Resolves true when the user confirms, false when they cancel;
 * the caller then runs the action and reports its own errors.
 */
export function useConfirm(): (options: ConfirmOptions) => Promise<boolean> {
  const { modal } = App.useApp();
  const text = useUiText();
  return useCallback(
    ({ title, content, okText, danger = true }: ConfirmOptions) =>
      new Promise<boolean>((resolve) => {
        modal.confirm({
          title,
          content,
          okText: okText ?? text.confirmOk,
          cancelText: text.confirmCancel,
          okButtonProps: { danger },
          focusable: { autoFocusButton: 'cancel' },
          onOk: () => resolve(true),
          onCancel: () => resolve(false),
        });
      }),
    [modal, text],
  );
}
