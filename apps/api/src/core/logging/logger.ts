import { Writable } from 'node:stream';
import type { LoggerService } from '@nestjs/common';
import pino, { type Logger, type LevelWithSilent } from 'pino';

const LEVEL_NAMES: Record<number, string> = {
  10: 'TRACE',
  20: 'DEBUG',
  30: 'INFO',
  40: 'WARN',
  50: 'ERROR',
  60: 'FATAL',
};
const LEVEL_COLOURS: Record<number, string> = {
  10: '90',
  20: '36',
  30: '32',
  40: '33',
  50: '31',
  60: '35',
};
/** Fields every line carries that a person at a terminal does not need to read. */
const QUIET_KEYS = new Set([
  'level',
  'time',
  'msg',
  'pid',
  'hostname',
  'service',
  'context',
  'reqId',
  'req',
  'res',
  'responseTime',
  'v',
]);

function clock(time: unknown): string {
  const d = typeof time === 'number' ? new Date(time) : new Date();
  return d.toTimeString().slice(0, 8);
}

/**
 * One JSON line from pino as a line a person reads: `10:42:07 INFO  [Boot] message key=value`.
 * Requests print as `GET /graphql 200 12 ms`; an error prints its stack under the line.
 */
export function prettyLine(json: string, colour: boolean): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json;
  }
  const level = typeof entry['level'] === 'number' ? entry['level'] : 30;
  const name = (LEVEL_NAMES[level] ?? String(level)).padEnd(5);
  const paint = (code: string | undefined, text: string) =>
    colour && code ? `\x1b[${code}m${text}\x1b[0m` : text;
  const parts = [paint('90', clock(entry['time'])), paint(LEVEL_COLOURS[level], name)];
  if (entry['context']) parts.push(`[${String(entry['context'])}]`);
  const req = entry['req'] as { method?: string; url?: string } | undefined;
  const res = entry['res'] as { statusCode?: number } | undefined;
  if (req?.method && res?.statusCode !== undefined) {
    parts.push(
      `${req.method} ${req.url ?? ''} ${res.statusCode} ${String(entry['responseTime'] ?? '?')} ms`,
    );
  } else {
    parts.push(String(entry['msg'] ?? ''));
  }
  let stack = '';
  for (const [key, value] of Object.entries(entry)) {
    if (QUIET_KEYS.has(key)) continue;
    if (key === 'err' && value && typeof value === 'object') {
      const err = value as { stack?: string; message?: string };
      stack = `\n${err.stack ?? err.message ?? JSON.stringify(value)}`;
      continue;
    }
    parts.push(`${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
  }
  return `${parts.join(' ')}${stack}\n`;
}

/** A stream that turns pino's JSON lines into `prettyLine`s on `target` (a terminal). */
export function prettyStream(target: NodeJS.WritableStream & { isTTY?: boolean }): Writable {
  let pending = '';
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      pending += chunk.toString('utf8');
      let newline = pending.indexOf('\n');
      while (newline >= 0) {
        target.write(prettyLine(pending.slice(0, newline), target.isTTY === true));
        pending = pending.slice(newline + 1);
        newline = pending.indexOf('\n');
      }
      done();
    },
  });
}

export interface LoggerOptions {
  level: string;
  /** `pretty`: human-readable lines; `json`: one JSON object a line; null: pretty only on a terminal. */
  format?: 'json' | 'pretty' | null;
}

/**
 * The process's one pino logger: JSON lines for collectors, readable lines on a terminal
 * (`LOG_FORMAT=json|pretty` overrides the guess). Secrets never reach it (see `redact`).
 */
export function createRootLogger(options: LoggerOptions): Logger {
  const pretty = options.format ? options.format === 'pretty' : process.stdout.isTTY === true;
  return pino(
    {
      level: options.level as LevelWithSilent,
      base: { service: 'thidua-api' },
      redact: {
        paths: [
          'req.headers.authorization',
          'req.headers.cookie',
          'res.headers["set-cookie"]',
          'password',
          '*.password',
        ],
        censor: '[redacted]',
      },
    },
    pretty ? prettyStream(process.stdout) : pino.destination({ dest: 1, sync: false }),
  );
}

/** Nest's logger interface over pino: `new Logger(Name).log(...)` lands here with its context. */
export class AppLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  private write(
    level: 'info' | 'warn' | 'error' | 'debug' | 'trace' | 'fatal',
    message: unknown,
    rest: unknown[],
  ): void {
    const context =
      typeof rest[rest.length - 1] === 'string' ? (rest[rest.length - 1] as string) : undefined;
    const bindings: Record<string, unknown> = context ? { context } : {};
    if (message instanceof Error) {
      // Nest's ExceptionsHandler reports every error a resolver threw; a domain refusal (AppError:
      // NOT_FOUND, BAD_USER_INPUT…) is an answer, not a fault, and would bury real errors.
      if (message.name === 'AppError') level = 'debug';
      this.logger[level]({ ...bindings, err: message }, message.message);
      return;
    }
    // Nest passes an error's stack as the second argument of `error(message, stack, context)`.
    if (level === 'error' && typeof rest[0] === 'string' && rest.length > 1)
      bindings['stack'] = rest[0];
    if (typeof message === 'object' && message !== null)
      this.logger[level]({ ...bindings, ...message });
    else this.logger[level](bindings, String(message));
  }

  log(message: unknown, ...rest: unknown[]): void {
    this.write('info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('trace', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]): void {
    this.write('fatal', message, rest);
  }
}
