import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import '../figures.css';

export type Column<R> = {
  key: string;
  label: string;
  numeric?: boolean;
  /** what the column sorts by; null sorts last either way */
  value: (row: R) => number | string | null;
  render?: (row: R) => ReactNode;
};

type Sort = { key: string; dir: 'ascending' | 'descending' };
type SortableTableProps<R> = {
  caption: string;
  columns: Column<R>[];
  rows: R[];
  rowKey: (row: R) => string;
  initialSort?: Sort;
};

function compare(a: number | string | null, b: number | string | null, lng: string): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b), lng);
}

/** A table whose column headings are buttons that sort it (again: the other way); the sorted column says so to
 *  screen readers (aria-sort). The first column names the row. Unknown values sort last. */
export function SortableTable<R>({ caption, columns, rows, rowKey, initialSort }: SortableTableProps<R>) {
  const { t, i18n } = useTranslation();
  const [sort, setSort] = useState<Sort | null>(initialSort ?? null);
  const column = columns.find((c) => c.key === sort?.key);
  const sorted = column
    ? [...rows].sort((a, b) => {
        const va = column.value(a);
        const vb = column.value(b);
        if (va === null || vb === null) return compare(va, vb, i18n.language);
        return (sort!.dir === 'ascending' ? 1 : -1) * compare(va, vb, i18n.language);
      })
    : rows;
  const toggle = (key: string) =>
    setSort((s) => ({ key, dir: s?.key === key && s.dir === 'ascending' ? 'descending' : 'ascending' }));
  return (
    <div className="table-scroll">
      <table className="figure-table">
        <caption className="figure-table__caption">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th
                key={c.key}
                scope="col"
                aria-sort={sort?.key === c.key ? sort.dir : undefined}
                className={c.numeric ? 'figure-table__number' : undefined}
              >
                <button type="button" className="figure-table__sort" onClick={() => toggle(c.key)}>
                  {c.label}
                  <span aria-hidden="true" className="figure-table__arrow">
                    {sort?.key === c.key ? (sort.dir === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}
                  </span>
                  {sort?.key === c.key ? (
                    <span className="visually-hidden">
                      {' '}
                      (
                      {t(sort.dir === 'ascending' ? 'figures.table.sortedAscending' : 'figures.table.sortedDescending')}
                      )
                    </span>
                  ) : null}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((c, i) => {
                const content = c.render ? c.render(row) : c.value(row);
                const className = c.numeric ? 'figure-table__number' : undefined;
                return i === 0 ? (
                  <th key={c.key} scope="row" className={className}>
                    {content}
                  </th>
                ) : (
                  <td key={c.key} className={className}>
                    {content}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
