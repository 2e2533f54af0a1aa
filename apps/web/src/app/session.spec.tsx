import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { makeViewer } from '../test/fixtures';
import { gqlError, mockGraphql } from '../test/mockGraphql';
import { renderApp } from '../test/renderApp';
import { CHANGE_PASSWORD_FLAG, PATHS } from './paths';

describe('installSessionExpiry', () => {
  it('takes a user whose password an administrator just set to the password change', async () => {
    // signed in normally; meanwhile an administrator resets the password: the next query is refused
    let reset = false;
    const api = mockGraphql({
      Me: () => ({ data: { me: makeViewer([], { mustChangePassword: reset }) } }),
      LegalDocuments: () => {
        reset = true;
        return gqlError('PASSWORD_CHANGE_REQUIRED', 'Bạn cần đổi mật khẩu trước khi tiếp tục.');
      },
    });
    const { router } = renderApp(PATHS.legalDocuments);
    await waitFor(() => expect(router.state.location.pathname).toBe(PATHS.profile));
    expect(router.state.location.search).toBe(`?${CHANGE_PASSWORD_FLAG}=1`);
    expect(api.callsOf('Me').length).toBeGreaterThanOrEqual(2);
  });
});
