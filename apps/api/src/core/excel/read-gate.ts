import { AppError } from '../errors/app-error';

/**
 * How many Excel files one process parses at once, and how many may wait for their turn.
 *
 * Reading is CPU- and memory-heavy: at the limits (a 64 MB sheet, a million cells) exceljs takes about
 * 5 s and up to 1 GB of heap. Two at once fit in Node's default heap (about 2 to 4 GB) beside the rest
 * of the API; a waiting upload holds only its buffer (at most 10 MB) and waits for at most two reads.
 * Beyond that the upload is refused at once with RATE_LIMITED (HTTP 429) and a Vietnamese message,
 * rather than queued without bound as before (a hundred uploads held a gigabyte of buffers, and each
 * waited for all the others). Waiting is first come, first served, with no timer: a read always ends.
 */
export interface ReadGateLimits {
  running: number;
  waiting: number;
}

export const DEFAULT_READ_GATE_LIMITS: ReadGateLimits = { running: 2, waiting: 2 };

export const READ_GATE_MESSAGES = {
  busy: 'Máy chủ đang đọc nhiều tệp Excel cùng lúc. Vui lòng thử lại sau ít phút.',
};

export class ReadGate {
  private active = 0;
  private readonly queue: (() => void)[] = [];

  constructor(private readonly limits: ReadGateLimits = DEFAULT_READ_GATE_LIMITS) {}

  /** Files being read now and waiting, for tests and logs. */
  get load(): { running: number; waiting: number } {
    return { running: this.active, waiting: this.queue.length };
  }

  /** Runs `work` when a slot is free; throws RATE_LIMITED at once when the waiting line is full. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.active < this.limits.running) {
      this.active++;
    } else if (this.queue.length < this.limits.waiting) {
      // release() hands its slot over: `active` stays counted.
      await new Promise<void>((resolve) => this.queue.push(resolve));
    } else {
      throw new AppError('RATE_LIMITED', READ_GATE_MESSAGES.busy, undefined, {
        retryAfterSeconds: 30,
      });
    }
    try {
      return await work();
    } finally {
      this.release();
    }
  }

  private release(): void {
    const next = this.queue.shift();
    if (next) next();
    else this.active--;
  }
}

/** The gate every `readSheet` of this process goes through. */
export const EXCEL_READ_GATE = new ReadGate();
