import { useConfirm } from '@thidua/web-ui';
import type { UseMutationResult } from '@tanstack/react-query';
import { App, Button, type FormInstance } from 'antd';

import { t } from '../../../i18n';
import { useApiErrorHandler } from '../../../shared/hooks/useApiErrorHandler';

/*
 * What the four records tabs (evaluations, awards, sáng kiến, holds) share around their rows: the
 * small row buttons named for the record they act on, the asked-then-done delete, and a modal's
 * save feedback.
 */

/** A row's button; its accessible name says which record ("Sửa Nguyễn Thị Hoa năm 2024"). */
export function RowButton({
  action,
  what,
  danger,
  onClick,
}: {
  action: string;
  what: string;
  danger?: boolean;
  onClick: () => void;
}) {
  return (
    <Button
      size="small"
      danger={danger}
      aria-label={t.records.rowAction(action, what)}
      onClick={onClick}
    >
      {action}
    </Button>
  );
}

/** What every records delete mutation takes (the API's RecordRefInput). */
type RecordRef = { id: string | number; version: number };

/** Deletes a record once the user confirms; a toast says it is gone or why not. */
export function useDeleteRecord<TData>(
  remove: Pick<UseMutationResult<TData, Error, RecordRef>, 'mutate'>,
) {
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const confirm = useConfirm();
  return async ({ id, version }: RecordRef) => {
    if (await confirm({ title: t.records.deleteConfirm }))
      remove.mutate(
        { id, version },
        {
          onSuccess: () => void message.success(t.records.deleted),
          onError: (e) => onError(e),
        },
      );
  };
}

/** A records modal's mutate options: "saved" and close, or the error under the form's fields. */
export function useSavedThenClose(form: FormInstance, onClose: () => void) {
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  return {
    onSuccess: () => {
      void message.success(t.records.saved);
      onClose();
    },
    onError: (e: unknown) => onError(e, form),
  };
}
