// CSV for spreadsheets, built in the browser: `;` as separator and a BOM (Excel in nl-NL opens it correctly), and
// cells that a spreadsheet would run as a formula are neutralised whatever the reader's locale: such a cell gets a
// leading apostrophe AND quotes, and so does every cell that holds any separator a spreadsheet may split on (`;`,
// `,`, tab), so no locale's split can start a new cell with `=`, `+`, `-` or `@`.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined): string {
  let s = value == null ? '' : String(value);
  const formula = typeof value === 'string' && FORMULA_START.test(s);
  if (formula) s = `'${s}`;
  return formula || /[;,\t"\r\n]/.test(s) || s !== s.trim() ? `"${s.replaceAll('"', '""')}"` : s;
}

export function toCsv(rows: (string | number | null | undefined)[][]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(';')).join('\r\n')}\r\n`;
}

/** Saves text as a file in the browser. */
export function downloadFile(content: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
