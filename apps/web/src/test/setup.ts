import { afterEach, vi } from 'vitest';

import { configureDayjs } from '../app/dayjs';

configureDayjs();

afterEach(() => {
  vi.unstubAllGlobals();
});
