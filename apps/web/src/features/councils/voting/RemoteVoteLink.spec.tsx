import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';

import { RemoteVoteLink } from './RemoteVoteLink';

describe('RemoteVoteLink', () => {
  it('links a remote open round to its voting page, and shows nothing for any other round', () => {
    const { rerender } = render(
      <MemoryRouter>
        <RemoteVoteLink sessionId="s-1" round={{ id: 'r-1', mode: 'REMOTE', status: 'OPEN' }} />
      </MemoryRouter>,
    );
    expect(screen.getByRole('link', { name: 'Bỏ phiếu từ xa' }).getAttribute('href')).toBe(
      '/hoi-dong/phien/s-1/vong/r-1/bo-phieu',
    );
    for (const round of [
      { id: 'r-1', mode: 'REMOTE', status: 'CLOSED' },
      { id: 'r-1', mode: 'ROOM', status: 'OPEN' },
    ]) {
      rerender(
        <MemoryRouter>
          <RemoteVoteLink sessionId="s-1" round={round} />
        </MemoryRouter>,
      );
      expect(screen.queryByRole('link')).toBeNull();
    }
  });
});
