import { AppError } from '../errors/app-error';
import { AppLogger, createRootLogger, prettyLine } from './logger';

describe('prettyLine', () => {
  it('prints time, level, context and message, then the other fields', () => {
    const line = prettyLine(
      JSON.stringify({
        level: 30,
        time: Date.UTC(2026, 0, 1, 3, 4, 5),
        msg: 'Đã tạo',
        context: 'Boot',
        pid: 1,
        count: 3,
      }),
      false,
    );
    expect(line).toMatch(/^\d\d:\d\d:\d\d INFO {2}\[Boot\] Đã tạo count=3\n$/);
    expect(line).not.toContain('pid');
  });

  it('prints a request as method, url, status and time', () => {
    const line = prettyLine(
      JSON.stringify({
        level: 30,
        msg: 'request completed',
        req: { method: 'POST', url: '/graphql' },
        res: { statusCode: 200 },
        responseTime: 12,
      }),
      false,
    );
    expect(line).toContain('INFO  POST /graphql 200 12 ms');
  });

  it('puts an error stack under the line and colours only for a terminal', () => {
    const json = JSON.stringify({
      level: 50,
      msg: 'hỏng',
      err: { message: 'x', stack: 'Error: x\n    at f' },
    });
    expect(prettyLine(json, false)).toContain('ERROR hỏng\nError: x\n    at f');
    expect(prettyLine(json, true)).toContain('\x1b[31mERROR');
  });

  it('passes a line that is not JSON through unchanged', () => {
    expect(prettyLine('not json', false)).toBe('not json');
  });
});

describe('AppLogger', () => {
  it('passes Nest contexts and error stacks to pino', () => {
    const seen: unknown[] = [];
    const fake = {
      info: (...a: unknown[]) => seen.push(a),
      error: (...a: unknown[]) => seen.push(a),
    };
    const nest = new AppLogger(fake as never);
    nest.log('Xin chào', 'Boot');
    nest.error('Lỗi', 'stack here', 'Jobs');
    nest.error(new Error('hỏng'), 'Jobs');
    expect(seen[0]).toEqual([{ context: 'Boot' }, 'Xin chào']);
    expect(seen[1]).toEqual([{ context: 'Jobs', stack: 'stack here' }, 'Lỗi']);
    expect(seen[2]).toEqual([{ context: 'Jobs', err: expect.any(Error) }, 'hỏng']);
  });

  it('reports a domain refusal (AppError) at debug level, not as an error', () => {
    const errors: unknown[] = [];
    const debug: unknown[] = [];
    const nest = new AppLogger({
      error: (...a: unknown[]) => errors.push(a),
      debug: (...a: unknown[]) => debug.push(a),
    } as never);
    nest.error(new AppError('NOT_FOUND', 'Không tìm thấy.'), 'ExceptionsHandler');
    expect(errors).toEqual([]);
    expect(debug).toHaveLength(1);
  });
});

describe('createRootLogger', () => {
  it('honours the level', () => {
    expect(createRootLogger({ level: 'warn', format: 'json' }).level).toBe('warn');
  });
});
