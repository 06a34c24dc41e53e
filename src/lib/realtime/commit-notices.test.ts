// The real BroadcastChannel: what another tab (another BroadcastChannel object of the same name) commits is heard,
// what this tab commits goes to the others and not back to this tab.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { announceCommit, onCommitElsewhere } from './commit-notices';

const otherTabs: BroadcastChannel[] = [];
const otherTab = () => {
  const port = new BroadcastChannel('agendakaart:commits');
  otherTabs.push(port);
  return port;
};
afterEach(() => otherTabs.splice(0).forEach((port) => port.close()));

describe('commit notices between tabs', () => {
  it('a commit in another tab reaches every listener of this tab; after unsubscribing no more', async () => {
    const first = vi.fn();
    const second = vi.fn();
    const stopFirst = onCommitElsewhere(first);
    const stopSecond = onCommitElsewhere(second);
    otherTab().postMessage('committed');
    await vi.waitFor(() => expect(second).toHaveBeenCalledTimes(1));
    expect(first).toHaveBeenCalledTimes(1);

    stopFirst();
    otherTab().postMessage('committed');
    await vi.waitFor(() => expect(second).toHaveBeenCalledTimes(2));
    expect(first).toHaveBeenCalledTimes(1);
    stopSecond();
  });

  it("this tab's commit reaches the other tabs, not its own listeners", async () => {
    const own = vi.fn();
    const stop = onCommitElsewhere(own);
    const other = otherTab();
    const heard = new Promise((resolve) => (other.onmessage = (e) => resolve(e.data)));
    announceCommit();
    expect(await heard).toBe('committed');
    // a message to this tab itself would have arrived by now, in the same task order as the other tab's
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(own).not.toHaveBeenCalled();
    stop();
  });
});
