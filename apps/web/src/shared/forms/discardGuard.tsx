import type { FormInstance } from 'antd';
import { App } from 'antd';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  type ReactNode,
} from 'react';

import { t } from '../../i18n';

export interface DiscardGuard {
  /** Closes the drawer or modal, after asking "Bỏ các thay đổi chưa lưu?" if a form in it changed. */
  close: () => void;
  /** A form inside tells the guard it exists; the returned function forgets it. */
  register: (form: FormInstance) => () => void;
}

const GuardContext = createContext<DiscardGuard | null>(null);

/**
 * For a drawer or modal holding forms: its X, Escape, mask click and the forms' "Hủy" go through
 * `close`, which asks first when a field was changed (one stray click used to drop a half-filled
 * form). Saving closes through the plain `onClose` instead: nothing is lost then.
 */
export function useDiscardGuard(onClose: () => void): DiscardGuard {
  const { modal } = App.useApp();
  const forms = useRef(new Set<FormInstance>());
  const asking = useRef(false);

  const close = useCallback(() => {
    const changed = [...forms.current].some((form) => form.isFieldsTouched());
    if (!changed) {
      onClose();
      return;
    }
    if (asking.current) return;
    asking.current = true;
    modal.confirm({
      title: t.common.discardTitle,
      content: t.common.discardText,
      okText: t.common.discardOk,
      cancelText: t.common.discardKeep,
      okButtonProps: { danger: true },
      focusable: { autoFocusButton: 'cancel' },
      onOk: () => {
        asking.current = false;
        onClose();
      },
      onCancel: () => {
        asking.current = false;
      },
    });
  }, [modal, onClose]);

  const register = useCallback((form: FormInstance) => {
    forms.current.add(form);
    return () => {
      forms.current.delete(form);
    };
  }, []);

  return useMemo(() => ({ close, register }), [close, register]);
}

/** Puts the guard within reach of the forms inside the drawer or modal. */
export function DiscardGuardScope({
  guard,
  children,
}: {
  guard: DiscardGuard;
  children: ReactNode;
}) {
  return <GuardContext.Provider value={guard}>{children}</GuardContext.Provider>;
}

/**
 * Called by a form inside a guarded drawer or modal: registers it while mounted. Returns the guarded
 * close for the form's "Hủy" button (undefined outside a guard).
 */
export function useGuardedForm(form: FormInstance): (() => void) | undefined {
  const guard = useContext(GuardContext);
  useEffect(() => guard?.register(form), [guard, form]);
  return guard?.close;
}

/** For a modal whose form is in the same component: the guarded close for its X, Escape and "Hủy". */
export function useGuardedClose(form: FormInstance, onClose: () => void): () => void {
  const guard = useDiscardGuard(onClose);
  useEffect(() => guard.register(form), [guard, form]);
  return guard.close;
}
