import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { AT_MOST_MS, openWhenQuiet, QUIET_MS } from './open-when-quiet';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestIdleCallback', 'cancelIdleCallback'] });
});
afterEach(() => {
  vi.useRealTimers();
});

test('opens once the page has stopped asking for a moment, not while it asks', () => {
  const open = vi.fn();
  const opener = openWhenQuiet(open);
  for (let i = 0; i < 5; i++) {
    vi.advanceTimersByTime(QUIET_MS - 50);
    opener.touch();
  }
  expect(open).not.toHaveBeenCalled();
  vi.advanceTimersByTime(QUIET_MS * 4);
  expect(open).toHaveBeenCalledTimes(1);
  opener.touch();
  vi.advanceTimersByTime(AT_MOST_MS);
  expect(open).toHaveBeenCalledTimes(1);
});

test('a page that never stops asking still gets its database within the bound', () => {
  const open = vi.fn();
  const opener = openWhenQuiet(open);
  for (let waited = 0; waited < AT_MOST_MS - 100; waited += 100) {
    vi.advanceTimersByTime(100);
    opener.touch();
  }
  expect(open).not.toHaveBeenCalled();
  vi.advanceTimersByTime(100);
  expect(open).toHaveBeenCalledTimes(1);
});
