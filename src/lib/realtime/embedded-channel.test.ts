// Two or three "tabs" on an in-memory bus that behaves like BroadcastChannel (delivers to every other port).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChangeNotice } from './channel';
import { joinEmbeddedChannel, type EmbeddedChannelOptions } from './embedded-channel';
import { HEARTBEAT_MS, PEER_TIMEOUT_MS, type Peer } from './presence';

type Port = ReturnType<NonNullable<EmbeddedChannelOptions['open']>> & { crashed: boolean };

/** Like BroadcastChannel: a message reaches every other open port with the same name. */
function memoryBus() {
  const ports: { name: string; port: Port }[] = [];
  const opened: Port[] = [];
  const open = (name: string): Port => {
    const port: Port = {
      crashed: false,
      onmessage: null,
      postMessage(data: unknown) {
        if (port.crashed) return;
        for (const other of ports)
          if (other.name === name && other.port !== port && !other.port.crashed)
            queueMicrotask(() => other.port.onmessage?.({ data: structuredClone(data) } as MessageEvent));
      },
      close() {
        ports.splice(
          ports.findIndex((p) => p.port === port),
          1,
        );
      },
    };
    ports.push({ name, port });
    opened.push(port);
    return port;
  };
  /** the last opened tab freezes: it neither sends nor receives, and says no goodbye */
  const crashLast = () => {
    opened[opened.length - 1]!.crashed = true;
  };
  return { open, crashLast };
}

/** Stands in for commit-notices.ts: `commitElsewhere()` is a write committed by another tab. */
const commitListeners = new Set<() => void>();
const commits = (listener: () => void) => {
  commitListeners.add(listener);
  return () => commitListeners.delete(listener);
};
const commitElsewhere = () => commitListeners.forEach((listener) => listener());

function tab(open: (name: string) => Port, me: { userId: string; name: string } | null, doc = 'doc-1') {
  const seen: { peers: Peer[]; notices: ChangeNotice[] } = { peers: [], notices: [] };
  const channel = joinEmbeddedChannel(
    doc,
    me,
    { onPeers: (p) => (seen.peers = p), onChange: (n) => seen.notices.push(n) },
    { open, now: () => Date.now(), commits },
  );
  return { channel, seen, names: () => seen.peers.map((p) => p.name).sort() };
}

const fatima = { userId: 'u-f', name: 'Fatima' };
const daan = { userId: 'u-d', name: 'Daan' };

describe('embedded document channel', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('each tab sees the other as soon as it joins, and what the other edits', async () => {
    const bus = memoryBus();
    const open = bus.open;
    const a = tab(open, fatima);
    const b = tab(open, daan);
    await vi.advanceTimersByTimeAsync(0);
    expect(a.names()).toEqual(['Daan', 'Fatima']);
    expect(b.names()).toEqual(['Daan', 'Fatima']);

    b.channel.setEditing({ kind: 'entry', id: 'e1' });
    await vi.advanceTimersByTimeAsync(0);
    expect(a.seen.peers.find((p) => p.userId === 'u-d')?.editing).toEqual({ kind: 'entry', id: 'e1' });
  });

  it('a reader who may not take part neither shows up nor sees who is here (issue 16), but hears changes', async () => {
    const bus = memoryBus();
    const open = bus.open;
    const a = tab(open, fatima);
    const visitor = tab(open, null);
    await vi.advanceTimersByTimeAsync(0);
    expect(visitor.names()).toEqual([]);
    expect(a.names()).toEqual(['Fatima']);
    a.channel.notifyChanged({ kind: 'entry', id: 'e1' });
    await vi.advanceTimersByTimeAsync(0);
    expect(visitor.seen.notices).toHaveLength(1);
  });

  it('a tab that leaves disappears at once; one that stops answering after the timeout', async () => {
    const bus = memoryBus();
    const open = bus.open;
    const a = tab(open, fatima);
    const b = tab(open, daan);
    tab(open, { userId: 'u-s', name: 'Sanne' });
    await vi.advanceTimersByTimeAsync(0);
    expect(a.names()).toEqual(['Daan', 'Fatima', 'Sanne']);

    b.channel.leave();
    await vi.advanceTimersByTimeAsync(0);
    expect(a.names()).toEqual(['Fatima', 'Sanne']);

    bus.crashLast(); // Sanne's tab freezes: no heartbeat, no goodbye
    await vi.advanceTimersByTimeAsync(PEER_TIMEOUT_MS - HEARTBEAT_MS);
    expect(a.names()).toContain('Sanne');
    await vi.advanceTimersByTimeAsync(2 * HEARTBEAT_MS);
    expect(a.names()).toEqual(['Fatima']);
  });

  it('passes change notices to the other tabs of the same document only', async () => {
    const bus = memoryBus();
    const open = bus.open;
    const a = tab(open, fatima);
    const b = tab(open, daan);
    const elsewhere = tab(open, daan, 'doc-2');
    await vi.advanceTimersByTimeAsync(0);
    a.channel.notifyChanged({ kind: 'entry', id: 'e1' });
    await vi.advanceTimersByTimeAsync(0);
    expect(b.seen.notices).toEqual([expect.objectContaining({ target: { kind: 'entry', id: 'e1' }, by: fatima })]);
    expect(elsewhere.seen.notices).toEqual([]);
    expect(a.seen.notices).toEqual([]);
  });

  it('hears a write committed in another tab at once, as a notice without target, until it leaves', async () => {
    const a = tab(memoryBus().open, fatima);
    commitElsewhere();
    expect(a.seen.notices).toEqual([{ target: null, by: null, at: expect.any(Number) }]);
    a.channel.leave();
    commitElsewhere();
    expect(a.seen.notices).toHaveLength(1);
  });
});
