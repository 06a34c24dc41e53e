// People, roles and invitations in the admin console, against the real embedded backend (admin-harness.tsx).
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ADMIN, currentPath, embeddedBackend, renderAdmin, signInAs, sql } from './admin-harness';

vi.mock('@/lib/supabase/client', async () => (await import('./admin-backend')).clientModule());

beforeAll(async () => {
  await embeddedBackend();
  await signInAs(ADMIN);
}, 120_000);

const heyhoef = async () =>
  (await sql<{ id: string }>(`select id from public.councils where name like 'Wijkraad Heyhoef%'`))[0]!.id;
/** The form's status line (always there, empty until something happened) once it says `text`. */
const waitForStatus = (form: HTMLElement, text: string) =>
  waitFor(() => expect(within(form).getByRole('status')).toHaveTextContent(text));
/** The table row of one person (its header cell is their name; a form row below it mentions them too). */
const personRow = async (name: string) => (await screen.findByRole('rowheader', { name })).closest('tr')!;
const rolesOf = (email: string) =>
  sql<{ role: string; council: string | null }>(
    `select m.role::text as role, c.name as council from public.memberships m join auth.users u on u.id = m.user_id
     left join public.councils c on c.id = m.council_id where u.email = $1 order by 1, 2`,
    [email],
  );

test('search by name puts the query in the URL and shows the person with their roles', async () => {
  const user = userEvent.setup();
  const view = renderAdmin('/beheer/mensen');
  await screen.findByRole('table');
  await user.type(screen.getByRole('searchbox', { name: 'Zoek op naam of e-mailadres' }), 'fátima');
  await waitFor(() => expect(currentPath(view)).toBe('/beheer/mensen?q=f%C3%A1tima'));
  const table = await screen.findByRole('table', { name: '1 persoon gevonden voor „fátima”.' });
  const row = within(table).getByRole('rowheader', { name: 'Fatima El Amrani' }).closest('tr')!;
  expect(row).toHaveTextContent('team.noord@demo.agendakaart.nl');
  expect(row).toHaveTextContent('Gebiedsteam Noord');
}, 30_000);

test('an admin gives a person a council role and takes it away again, after confirming', async () => {
  const user = userEvent.setup();
  renderAdmin('/beheer/mensen?q=team.noord%40');
  await screen.findByRole('table', { name: '1 persoon gevonden voor „team.noord@”.' });
  await user.click(screen.getByRole('button', { name: 'Rol geven aan Fatima El Amrani' }));
  const form = screen.getByRole('form', { name: 'Rol geven aan Fatima El Amrani' });

  // nothing chosen: the error is next to the field, which gets the focus
  await user.click(within(form).getByRole('button', { name: 'Rol geven' }));
  const role = within(form).getByRole('combobox', { name: 'Rol' });
  expect(await within(form).findByText('Kies een rol.')).toBeInTheDocument();
  expect(role).toHaveAttribute('aria-invalid', 'true');
  expect(role).toHaveFocus();

  await user.selectOptions(role, 'council');
  await user.click(within(form).getByRole('button', { name: 'Rol geven' }));
  expect(await within(form).findByText('Kies een wijk- of dorpsraad.')).toBeInTheDocument();
  await user.selectOptions(within(form).getByRole('combobox', { name: 'Wijk- of dorpsraad' }), await heyhoef());
  await user.click(within(form).getByRole('button', { name: 'Rol geven' }));

  const row = await personRow('Fatima El Amrani');
  await within(row).findByText('Lid van Wijkraad Heyhoef (voorbeeld)');
  expect(screen.queryByRole('form')).not.toBeInTheDocument();
  expect(await rolesOf('team.noord@demo.agendakaart.nl')).toEqual([
    { role: 'area_team', council: null },
    { role: 'council', council: 'Wijkraad Heyhoef (voorbeeld)' },
  ]);

  const what = 'Rol Lid van Wijkraad Heyhoef (voorbeeld) van Fatima El Amrani intrekken';
  await user.click(within(row).getByRole('button', { name: what }));
  const question = within(row).getByRole('group', { name: what });
  expect(question).toHaveTextContent('Rol Lid van Wijkraad Heyhoef (voorbeeld) van Fatima El Amrani intrekken?');
  expect(within(question).getByRole('button', { name: 'Ja, intrekken' })).toHaveFocus();
  await user.click(within(question).getByRole('button', { name: 'Ja, intrekken' }));
  await waitFor(() => expect(within(row).queryByText(/Wijkraad Heyhoef/)).not.toBeInTheDocument());
  expect(within(row).getByText('Gebiedsteam Noord')).toBeInTheDocument();
  expect(await rolesOf('team.noord@demo.agendakaart.nl')).toEqual([{ role: 'area_team', council: null }]);
}, 30_000);

