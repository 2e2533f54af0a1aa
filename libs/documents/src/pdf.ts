/**
 * @thidua/documents/pdf: .docx → PDF through LibreOffice headless. The only part of the library that
 * touches the machine (it starts processes and writes temporary files), so it is an entry of its own:
 * importing the builders never needs LibreOffice, Node's child_process or a writable /tmp, and the
 * builders stay pure functions that tests and any other process can call as they are.
 */
import { spawn } from 'node:child_process';
import { constants } from 'node:fs';
import { access, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** LibreOffice is not installed here: the caller still serves the .docx. */
export class LibreOfficeMissingError extends Error {
  override readonly name = 'LibreOfficeMissingError';
  readonly code = 'PDF_UNAVAILABLE';
  constructor() {
    super('LibreOffice không có trên máy này: không tạo được bản PDF, hãy tải bản .docx.');
  }
}

/** LibreOffice ran but gave no PDF (it failed, or took longer than the timeout and was stopped). */
export class PdfConversionError extends Error {
  override readonly name: string = 'PdfConversionError';
  readonly code = 'PDF_FAILED';
}

/** More conversions are waiting than the queue holds: the caller asks again later (or serves the .docx). */
export class PdfBusyError extends PdfConversionError {
  override readonly name = 'PdfBusyError';
  constructor(waiting: number) {
    super(
      `Máy chủ đang có ${waiting} bản PDF chờ tạo, vượt quá giới hạn hàng đợi; vui lòng thử lại sau ít phút hoặc tải bản .docx.`,
    );
  }
}

export interface PdfConverterOptions {
  /** At most this many conversions at once (one worker, one LibreOffice profile each). Default 2. */
  readonly concurrency?: number;
  /** At most this many conversions wait for a worker; one more is refused with PdfBusyError. Default 50. */
  readonly maxWaiting?: number;
  /** A conversion still running after this long is stopped. Default 60 s. */
  readonly timeoutMs?: number;
  /** The soffice program: a path, or a name looked up in PATH. Default $SOFFICE_PATH, else "soffice". */
  readonly soffice?: string;
  /** Where profiles and job folders go. Default the system's temporary folder. */
  readonly workDir?: string;
}

/**
 * One conversion takes 1.1–1.3 s once LibreOffice's profile exists (stack.md §5) and a few seconds more
 * the first time a profile is made; 60 s is ample on a loaded 2-core server and still ends a hung run.
 */
const DEFAULT_TIMEOUT_MS = 60_000;

/**
 * Two workers: soffice converts on one core, and the servers we target have two (the dev machine, the
 * compose worker's default). Measured here on the 4-page Bắc Kạn plan, 8 conversions with warm profiles:
 * 1 worker 8.6 s, 2 workers 4.9 s, 3 workers 5.0 s (no gain past the cores, ~200 MB more each). A bigger server sets
 * PDF_WORKERS.
 */
export const DEFAULT_PDF_WORKERS = 2;

/**
 * A queue bound, so that a burst of "convert on the fly" requests cannot pile up without end: 50
 * waiting conversions are ~30 s of work for two workers, about as long as a browser should wait for a
 * file. (The batch job never queues more than the workers it feeds.)
 */
const DEFAULT_MAX_WAITING = 50;

/**
 * A small pool of LibreOffice workers. Two soffice runs sharing a user profile collide: the second exits
 * with status 1 and no output (stack.md §5). Each worker slot therefore has its own profile, kept
 * between conversions so that only the first conversion of a slot pays for creating it, and wiped
 * after a run that failed or timed out (a killed soffice can leave a profile half-written). The queue
 * keeps at most `concurrency` LibreOffice processes alive (each takes ~200 MB and a core) and at most
 * `maxWaiting` conversions waiting for one.
 */
export class PdfConverter {
  /** How many conversions run at once (the batch job feeds the pool this many at a time). */
  readonly concurrency: number;
  private readonly maxWaiting: number;
  private readonly timeoutMs: number;
  private readonly program: string;
  private readonly root: string;
  private readonly freeSlots: number[];
  private readonly waiting: ((slot: number) => void)[] = [];
  private resolved?: Promise<string>;

  constructor(options: PdfConverterOptions = {}) {
    this.concurrency = Math.max(1, Math.floor(options.concurrency ?? DEFAULT_PDF_WORKERS));
    this.maxWaiting = Math.max(0, Math.floor(options.maxWaiting ?? DEFAULT_MAX_WAITING));
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.program = options.soffice ?? process.env['SOFFICE_PATH'] ?? 'soffice';
    this.root = join(options.workDir ?? tmpdir(), `thidua-pdf-${process.pid}`);
    this.freeSlots = Array.from({ length: this.concurrency }, (_, i) => i);
  }

  /** Whether LibreOffice can be found (the API asks before offering a PDF link). */
  async available(): Promise<boolean> {
    try {
      await this.executable();
      return true;
    } catch {
      return false;
    }
  }

  /**
   * `timeoutMs` overrides the pool's for one long document (a decision's 1,000 certificates took 60 s
   * at load 8 on 2 cores, the pool's default).
   */
  async convert(docx: Uint8Array, options: { timeoutMs?: number } = {}): Promise<Uint8Array> {
    const program = await this.executable();
    const slot = await this.acquire();
    try {
      return await this.run(program, slot, docx, options.timeoutMs ?? this.timeoutMs);
    } finally {
      this.release(slot);
    }
  }

  /** Removes the profiles and any job folder left behind. */
  async dispose(): Promise<void> {
    await rm(this.root, { recursive: true, force: true });
  }

  private executable(): Promise<string> {
    this.resolved ??= findProgram(this.program);
    return this.resolved;
  }

  /** Conversions waiting for a worker now. */
  get queued(): number {
    return this.waiting.length;
  }

  private acquire(): Promise<number> {
    // the lowest free slot, so a lone conversion always reuses profile 0 (already made)
    const slot = this.freeSlots.sort((a, b) => b - a).pop();
    if (slot !== undefined) return Promise.resolve(slot);
    if (this.waiting.length >= this.maxWaiting) {
      return Promise.reject(new PdfBusyError(this.waiting.length));
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(slot: number): void {
    const next = this.waiting.shift();
    if (next) next(slot);
    else this.freeSlots.push(slot);
  }

  private async run(
    program: string,
    slot: number,
    docx: Uint8Array,
    timeoutMs: number,
  ): Promise<Uint8Array> {
    const profile = join(this.root, `profile-${slot}`);
    await mkdir(this.root, { recursive: true });
    const job = await mkdtemp(join(this.root, 'job-'));
    try {
      const input = join(job, 'document.docx');
      await writeFile(input, docx);
      const args = [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--norestore',
        '--nologo',
        '--nolockcheck',
        '--convert-to',
        'pdf',
        '--outdir',
        job,
        input,
      ];
      const { code, output } = await runProcess(program, args, timeoutMs);
      try {
        return new Uint8Array(await readFile(join(job, 'document.pdf')));
      } catch {
        // the next conversion of this slot starts from a fresh profile
        await rm(profile, { recursive: true, force: true });
        throw new PdfConversionError(
          code === 'timeout'
            ? `LibreOffice không chuyển xong sang PDF trong ${Math.ceil(timeoutMs / 1000)} giây và đã bị dừng.`
            : `LibreOffice không tạo được bản PDF (mã thoát ${code}): ${output.trim().slice(-500)}`,
        );
      }
    } finally {
      await rm(job, { recursive: true, force: true });
    }
  }
}

/** The absolute path of `program`, from PATH when it is a bare name; LibreOfficeMissingError if none. */
async function findProgram(program: string): Promise<string> {
  const candidates = program.includes('/')
    ? [program]
    : (process.env['PATH'] ?? '')
        .split(delimiter)
        .filter(Boolean)
        .map((dir) => join(dir, program));
  for (const candidate of candidates) {
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here: try the next folder
    }
  }
  throw new LibreOfficeMissingError();
}

/**
 * Runs the program in a process group of its own, so that a timeout ends soffice.bin too and not only
 * the oosplash launcher that `soffice` starts.
 */
function runProcess(
  program: string,
  args: string[],
  timeoutMs: number,
): Promise<{ code: number | 'timeout'; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-4000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, timeoutMs);
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(error.code === 'ENOENT' ? new LibreOfficeMissingError() : error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: timedOut ? 'timeout' : (code ?? -1), output });
    });
  });
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

let shared: PdfConverter | undefined;

/**
 * Converts with a converter shared by the whole process (the default pool: two workers, 60 s timeout).
 * Throws LibreOfficeMissingError when soffice is absent, PdfConversionError when it fails.
 */
export function convertToPdf(docx: Uint8Array): Promise<Uint8Array> {
  shared ??= new PdfConverter();
  return shared.convert(docx);
}
