import { AppError } from '../errors/app-error';
import { ReadGate, READ_GATE_MESSAGES } from './read-gate';

/** A piece of work that ends when the test says so, and says when it started. */
function pending(): {
  work: () => Promise<string>;
  started: () => boolean;
  finish: (value: string) => void;
} {
  let started = false;
  let finish: (value: string) => void = () => undefined;
  const done = new Promise<string>((resolve) => (finish = resolve));
  return {
    work: () => {
      started = true;
      return done;
    },
    started: () => started,
    finish: (value) => finish(value),
  };
}

/** Lets queued promise callbacks run. */
const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('ReadGate', () => {
  it('runs two at once, lets two wait in order, and refuses the fifth with RATE_LIMITED', async () => {
    const gate = new ReadGate({ running: 2, waiting: 2 });
    const jobs = Array.from({ length: 4 }, pending);
    const results = jobs.map((job) => gate.run(job.work));
    await settle();
    expect(jobs.map((job) => job.started())).toEqual([true, true, false, false]);
    expect(gate.load).toEqual({ running: 2, waiting: 2 });

    const refused = await gate.run(async () => 'never').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe('RATE_LIMITED');
    expect((refused as AppError).message).toBe(READ_GATE_MESSAGES.busy);

    jobs[1].finish('b');
    await settle();
    expect(jobs.map((job) => job.started())).toEqual([true, true, true, false]);
    jobs[0].finish('a');
    jobs[2].finish('c');
    await settle();
    expect(jobs[3].started()).toBe(true);
    jobs[3].finish('d');
    expect(await Promise.all(results)).toEqual(['a', 'b', 'c', 'd']);
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
  });

  it('frees the slot of a read that fails', async () => {
    const gate = new ReadGate({ running: 1, waiting: 0 });
    await expect(gate.run(() => Promise.reject(new Error('bad file')))).rejects.toThrow('bad file');
    expect(await gate.run(async () => 'ok')).toBe('ok');
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
  });
});
