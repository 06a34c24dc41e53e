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
    expect(csvCell('+31 13 000')).toBe(`"'+31 13 000"`);
    expect(csvCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    expect(csvCell(-5)).toBe('-5');
  });

  it('is safe in a spreadsheet of any locale: quoted whatever separator the reader splits on (issue 16)', () => {
    // a comma reader (English Excel, LibreOffice) or a tab reader must not find a new cell starting with =
    expect(csvCell('x,=cmd|calc')).toBe('"x,=cmd|calc"');
    expect(csvCell('x\t=cmd')).toBe('"x\t=cmd"');
    // every formula start is both prefixed and quoted, tab and carriage return included
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      const cell = csvCell(`${start}1+1`);
      expect(cell.startsWith(`"'${start}`), JSON.stringify(cell)).toBe(true);
    }
    // splitting a row on any separator leaves no unquoted cell that starts like a formula
    const row = toCsv([['=1+1', 'a,=2+2', '+3', '-4,5', '@x\t=y']]).slice(1, -2);
    for (const separator of [';', ',', '\t']) {
      const unquoted = row.replace(/"(?:[^"]|"")*"/g, 'Q');
      for (const cell of unquoted.split(separator)) expect(cell, `${separator}: ${cell}`).not.toMatch(/^[=+\-@\t\r]/);
    }
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