test('the last admin role cannot be taken away, and the screen says why', async () => {
  const user = userEvent.setup();
  renderAdmin('/beheer/mensen?q=mark');
  const row = await personRow('Mark Jansen');
  await user.click(within(row).getByRole('button', { name: 'Rol Beheerder van Mark Jansen intrekken' }));
  await user.click(within(row).getByRole('button', { name: 'Ja, intrekken' }));
  expect(await within(row).findByRole('alert')).toHaveTextContent(
    'Deze beheerdersrol kan niet worden ingetrokken: er moet minstens één beheerder overblijven.',
  );
  expect(within(row).getByText('Beheerder')).toBeInTheDocument();
  expect(await rolesOf(ADMIN)).toEqual([{ role: 'admin', council: null }]);
}, 30_000);

test('an empty search result says so', async () => {
  renderAdmin('/beheer/mensen?q=niemand-met-deze-naam');
  expect(await screen.findByText(/Niemand gevonden voor „niemand-met-deze-naam”/)).toBeInTheDocument();
}, 30_000);

describe('invitations', () => {
  test('invite an address for an area team; a second time is refused with what was typed kept; withdraw it', async () => {
    const user = userEvent.setup();
    renderAdmin('/beheer/uitnodigingen');
    expect(
      await screen.findByText(/De rol wordt gekoppeld zodra iemand zich met dit e-mailadres registreert/),
    ).toBeInTheDocument();
    const form = await screen.findByRole('form', { name: 'Iemand uitnodigen' });
    // the demo seed's: one pending, one withdrawn
    const seeded = await screen.findByRole('table', { name: '2 uitnodigingen, nieuwste eerst' });
    const pending = within(seeded).getByRole('row', { name: /uitgenodigd\.reeshof@demo\.agendakaart\.nl/ });
    expect(pending).toHaveTextContent('Gebiedsteam Reeshof');
    expect(pending).toHaveTextContent('Openstaand');
    expect(pending).toHaveTextContent('door Mark Jansen');
    expect(within(seeded).getByRole('row', { name: /ingetrokken\.heyhoef@demo\.agendakaart\.nl/ })).toHaveTextContent(
      'Ingetrokken',
    );

    const email = within(form).getByRole('textbox', { name: 'E-mailadres' });
    await user.type(email, 'iemand@');
    await user.click(within(form).getByRole('button', { name: 'Uitnodigen' }));
    expect(await within(form).findByText(/Vul een geldig e-mailadres in/)).toBeInTheDocument();
    expect(email).toHaveFocus();

    const invite = async () => {
      await user.clear(email);
      await user.type(email, 'Nieuw.Reeshof@gemeente.nl');
      await user.selectOptions(within(form).getByRole('combobox', { name: 'Rol' }), 'area_team');
      await user.selectOptions(within(form).getByRole('combobox', { name: 'Gebied' }), 'Reeshof');
      await user.click(within(form).getByRole('button', { name: 'Uitnodigen' }));
    };
    await invite();
    await waitForStatus(form, 'De uitnodiging voor nieuw.reeshof@gemeente.nl staat klaar.');
    expect(email).toHaveValue('');
    const list = await screen.findByRole('table', { name: '3 uitnodigingen, nieuwste eerst' });
    const row = within(list).getByRole('row', { name: /nieuw\.reeshof@gemeente\.nl/ });
    expect(row).toHaveTextContent('Gebiedsteam Reeshof');
    expect(row).toHaveTextContent('Openstaand');
    expect(row).toHaveTextContent('door Mark Jansen');

    await invite();
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'Voor dit e-mailadres staat deze rol al open als uitnodiging',
    );
    expect(email).toHaveValue('Nieuw.Reeshof@gemeente.nl');

    await user.click(
      within(row).getByRole('button', { name: /Uitnodiging voor nieuw\.reeshof@gemeente\.nl .* intrekken/ }),
    );
    await user.click(within(row).getByRole('button', { name: 'Ja, intrekken' }));
    await waitFor(() => expect(row).toHaveTextContent('Ingetrokken'));
    expect(within(row).queryByRole('button')).not.toBeInTheDocument();
  }, 60_000);

  test('someone who already has a confirmed account gets the role at once', async () => {
    const user = userEvent.setup();
    renderAdmin('/beheer/uitnodigingen');
    const form = await screen.findByRole('form', { name: 'Iemand uitnodigen' });
    await user.type(within(form).getByRole('textbox', { name: 'E-mailadres' }), 'bewoner@demo.agendakaart.nl');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Rol' }), 'council');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Wijk- of dorpsraad' }), await heyhoef());
    await user.click(within(form).getByRole('button', { name: 'Uitnodigen' }));
    await waitForStatus(
      form,
      'bewoner@demo.agendakaart.nl heeft al een account met een bevestigd adres: de rol is meteen gekoppeld.',
    );
    const row = await screen.findByRole('row', { name: /bewoner@demo\.agendakaart\.nl/ });
    await waitFor(() => expect(row).toHaveTextContent('Aangenomen'));
    expect(await rolesOf('bewoner@demo.agendakaart.nl')).toEqual([
      { role: 'council', council: 'Wijkraad Heyhoef (voorbeeld)' },
    ]);
  }, 30_000);
});
