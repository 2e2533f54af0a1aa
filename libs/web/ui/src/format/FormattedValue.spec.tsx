import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderWithUi } from '../testing/renderWithUi';
import { CalendarDateText } from './FormattedValue';

describe('CalendarDateText', () => {
  it('shows a Date scalar as dd/mm/yyyy without any time-zone shift', () => {
    renderWithUi(<CalendarDateText value="2025-07-01" />);
    const time = screen.getByText('01/07/2025');
    expect(time.getAttribute('dateTime')).toBe('2025-07-01');
  });

  it('shows "—" for a missing or malformed date', () => {
    renderWithUi(
      <>
        <CalendarDateText value={null} />
        <CalendarDateText value="2025-02-30" />
      </>,
    );
    expect(screen.getAllByText('—')).toHaveLength(2);
  });
});
