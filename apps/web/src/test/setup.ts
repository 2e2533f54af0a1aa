import { configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

import { configureDayjs } from '../app/dayjs';

import { clearSavedFiles, installDownloadCapture } from './downloads';

configureDayjs();
installDownloadCapture();

// findBy*/waitFor wait up to 5 s (default 1 s): antd screens render slowly on a busy 2-core CI runner
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  vi.unstubAllGlobals();
  clearSavedFiles();
});
