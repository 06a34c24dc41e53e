import { describe, expect, it } from 'vitest';
import {
  MARK_END,
  MARK_START,
  paramsFromUrl,
  plainText,
  resultHref,
  searchableQuery,
  segmentsOf,
  urlFromParams,
} from './model';

const m = (s: string) => `${MARK_START}${s}${MARK_END}`;

describe('search model', () => {
  it('splits a marked text into plain and highlighted pieces, markup staying text', () => {
    expect(segmentsOf(`Het ${m('café')} <b>x</b> ${m('plein')}.`)).toEqual([
      { text: 'Het ', marked: false },
      { text: 'café', marked: true },
      { text: ' <b>x</b> ', marked: false },
      { text: 'plein', marked: true },
      { text: '.', marked: false },
    ]);
    expect(segmentsOf(`${MARK_START}open`)).toEqual([{ text: 'open', marked: true }]);
    expect(plainText(`a ${m('b')} c`)).toBe('a b c');
  });

  it('reads and writes the filters in the URL, ignoring unknown values', () => {
    const p = paramsFromUrl(new URLSearchParams('q=speeltuin&soort=agenda_item&gebied=abc&status=item:open'));
    expect(p).toEqual({ q: 'speeltuin', kind: 'agenda_item', areaId: 'abc', status: 'item:open' });
    expect(urlFromParams(p).toString()).toBe('q=speeltuin&soort=agenda_item&gebied=abc&status=item%3Aopen');
    expect(paramsFromUrl(new URLSearchParams('q=x&soort=users&status=item:klaar'))).toMatchObject({
      kind: null,
      status: null,
    });
  });

  it('sends a query of two characters or more, trimmed', () => {
    expect(searchableQuery(' a ')).toBe('');
    expect(searchableQuery('  ge ')).toBe('ge');
  });

  it('links a result to its page', () => {
    expect(resultHref({ page: 'document', slug: 'wijkagenda-noord', anchor: 'punt-1' })).toBe(
      '/documenten/wijkagenda-noord#punt-1',
    );
    expect(resultHref({ page: 'district', code: 'WK085542' })).toBe('/wijk/WK085542');
  });
});
