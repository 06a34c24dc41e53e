import type { PGlite } from '@electric-sql/pglite';
import { MAX_DEFER_MS, QUIET_MS, oneStoreAtATime } from './one-store-at-a-time';

type Filesystem = NonNullable<PGlite['fs']>;

/** A file system whose passes end when the test says so; it records how many run at once. */
function slowFs() {
  const ends: Array<() => void> = [];
  const log = { started: 0, running: 0, mostAtOnce: 0 };
  const fs = {
    closeFs: () => Promise.resolve(),
    syncToFs: () =>
      new Promise<void>((resolve) => {
        log.started++;
        log.running++;
        log.mostAtOnce = Math.max(log.mostAtOnce, log.running);
        ends.push(() => {
          log.running--;
          resolve();
        });
      }),
  } as unknown as Filesystem;
  const endPass = async () => {
    ends.shift()?.();
    await vi.advanceTimersByTimeAsync(0);
  };
  return { fs, log, endPass };
}

describe('one IndexedDB store at a time', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  test('a store asked for during another waits for it; the ones asked meanwhile share one next pass', async () => {
    const { fs, log, endPass } = slowFs();
    oneStoreAtATime(fs);
    let firstDone = false;
    let laterDone = 0;
    void fs.syncToFs(false).then(() => (firstDone = true));
    for (let i = 0; i < 3; i++) void fs.syncToFs(false).then(() => laterDone++);
    await vi.advanceTimersByTimeAsync(0);
    expect(log.started).toBe(1);

    await endPass();
    expect(firstDone).toBe(true);
    // the first pass may have begun before their writes: they are done only after a pass of their own
    expect(laterDone).toBe(0);
    expect(log.started).toBe(2);

    await endPass();
    expect(laterDone).toBe(3);
    expect(log.mostAtOnce).toBe(1);
  });

  test("PGlite's background passes after each query wait for a quiet moment and then run once", async () => {
    const { fs, log, endPass } = slowFs();
    oneStoreAtATime(fs);
    for (let i = 0; i < 5; i++) {
      await fs.syncToFs(true); // never holds up the query that asked
      await vi.advanceTimersByTimeAsync(QUIET_MS / 2);
    }
    expect(log.started).toBe(0);
    await vi.advanceTimersByTimeAsync(QUIET_MS);
    expect(log.started).toBe(1);
    await endPass();
    await vi.advanceTimersByTimeAsync(MAX_DEFER_MS);
    expect(log.started).toBe(1);
  });

  test('with queries all the time, a background pass still runs within the bound', async () => {
    const { fs, log } = slowFs();
    oneStoreAtATime(fs);
    for (let waited = 0; waited <= MAX_DEFER_MS; waited += QUIET_MS / 4) {
      void fs.syncToFs(true);
      await vi.advanceTimersByTimeAsync(QUIET_MS / 4);
    }
    expect(log.started).toBe(1);
  });

  test('a flush takes over a waiting background pass instead of adding one', async () => {
    const { fs, log, endPass } = slowFs();
    oneStoreAtATime(fs);
    void fs.syncToFs(true);
    let flushed = false;
    void fs.syncToFs(false).then(() => (flushed = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(log.started).toBe(1);
    await endPass();
    expect(flushed).toBe(true);
    await vi.advanceTimersByTimeAsync(MAX_DEFER_MS);
    expect(log.started).toBe(1);
  });

  test('closing the database drops a waiting background pass', async () => {
    const { fs, log } = slowFs();
    oneStoreAtATime(fs);
    void fs.syncToFs(true);
    await fs.closeFs();
    await vi.advanceTimersByTimeAsync(MAX_DEFER_MS);
    expect(log.started).toBe(0);
  });
});
