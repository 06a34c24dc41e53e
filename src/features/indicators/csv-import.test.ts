import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv-import';

describe('reading a CSV of figures', () => {
  it('reads StatLine’s semicolons with a BOM, quotes and padded codes', () => {
    expect(
      parseCsv('\uFEFFWijkenEnBuurten;"Naam; lang";AantalInwoners_5\r\nWK085510  ;"Binnen""stad";8080\r\n\r\n'),
    ).toEqual({
      header: ['WijkenEnBuurten', 'Naam; lang', 'AantalInwoners_5'],
      rows: [['WK085510  ', 'Binnen"stad', '8080']],
    });
  });

  it('finds the delimiter from the header: commas and tabs too', () => {
    expect(parseCsv('code,AantalInwoners_5\nWK085510,8080\nWK085511,.').rows).toEqual([
      ['WK085510', '8080'],
      ['WK085511', '.'],
    ]);
    expect(parseCsv('code\tKoopwoningen_47\nWK085510\t51,5\n').rows).toEqual([['WK085510', '51,5']]);
  });

  it('keeps a line break inside a quoted cell', () => {
    expect(parseCsv('code;note\nWK085510;"twee\nregels"').rows).toEqual([['WK085510', 'twee\nregels']]);
  });
});
