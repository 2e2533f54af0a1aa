/**
 * What the app handed to the browser's "save" during a test. `saveFile` runs for real: jsdom has no
 * `URL.createObjectURL` and does not follow a link's click, so the setup gives it object URLs and
 * records the file name of each `<a download>` clicked on one.
 *
 * Why not `vi.mock('…/shared/download')`: the tests run in one shared module graph (`isolate: false`
 * in vitest.config.mts), where a file's module mock would reach the files after it.
 */
export interface SavedFile {
  name: string;
}

const URL_PREFIX = 'blob:thidua-test/';
const saved: SavedFile[] = [];
let urls = 0;
let installed = false;

/** The files saved since this test began, oldest first. */
export function savedFiles(): readonly SavedFile[] {
  return saved;
}

/** Forgets the files saved so far in this test (to count what one action saves). */
export function clearSavedFiles(): void {
  saved.length = 0;
}

/** Once per worker: the setup file runs again before each test file, in the same window. */
export function installDownloadCapture(): void {
  if (installed) return;
  installed = true;
  URL.createObjectURL = (): string => `${URL_PREFIX}${++urls}`;
  URL.revokeObjectURL = (): void => undefined;
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement): void {
    if (this.download && this.href.startsWith(URL_PREFIX)) {
      saved.push({ name: this.download });
      return;
    }
    click.call(this);
  };
}
