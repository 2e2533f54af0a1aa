import { Alert, Button } from 'antd';
import { useState, type ReactNode } from 'react';

import { useUiText } from '../ui-text';

export interface VersionedSaveOptions {
  /**
   * The message to show when `error` says someone else saved the record after this form loaded it
   * (the API's CONFLICT), else null. The library knows no API errors, so the app tells it.
   */
  conflictMessage: (error: unknown) => string | null;
  /** Every other failure, and a conflict while creating (nothing to reload then). */
  onError: (error: unknown) => void;
  /**
   * Fetches the latest record; the form, keyed by the record's version, then starts over from it.
   * Undefined while the form creates a record.
   */
  reload: (() => unknown) | undefined;
}

export interface VersionedSave {
  /** Call before sending: a new attempt hides the previous conflict. */
  reset: () => void;
  /** The mutation's `onError`. */
  onError: (error: unknown) => void;
  /** The conflict's message while one is shown. */
  conflict: string | null;
  /** The warning to put at the top of the form, with its reload button; null while there is no conflict. */
  alert: ReactNode;
}

/**
 * A form that saves an existing record with the `version` it was loaded with. When another user saved
 * in between, the API refuses (optimistic locking) and the form says so above its fields, offering to
 * load the latest data rather than overwrite it. What the user typed stays until they reload.
 */
export function useVersionedSave({
  conflictMessage,
  onError,
  reload,
}: VersionedSaveOptions): VersionedSave {
  const text = useUiText();
  const [conflict, setConflict] = useState<string | null>(null);
  const [reloading, setReloading] = useState(false);

  const handleError = (error: unknown) => {
    const message = reload ? conflictMessage(error) : null;
    if (message === null) onError(error);
    else setConflict(message);
  };

  const reloadLatest = async () => {
    if (!reload) return;
    setReloading(true);
    try {
      await reload();
      setConflict(null);
    } finally {
      setReloading(false);
    }
  };

  return {
    reset: () => setConflict(null),
    onError: handleError,
    conflict,
    alert:
      conflict === null ? null : (
        <Alert
          type="warning"
          showIcon
          role="alert"
          title={text.conflictTitle}
          description={conflict}
          action={
            <Button size="small" loading={reloading} onClick={() => void reloadLatest()}>
              {text.conflictReload}
            </Button>
          }
          style={{ marginBottom: 16 }}
        />
      ),
  };
}
