import { QueryClient } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Button, Form } from 'antd';
import { describe, expect, it, vi } from 'vitest';

import { AppProviders } from '../../app/AppProviders';
import { IsoDatePicker } from './IsoDatePicker';

/** A one-field form prefilled with 01/07/2025, as the edit forms open. */
function renderForm() {
  const onFinish = vi.fn();
  const onValues = vi.fn();
  render(
    <AppProviders queryClient={new QueryClient()}>
      <Form
        initialValues={{ day: '2025-07-01' }}
        onFinish={onFinish}
        onValuesChange={(_, all) => onValues(all)}
      >
        <Form.Item name="day" label="Ngày hiệu lực">
          <IsoDatePicker />
        </Form.Item>
        <Button htmlType="submit">Lưu</Button>
      </Form>
    </AppProviders>,
  );
  const input = screen.getByLabelText('Ngày hiệu lực') as HTMLInputElement;
  return { input, onFinish, onValues };
}

describe('IsoDatePicker', () => {
  it('selects the prefilled date when focused, so what is typed replaces it', async () => {
    const { input, onValues } = renderForm();
    expect(input.value).toBe('01/07/2025');

    fireEvent.mouseDown(input);
    fireEvent.focus(input);
    // before: the caret stayed where the click put it and the typed date was added to the old one
    expect([input.selectionStart, input.selectionEnd]).toEqual([0, input.value.length]);

    fireEvent.change(input, { target: { value: '15/08/2025' } });
    fireEvent.blur(input);
    await waitFor(() => expect(onValues).toHaveBeenLastCalledWith({ day: '2025-08-15' }));
  });

  it('reads a date typed without leading zeros or separators', async () => {
    const { input, onValues } = renderForm();
    fireEvent.mouseDown(input);
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: '5/8/2025' } });
    fireEvent.keyDown(input, { key: 'Enter', code: 'Enter' });
    await waitFor(() => expect(onValues).toHaveBeenLastCalledWith({ day: '2025-08-05' }));
    fireEvent.change(input, { target: { value: '02092025' } });
    fireEvent.keyDown(input, { key: 'Enter', code: 'Enter' });
    await waitFor(() => expect(onValues).toHaveBeenLastCalledWith({ day: '2025-09-02' }));
  });

  it('takes the typed date on Enter without submitting the form', async () => {
    const { input, onFinish, onValues } = renderForm();
    fireEvent.mouseDown(input);
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: '20/07/2025' } });
    // a keydown whose default is prevented is not the browser's implicit submission
    const notPrevented = fireEvent.keyDown(input, { key: 'Enter', code: 'Enter' });
    expect(notPrevented).toBe(false);
    await waitFor(() => expect(onValues).toHaveBeenLastCalledWith({ day: '2025-07-20' }));
    expect(onFinish).not.toHaveBeenCalled();
  });
});
