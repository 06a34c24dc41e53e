// Presence on Supabase Realtime under tickets (issue 16): a tab tracks only its ticket; names come from the database.
import { describe, expect, it } from 'vitest';
import { peersFromPresence } from './supabase-channel';

const holders = new Map([['t-fatima', { peerId: 'p-f', name: 'Fatima El Amrani' }]]);

describe('peersFromPresence', () => {
  it('names a tab by the holder of its ticket, never by what the tab claims', () => {
    const state = {
      tab1: [{ ticket: 't-fatima', editing: { kind: 'entry' as const, id: 'e1' } }],
      // a forged meta: a made-up ticket and someone else's name and id
      tab2: [{ ticket: 't-made-up', userId: 'u-mark', name: 'Mark Jansen', editing: null }],
      // no ticket at all
      tab3: [{ editing: null }],
    };
    expect(peersFromPresence(state, holders)).toEqual([
      { key: 'tab1', userId: 'p-f', name: 'Fatima El Amrani', editing: { kind: 'entry', id: 'e1' } },
    ]);
  });

  it('a tab re-tracked under the same key: the last meta wins', () => {
    const state = {
      tab1: [
        { ticket: 't-made-up', editing: null },
        { ticket: 't-fatima', editing: null },
      ],
    };
    expect(peersFromPresence(state, holders).map((p) => p.name)).toEqual(['Fatima El Amrani']);
  });
});
