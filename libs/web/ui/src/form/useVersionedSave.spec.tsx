import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Button } from 'antd';
import { describe, expect, it, vi } from 'vitest';

import { renderWithUi } from '../testing/renderWithUi';
import { useVersionedSave, type VersionedSaveOptions } from './useVersionedSave';

/** A stand-in for the API's error (the library knows none): a code and a Vietnamese message. */
class FakeApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const STALE =
  'Người dùng "tdkt.sonoivu" vừa được người khác thay đổi. Vui lòng tải lại rồi thực hiện lại thao tác.';

const conflictMessage = (error: unknown) =>
  error instanceof FakeApiError && error.code === 'CONFLICT' ? error.message : null;

/** A form's skeleton: "Lưu" fails with `failure()`, the hook's alert shows above it. */
function Form({
  failure,
  ...options
}: Omit<VersionedSaveOptions, 'conflictMessage'> & { failure: () => unknown }) {
  const save = useVersionedSave({ conflictMessage, ...options });
  return (
    <>
      {save.alert}
      <Button
        onClick={() => {
          save.reset();
          save.onError(failure());
        }}
      >
        Lưu
      </Button>
    </>
  );
}

describe('useVersionedSave', () => {
  it('shows a CONFLICT as its Vietnamese message and reloads the latest data on request', async () => {
    let finishReload = () => undefined as void;
    const reload = vi.fn(() => new Promise<void>((resolve) => (finishReload = resolve)));
    const onError = vi.fn();
    renderWithUi(
      <Form
        failure={() => new FakeApiError('CONFLICT', STALE)}
        onError={onError}
        reload={reload}
      />,
    );

    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Dữ liệu đã thay đổi');
    expect(alert.textContent).toContain(STALE);
    expect(onError).not.toHaveBeenCalled();

    const reloadButton = screen.getByRole('button', { name: 'Tải lại dữ liệu mới nhất' });
    fireEvent.click(reloadButton);
    expect(reload).toHaveBeenCalledTimes(1);
    // the warning stays, its button busy, until the latest data has arrived
    expect(screen.getByRole('alert')).toBeTruthy();
    await waitFor(() => expect(reloadButton.className).toContain('ant-btn-loading'));

    finishReload();
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('hands any other failure to the form’s error handler', () => {
    const onError = vi.fn();
    const failure = new FakeApiError('BAD_USER_INPUT', 'Địa chỉ email không hợp lệ.');
    renderWithUi(<Form failure={() => failure} onError={onError} reload={vi.fn()} />);

    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(onError).toHaveBeenCalledWith(failure);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('while creating (nothing to reload) reports a CONFLICT like any other failure', () => {
    const onError = vi.fn();
    const failure = new FakeApiError('CONFLICT', 'Dữ liệu bị trùng với một bản ghi đã có.');
    renderWithUi(<Form failure={() => failure} onError={onError} reload={undefined} />);

    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(onError).toHaveBeenCalledWith(failure);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('hides the previous conflict when the form is sent again', async () => {
    const onError = vi.fn();
    let failure: unknown = new FakeApiError('CONFLICT', STALE);
    renderWithUi(<Form failure={() => failure} onError={onError} reload={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByRole('alert')).toBeTruthy();

    // sent again, this time refused for another reason: the stale warning no longer applies
    failure = new FakeApiError('FORBIDDEN', 'Bạn không có quyền thực hiện thao tác này.');
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(onError).toHaveBeenCalledWith(failure);
  });
});
