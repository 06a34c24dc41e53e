import { csvCell, documentCsv, toCsv } from './csv';
import type { DocumentDetail, Entry } from './model';

describe('csvCell', () => {
  it('quotes separators, quotes and line breaks', () => {
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('zei "ja"')).toBe('"zei ""ja"""');
    expect(csvCell('regel 1\nregel 2')).toBe('"regel 1\nregel 2"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(42)).toBe('42');
  });

  it('neutralises text a spreadsheet would run as a formula, but not negative numbers', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('+31 13 000')).toBe("'+31 13 000");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-5)).toBe('-5');
  });
});

describe('toCsv', () => {
  it('starts with a BOM and ends every row with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toBe('\uFEFFa;b\r\nc;d\r\n');
  });
});

describe('documentCsv', () => {
  it('writes one row per entry with its section, number, labels and comment counts', () => {
    const entry = {
      id: 'e',
      kind: 'agenda_item',
      title: 'Veilige looproutes',
      body: 'Oversteekplaatsen; bij school',
      theme_id: 't',
      origin: 'resident_ambition',
      priority: 1,
      owner_name: 'Wijkraad',
      item_status: 'open',
      location: { type: 'Point', coordinates: [5.07, 51.58] },
      links: [{ title: 'Doel A' }],
      comment_count: 2,
      open_comment_count: 1,
    } as unknown as Entry;
    const detail = {
      sections: [{ title: 'Jeugd', entries: [entry] }],
    } as unknown as DocumentDetail;
    const t = (key: string) => key.split('.').pop()!;
    const csv = documentCsv(detail, t, () => 'Goede start');
    const [header, row] = csv.slice(1).trimEnd().split('\r\n');
    expect(header!.split(';')).toHaveLength(18);
    expect(row).toBe(
      'Jeugd;1.1;Veilige looproutes;"Oversteekplaatsen; bij school";Goede start;resident_ambition;1;Wijkraad;open;;;;;51.58;5.07;Doel A;2;1',
    );
  });
});
