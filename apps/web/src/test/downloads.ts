/**
 * What the app handed to the browser's "save" during a test. `saveFile` runs for real: jsdom has no
 * `URL.createObjectURL` and does not follow a link's click, so the setup gives it object URLs and
 * records each `<a download>` clicked on one, with its file name and content.
 *
 * Why not `vi.mock('…/shared/download')`: the tests run in one shared module graph (`isolate: false`
 * in vitest.config.mts), where a file's module mock would reach the files after it.
 */
export interface SavedFile {
  name: string;
  blob: Blob | undefined;
}

const saved: SavedFile[] = [];
const blobs = new Map<string, Blob>();
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
  URL.createObjectURL = (blob: Blob | MediaSource): string => {
    const url = `blob:thidua-test/${++urls}`;
    if (blob instanceof Blob) blobs.set(url, blob);
    return url;
  };
  URL.revokeObjectURL = (url: string): void => {
    blobs.delete(url);
  };
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement): void {
    if (this.download && this.href.startsWith('blob:thidua-test/')) {
      saved.push({ name: this.download, blob: blobs.get(this.href) });
      return;
    }
    click.call(this);
  };
}
