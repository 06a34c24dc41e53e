// Themes and new documents in the admin console, against the real embedded backend (admin-harness.tsx).
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ADMIN, embeddedBackend, renderAdmin, signInAs, sql } from './admin-harness';

vi.mock('@/lib/supabase/client', async () => (await import('./admin-backend')).clientModule());

beforeAll(async () => {
  await embeddedBackend();
  await signInAs(ADMIN);
}, 120_000);

const themeOrder = async () =>
  (await sql<{ slug: string }>(`select slug from public.themes order by sort_order, name_nl`)).map((t) => t.slug);
const shownOrder = (list: HTMLElement) =>
  within(list)
    .getAllByRole('listitem')
    .map((li) => li.querySelector('strong')?.textContent);

describe('themes', () => {
  test('a theme moves down with its button; the focus stays on that button and the new place is announced', async () => {
    const user = userEvent.setup();
    renderAdmin('/beheer/themas');
    const list = await screen.findByRole('list', { name: "8 thema's, in volgorde" });
    expect(shownOrder(list).slice(0, 3)).toEqual(['Goede start', 'Meedoen en erbij horen', 'Gezond en vitaal']);
    expect(within(list).getByRole('button', { name: 'Goede start omhoog' })).toBeDisabled();

    await user.click(within(list).getByRole('button', { name: 'Goede start omlaag' }));
    expect(shownOrder(list).slice(0, 3)).toEqual(['Meedoen en erbij horen', 'Goede start', 'Gezond en vitaal']);
    expect(within(list).getByRole('button', { name: 'Goede start omlaag' })).toHaveFocus();
    expect(screen.getByText('Goede start staat nu op plaats 2 van 8.')).toBeInTheDocument();
    await waitFor(async () => expect((await themeOrder()).slice(0, 2)).toEqual(['meedoen', 'goede-start']));

    // with the keyboard: Enter on the focused button moves it again
    await user.keyboard('{Enter}');
    expect(shownOrder(list).slice(0, 3)).toEqual(['Meedoen en erbij horen', 'Gezond en vitaal', 'Goede start']);
    await waitFor(async () =>
      expect((await themeOrder()).slice(0, 3)).toEqual(['meedoen', 'gezond-en-vitaal', 'goede-start']),
    );
  }, 60_000);

  test('a new theme gets its code from its Dutch name; a code in use is refused with what was typed kept', async () => {
    const user = userEvent.setup();
    renderAdmin('/beheer/themas');
    await user.click(await screen.findByRole('link', { name: 'Nieuw thema toevoegen' }));
    const form = screen.getByRole('form', { name: 'Nieuw thema' });
    await user.type(within(form).getByRole('textbox', { name: 'Naam (Nederlands)' }), 'Spelen & sport');
    expect(within(form).getByRole('textbox', { name: 'Code' })).toHaveValue('spelen-sport');
    await user.type(within(form).getByRole('textbox', { name: 'Naam (Engels)' }), 'Play and sport');
    await user.click(within(form).getByRole('button', { name: 'Thema toevoegen' }));
    const list = await screen.findByRole('list', { name: "9 thema's, in volgorde" });
    expect(shownOrder(list).at(-1)).toBe('Spelen & sport');
    expect((await themeOrder()).at(-1)).toBe('spelen-sport');

    await user.click(await screen.findByRole('link', { name: 'Nieuw thema toevoegen' }));
    const again = screen.getByRole('form', { name: 'Nieuw thema' });
    await user.type(within(again).getByRole('textbox', { name: 'Naam (Nederlands)' }), 'Wonen');
    await user.type(within(again).getByRole('textbox', { name: 'Naam (Engels)' }), 'Housing');
    await user.click(within(again).getByRole('button', { name: 'Thema toevoegen' }));
    expect(await within(again).findByRole('alert')).toHaveTextContent('Er bestaat al een thema met deze code.');
    expect(within(again).getByRole('textbox', { name: 'Naam (Engels)' })).toHaveValue('Housing');
  }, 60_000);
});

describe('documents', () => {
  test('a new plan for an area: its wijken, a period in order, then a link to it', async () => {
    const user = userEvent.setup();
    renderAdmin('/beheer/documenten');
    const form = await screen.findByRole('form', { name: 'Nieuw document' });
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Gebied' }), 'Reeshof');
    const count = (
      await sql<{ count: number }>(
        `select count(*)::int as count from public.districts d join public.areas a on a.id = d.area_id where a.slug = 'reeshof'`,
      )
    )[0]!.count;
    expect(within(form).getByRole('group', { name: 'Over welke wijken en dorpen' })).toHaveTextContent(
      `${count} gekozen`,
    );
    await user.click(within(form).getByRole('radio', { name: 'Uitvoeringsplan' }));
    await user.type(within(form).getByRole('textbox', { name: 'Titel' }), 'Uitvoeringsplan Reeshof 2027');
    const start = within(form).getByLabelText('Begindatum');
    const end = within(form).getByLabelText('Einddatum');
    await user.type(start, '2027-12-31');
    await user.type(end, '2027-01-01');
    await user.click(within(form).getByRole('button', { name: 'Document aanmaken' }));
    expect(await within(form).findByText('Het einde mag niet voor het begin liggen.')).toBeInTheDocument();

    await user.clear(start);
    await user.type(start, '2027-01-01');
    await user.clear(end);
    await user.type(end, '2027-12-31');
    await user.click(within(form).getByRole('button', { name: 'Document aanmaken' }));
    const link = await within(form).findByRole('link', { name: 'Naar Uitvoeringsplan Reeshof 2027' });
    expect(within(form).getByRole('status')).toHaveTextContent(
      '„Uitvoeringsplan Reeshof 2027” is aangemaakt als concept.',
    );
    const [doc] = await sql<{ slug: string; status: string; districts: number }>(
      `select d.slug, d.status::text as status, (select count(*)::int from public.document_districts x where x.document_id = d.id) as districts
       from public.documents d where d.title = 'Uitvoeringsplan Reeshof 2027'`,
    );
    expect(doc).toEqual({ slug: expect.any(String), status: 'concept', districts: count });
    expect(link).toHaveAttribute('href', `/documenten/${doc!.slug}`);
    expect(within(form).getByRole('textbox', { name: 'Titel' })).toHaveValue('');
  }, 60_000);

  test('a second vision for an area is refused in words, and the form keeps what was typed', async () => {
    const user = userEvent.setup();
    renderAdmin('/beheer/documenten');
    const form = await screen.findByRole('form', { name: 'Nieuw document' });
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Gebied' }), 'Noord');
    await user.click(within(form).getByRole('radio', { name: 'Gebiedsvisie' }));
    await user.type(within(form).getByRole('textbox', { name: 'Titel' }), 'Nog een visie');
    await user.type(within(form).getByRole('textbox', { name: 'Beginjaar' }), '2030');
    await user.type(within(form).getByRole('textbox', { name: 'Eindjaar' }), '2040');
    await user.click(within(form).getByRole('button', { name: 'Document aanmaken' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('Dit gebied heeft al een gebiedsvisie.');
    expect(within(form).getByRole('textbox', { name: 'Titel' })).toHaveValue('Nog een visie');
    expect(within(form).getByRole('textbox', { name: 'Eindjaar' })).toHaveValue('2040');
  }, 60_000);
});
