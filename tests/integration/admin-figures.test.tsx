// Admins load figures from a CSV (issue 14), against the real embedded backend (admin-harness.tsx): a file with an
// unknown wijk code and a cell that is not a number is refused with a message per problem (line and column) and
// changes nothing; a good file of a new year is checked (what is new, what changes), loaded on confirmation, and
// from then on the figures show that year.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ADMIN, embeddedBackend, renderAdmin, signInAs, sql } from './admin-harness';

vi.mock('@/lib/supabase/client', async () => (await import('./admin-backend')).clientModule());

beforeAll(async () => {
  await embeddedBackend();
  await signInAs(ADMIN);
}, 120_000);

const csv = (name: string, lines: string[]) =>
  new File([`\uFEFF${lines.join('\r\n')}\r\n`], name, { type: 'text/csv' });
const valuesOf = async (year: number) =>
  Number((await sql<{ n: string }>(`select count(*) as n from public.indicator_values where year = ${year}`))[0]!.n);
const newestYear = async () =>
  (await sql<{ y: number }>(`select (public.indicator_map('inwoners') ->> 'year')::int as y`))[0]!.y;

async function checkFile(file: File, year: string) {
  const user = userEvent.setup();
  renderAdmin('/beheer/cijfers');
  await user.upload(await screen.findByLabelText('Bestand (CSV)'), file);
  const yearField = screen.getByLabelText('Jaar van de cijfers');
  await user.clear(yearField);
  await user.type(yearField, year);
  await user.selectOptions(screen.getByLabelText('Bron'), 'CBS StatLine 86165NED, Kerncijfers wijken en buurten 2025');
  await user.click(screen.getByRole('button', { name: 'Bestand controleren' }));
  return {
    user,
    preview: await screen.findByRole('region', { name: `Controle van ${file.name}` }, { timeout: 20_000 }),
  };
}

describe('loading figures from a CSV', () => {
  test('a file with an unknown wijk code and a non-number is refused, per problem, and nothing changes', async () => {
    const { preview } = await checkFile(
      csv('fout.csv', ['WijkenEnBuurten;AantalInwoners_5', 'WK085510;8100', 'WK089999;10', 'WK085511;veel']),
      '2026',
    );
    const alert = within(preview).getByRole('alert');
    expect(alert).toHaveTextContent('2 problemen: er wordt niets geladen');
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Regel 3: onbekende wijkcode WK089999.',
      'Regel 4 (WK085511), kolom AantalInwoners_5: ‘veel’ is geen getal.',
    ]);
    expect(within(preview).getByText('Onbekende wijkcodes: WK089999')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /laden$/ })).not.toBeInTheDocument();
    expect(await valuesOf(2026)).toBe(0);
  }, 60_000);

  test('a good file of a new year shows what it adds, loads on confirmation, and the figures show that year', async () => {
    expect(await newestYear()).toBe(2025);
    const { user, preview } = await checkFile(
      csv('kerncijfers-2026.csv', [
        'code;AantalInwoners_5;Naam',
        'WK085510;8200;Binnenstad',
        'WK085511;6170;Hoogvenne',
      ]),
      '2026',
    );
    expect(within(preview).getByRole('status')).toHaveTextContent('Geen problemen gevonden.');
    expect(preview).toHaveTextContent('Inwoners (kolom AantalInwoners_5): 2 nieuw, 0 gewijzigd, 0 gelijk');
    expect(preview).toHaveTextContent('Genegeerde kolommen: Naam');
    expect(await valuesOf(2026)).toBe(0); // a check writes nothing
    await user.click(screen.getByRole('button', { name: '2 waarden over 2026 laden' }));
    expect(
      await screen.findByText('Geladen: de cijfers over 2026 voor 2 wijken.', undefined, { timeout: 20_000 }),
    ).toBeInTheDocument();
    expect(await valuesOf(2026)).toBe(2);
    expect(await newestYear()).toBe(2026);
    // the log names the file, the year and who loaded it
    const log = await screen.findByRole('table', { name: 'Wat er geladen is, van nieuw naar oud' });
    await waitFor(() =>
      expect(within(log).getAllByRole('row')[1]).toHaveTextContent(/2026.*kerncijfers-2026\.csv.*2 nieuw.*Mark Jansen/),
    );
  }, 60_000);
});
