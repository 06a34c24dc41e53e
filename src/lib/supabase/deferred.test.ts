import { describe, expect, it, vi } from 'vitest';
import { deferred } from './deferred';

/** A tiny client shaped like supabase-js: a lazy thenable builder, a subscription, an object passed back in. */
function fakeClient() {
  const sent: string[] = [];
  const listeners: string[] = [];
  const channels: object[] = [];
  const client = {
    prefix: 'rpc:',
    rpc(name: string) {
      let signal: string | undefined;
      const prefix = this.prefix; // `this` must be the real client, not the stand-in
      const builder = {
        abortSignal(s: string) {
          signal = s;
          return builder;
        },
        then(resolve: (v: unknown) => void) {
          sent.push(name);
          resolve({ data: `${prefix}${name}${signal ? `@${signal}` : ''}`, error: null });
        },
      };
      return builder;
    },
    auth: {
      onAuthStateChange(cb: string) {
        listeners.push(cb);
        return { data: { subscription: { unsubscribe: () => listeners.splice(listeners.indexOf(cb), 1) } } };
      },
    },
    channel(name: string) {
      const channel = { name, on: () => channel };
      channels.push(channel);
      return channel;
    },
    removeChannel(channel: object) {
      channels.splice(channels.indexOf(channel), 1);
    },
  };
  return { client, sent, listeners, channels };
}

function setup() {
  const fake = fakeClient();
  let loaded: typeof fake.client | undefined;
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const load = vi.fn(() => gate.then(() => (loaded = fake.client)));
  const proxy = deferred(() => loaded, load);
  return { ...fake, proxy, load, release };
}

describe('deferred client', () => {
  it('replays a builder chain made before loading, and sends it only when awaited', async () => {
    const { proxy, sent, release } = setup();
    const pending = proxy.rpc('me').abortSignal('s1');
    expect(sent).toEqual([]);
    release();
    expect(await pending).toEqual({ data: 'rpc:me@s1', error: null });
    expect(sent).toEqual(['me']);
  });

  it('makes a call such as a subscription as soon as it can, even if nobody awaits it, and undoes it later', async () => {
    const { proxy, listeners, release, load } = setup();
    const { data } = proxy.auth.onAuthStateChange('cb');
    release();
    await load.mock.results[0]!.value;
    await vi.waitFor(() => expect(listeners).toEqual(['cb']));
    data.subscription.unsubscribe();
    await vi.waitFor(() => expect(listeners).toEqual([]));
  });

  it('passes the real object back when a stand-in is handed to the client', async () => {
    const { proxy, channels, release } = setup();
    const channel = proxy.channel('document:1').on();
    release();
    await vi.waitFor(() => expect(channels).toHaveLength(1));
    await (channel as unknown as Promise<unknown>); // settled
    proxy.removeChannel(channel);
    expect(channels).toEqual([]);
  });

  it('goes straight to the real object once loaded', async () => {
    const { proxy, release, client, load } = setup();
    release();
    await proxy.rpc('warm-up');
    expect(load).toHaveBeenCalledTimes(1);
    expect(proxy.auth).toBe(client.auth);
  });

  it('reports a failed load to whoever awaits, without an unhandled rejection', async () => {
    const proxy = deferred<{ rpc: (n: string) => Promise<unknown> }>(
      () => undefined,
      () => Promise.reject(new Error('offline')),
    );
    await expect(proxy.rpc('me')).rejects.toThrow('offline');
  });

  it('lets an early answer stand in for a property before loading', async () => {
    const early = vi.fn((prop: PropertyKey) => (prop === 'rpc' ? () => 'early' : undefined));
    const load = vi.fn(() => new Promise<{ rpc: () => string }>(() => undefined));
    const proxy = deferred(() => undefined, load, early);
    expect(proxy.rpc()).toBe('early');
    expect(load).not.toHaveBeenCalled();
  });
});
