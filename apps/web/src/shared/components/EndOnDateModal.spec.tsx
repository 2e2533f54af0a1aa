import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '@thidua/web-data-access';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { AppProviders } from '../../app/AppProviders';
import { explainOf, getButton } from '../../test/antd';
import { today } from '../dates';
import { EndOnDateModal } from './EndOnDateModal';

function renderModal(end: (day: string) => Promise<unknown>) {
  const onClose = vi.fn();
  render(
    <AppProviders queryClient={new QueryClient()}>
      <EndOnDateModal
        open
        title="Kết thúc chức vụ Chuyên viên tại Sở Nội vụ"
        okText="Kết thúc"
        field="endedOn"
        label="Ngày kết thúc"
        requiredWhat="ngày kết thúc"
        pending={false}
        confirmation={(day) => ({ title: `Kết thúc từ ngày ${day}?`, okText: 'Đồng ý kết thúc' })}
        end={end}
        done="Đã kết thúc chức vụ."
        onClose={onClose}
      />
    </AppProviders>,
  );
  return { onClose };
}

const modalOf = (text: string) =>
  screen.getAllByText(text)[0]!.closest('.ant-modal') as HTMLElement;

/** The confirmation dialog titled `title` (antd renders the title twice). */
const askOf = async (title: string) =>
  (await screen.findAllByText(title))[0]!.closest('.ant-modal') as HTMLElement;

describe('EndOnDateModal', () => {
  it('ends on the chosen day (today by default) only after the confirmation, then closes', async () => {
    const end = vi.fn().mockResolvedValue({});
    const { onClose } = renderModal(end);

    fireEvent.click(getButton('Kết thúc', modalOf('Kết thúc chức vụ Chuyên viên tại Sở Nội vụ')));
    const ask = await askOf(`Kết thúc từ ngày ${today()}?`);
    expect(end).not.toHaveBeenCalled();
    fireEvent.click(getButton('Đồng ý kết thúc', ask));

    await waitFor(() => expect(end).toHaveBeenCalledWith(today()));
    expect(await screen.findByText('Đã kết thúc chức vụ.')).toBeTruthy();
    expect(onClose).toHaveBeenCalledTimes(1);
  }, 30_000);

  it('does nothing when the confirmation is cancelled', async () => {
    const end = vi.fn().mockResolvedValue({});
    const { onClose } = renderModal(end);

    fireEvent.click(getButton('Kết thúc', modalOf('Kết thúc chức vụ Chuyên viên tại Sở Nội vụ')));
    const ask = await askOf(`Kết thúc từ ngày ${today()}?`);
    fireEvent.click(getButton('Hủy', ask));

    // the confirmation has answered (its dialog closes; jsdom never finishes the leave animation)
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(end).not.toHaveBeenCalled();
    expect(onClose).not.toHaveBeenCalled();
  }, 30_000);

  it('shows a refusal of the day under the date and stays open', async () => {
    const end = vi.fn().mockRejectedValue(
      new ApiError('BAD_USER_INPUT', 'Dữ liệu không hợp lệ.', {
        endedOn: ['Ngày kết thúc không được trước ngày bắt đầu.'],
      }),
    );
    const { onClose } = renderModal(end);

    fireEvent.click(getButton('Kết thúc', modalOf('Kết thúc chức vụ Chuyên viên tại Sở Nội vụ')));
    const ask = await askOf(`Kết thúc từ ngày ${today()}?`);
    fireEvent.click(getButton('Đồng ý kết thúc', ask));

    await waitFor(() =>
      expect(explainOf('Ngày kết thúc')).toBe('Ngày kết thúc không được trước ngày bắt đầu.'),
    );
    expect(onClose).not.toHaveBeenCalled();
    expect(screen.queryByText('Đã kết thúc chức vụ.')).toBeNull();
  }, 30_000);
});
