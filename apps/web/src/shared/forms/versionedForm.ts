import { useVersionedSave, type VersionedSave } from '@thidua/web-ui';
import { hasErrorCode } from '@thidua/web-data-access';
import type { FormInstance } from 'antd';

import { useApiErrorHandler } from '../hooks/useApiErrorHandler';

/** The API's answer to a stale `version`: its message names the record and says to reload. */
export function conflictMessage(error: unknown): string | null {
  return hasErrorCode(error, 'CONFLICT') ? error.message : null;
}

/**
 * `useVersionedSave` for a form of this app: a CONFLICT shows the warning with its reload button, any
 * other error goes under the form's fields or into a toast (useApiErrorHandler). Pass `reload` only
 * when the form edits an existing record.
 */
export function useVersionedForm(
  form: FormInstance,
  reload: (() => unknown) | undefined,
): VersionedSave {
  const onError = useApiErrorHandler();
  return useVersionedSave({
    conflictMessage,
    onError: (error) => onError(error, form),
    reload,
  });
}
