// The area team's next step on an initiative: what was typed for the next step while the previous one was still
// saving stays in the form (the supabase client answers from a canned, held-back promise).
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TriageForm } from '@/features/initiatives/components/triage-form';
import { renderWithApp } from '../utils/render';

const backend = vi.hoisted(() => ({
  calls: [] as { fn: string; args: unknown }[],
  answer: null as null | (() => void),
}));

vi.mock('@/lib/supabase/client', () => ({
  supabase: {
    rpc: (fn: string, args: unknown) => {
      backend.calls.push({ fn, args });
      if (fn === 'triage_options')
        return { abortSignal: async () => ({ data: { agenda_items: [], plan_actions: [] }, error: null }) };
      const held = new Promise<{ data: unknown; error: null }>(
        (resolve) => (backend.answer = () => resolve({ data: { ok: true }, error: null })),
      );
      return Object.assign(held, { abortSignal: () => held });
    },
  },
}));

test('what is typed for the next step while the previous one is saving is kept when that save completes', async () => {
  const user = userEvent.setup();
  renderWithApp(<TriageForm initiativeId="i1" version={1} allowed={['in_behandeling', 'afgewezen']} />);
  const status = screen.getByLabelText('Nieuwe status');
  await user.selectOptions(status, 'In behandeling');
  await user.type(screen.getByLabelText('Toelichting voor de indiener'), 'We bekijken het.');
  await user.click(screen.getByRole('button', { name: 'Status wijzigen' }));
  await waitFor(() => expect(backend.calls.some((c) => c.fn === 'set_initiative_status')).toBe(true));

  // still saving: the next step is already chosen and typed
  await user.selectOptions(status, 'Afgewezen');
  const reason = screen.getByLabelText('Reden van afwijzing (openbaar)');
  await user.clear(reason);
  await user.type(reason, 'Dit valt buiten de wijk.');
  backend.answer!();

  await waitFor(() => expect(screen.getByRole('button', { name: 'Status wijzigen' })).toBeEnabled());
  expect(status).toHaveValue('afgewezen');
  expect(screen.getByLabelText('Reden van afwijzing (openbaar)')).toHaveValue('Dit valt buiten de wijk.');
});
