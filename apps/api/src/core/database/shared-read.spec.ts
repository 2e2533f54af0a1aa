import { turnSharedRead } from './shared-read';

/** A read that counts its statements and answers each when told to. */
function heldRead() {
  const sent: { resolve: (value: number) => void; reject: (error: Error) => void }[] = [];
  const read = turnSharedRead(
    () => new Promise<number>((resolve, reject) => sent.push({ resolve, reject })),
  );
  return { read, sent };
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('turnSharedRead', () => {
  it('sends one statement for the callers of one turn, at the end of the turn', async () => {
    const { read, sent } = heldRead();
    const answers = [read(), read(), read()];
    expect(sent).toHaveLength(0);
    await turn();
    expect(sent).toHaveLength(1);
    sent[0]?.resolve(7);
    await expect(Promise.all(answers)).resolves.toEqual([7, 7, 7]);
  });

  it('never shares a statement already sent with a later caller', async () => {
    const { read, sent } = heldRead();
    const first = read();
    await turn();
    expect(sent).toHaveLength(1);
    // asked after the first statement left (it has not answered yet): a statement of its own
    const second = read();
    await turn();
    expect(sent).toHaveLength(2);
    sent[1]?.resolve(2);
    sent[0]?.resolve(1);
    await expect(first).resolves.toBe(1);
    await expect(second).resolves.toBe(2);
  });

  it('gives every caller of a failed statement its error, and reads again afterwards', async () => {
    const { read, sent } = heldRead();
    const answers = [read(), read()];
    await turn();
    sent[0]?.reject(new Error('connection lost'));
    for (const answer of answers) await expect(answer).rejects.toThrow('connection lost');
    const again = read();
    await turn();
    expect(sent).toHaveLength(2);
    sent[1]?.resolve(3);
    await expect(again).resolves.toBe(3);
  });

  it('turns a read that throws before its promise into a rejection', async () => {
    const read = turnSharedRead<number>(() => {
      throw new Error('no pool');
    });
    await expect(read()).rejects.toThrow('no pool');
  });
});
