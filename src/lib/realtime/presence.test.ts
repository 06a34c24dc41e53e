import { describe, expect, it } from 'vitest';
import {
  PEER_TIMEOUT_MS,
  PRESENCE_PALETTE,
  colourOf,
  editorsOf,
  initialsOf,
  peersOf,
  peoplePresent,
  presenceReducer,
  type Peer,
  type PresenceState,
} from './presence';

const fatima: Peer = { key: 'tab-f', userId: 'u-f', name: 'Fatima El Amrani', editing: null };
const daan: Peer = { key: 'tab-d', userId: 'u-d', name: 'Daan Bakker', editing: { kind: 'entry', id: 'e1' } };

describe('presenceReducer', () => {
  it('adds a peer when heard and replaces it with what it says next', () => {
    let state: PresenceState = {};
    state = presenceReducer(state, { type: 'seen', peer: fatima, at: 0 });
    state = presenceReducer(state, {
      type: 'seen',
      peer: { ...fatima, editing: { kind: 'section', id: 's1' } },
      at: 5,
    });
    expect(peersOf(state)).toEqual([{ ...fatima, editing: { kind: 'section', id: 's1' } }]);
  });

  it('drops a peer that said goodbye', () => {
    const state = presenceReducer({}, { type: 'seen', peer: fatima, at: 0 });
    expect(peersOf(presenceReducer(state, { type: 'left', key: fatima.key }))).toEqual([]);
  });

  it('drops a tab not heard from within the timeout (closed or crashed), keeps one that was', () => {
    let state: PresenceState = {};
    state = presenceReducer(state, { type: 'seen', peer: fatima, at: 0 });
    state = presenceReducer(state, { type: 'seen', peer: daan, at: 6_000 });
    expect(peersOf(presenceReducer(state, { type: 'tick', at: PEER_TIMEOUT_MS }))).toHaveLength(2);
    expect(peersOf(presenceReducer(state, { type: 'tick', at: PEER_TIMEOUT_MS + 1 }))).toEqual([daan]);
  });

  it('returns the same state object when nothing changed, so listeners are not woken for nothing', () => {
    const state = presenceReducer({}, { type: 'seen', peer: fatima, at: 0 });
    expect(presenceReducer(state, { type: 'tick', at: 1 })).toBe(state);
    expect(presenceReducer(state, { type: 'left', key: 'unknown' })).toBe(state);
  });
});

describe('who is here and who edits what', () => {
  it('lists each person once without me, preferring the tab that is editing', () => {
    const daanIdle: Peer = { ...daan, key: 'tab-d2', editing: null };
    const people = peoplePresent([fatima, daanIdle, daan], 'u-f');
    expect(people).toEqual([daan]);
  });

  it('names the others editing a given entry, never me', () => {
    const fatimaEditing: Peer = { ...fatima, editing: { kind: 'entry', id: 'e1' } };
    expect(editorsOf([fatimaEditing, daan], { kind: 'entry', id: 'e1' }, 'u-d')).toEqual([fatimaEditing]);
    expect(editorsOf([fatimaEditing, daan], { kind: 'section', id: 'e1' }, 'u-d')).toEqual([]);
  });
});

describe('colours and initials', () => {
  it('gives one person the same palette colour everywhere', () => {
    expect(colourOf('u-f')).toBe(colourOf('u-f'));
    expect(PRESENCE_PALETTE).toContain(colourOf('00000000-0000-4000-8000-000000000001'));
  });

  it('spreads the seeded users over different colours', () => {
    const ids = [1, 2, 3, 4, 5].map((n) => `00000000-0000-4000-8000-00000000000${n}`);
    expect(new Set(ids.map((id) => colourOf(id).background)).size).toBeGreaterThanOrEqual(4);
  });

  it('makes initials from the first and last name', () => {
    expect(initialsOf('Fatima El Amrani')).toBe('FA');
    expect(initialsOf(' daan ')).toBe('D');
    expect(initialsOf('')).toBe('?');
  });
});
