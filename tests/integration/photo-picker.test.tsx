// Photos in the proposal form, as the route composes them (useProposalPhotos): a refused file is named with the
// reason and nothing typed is lost; a photo must be described before the proposal goes; then the initiative is
// proposed and its photo uploaded through begin_attachment → Storage → finish_attachment. The backend is a canned
// supabase client; the browser's scaling is stood in for (jsdom has no canvas: photo-processing.test.ts runs the
// real one in Chromium).
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useProposalPhotos } from '@/app/routes/propose-photos';
import { ProposeForm } from '@/features/initiatives/components/propose-form';
import { renderWithApp } from '../utils/render';

const backend = vi.hoisted(() => ({ calls: [] as { fn: string; args?: unknown }[] }));

vi.mock('@/lib/supabase/client', () => {
  const answer = (fn: string, args: Record<string, unknown>) => {
    if (fn === 'propose_initiative') return { id: 'initiatief-1' };
    if (fn === 'begin_attachment') return { id: 'bijlage-1', upload: ['bijlage-1/photo.jpg', 'bijlage-1/thumb.jpg'] };
    if (fn === 'finish_attachment') return { id: args.p_attachment_id, kind: 'photo' };
    return {};
  };
  return {
    supabase: {
      rpc: (fn: string, args: Record<string, unknown>) => {
        backend.calls.push({ fn, args });
        const result = Promise.resolve({ data: answer(fn, args), error: null });
        return Object.assign(result, { abortSignal: () => result });
      },
      storage: {
        from: (bucket: string) => ({
          upload: (path: string, body: Blob) => {
            backend.calls.push({ fn: `storage.upload ${bucket}`, args: { path, type: body.type, size: body.size } });
            return Promise.resolve({ data: { path }, error: null });
          },
          remove: () => Promise.resolve({ data: [], error: null }),
        }),
      },
    },
  };
});

vi.mock('@/features/attachments/image', () => ({
  preparePhoto: (file: Blob) =>
    file.size === 13
      ? Promise.reject(new Error('not an image'))
      : Promise.resolve({
          photo: new Blob(['scaled'], { type: 'image/jpeg' }),
          thumb: new Blob(['small'], { type: 'image/jpeg' }),
          width: 1600,
          height: 1200,
        }),
}));

function Proposal({ onProposed }: { onProposed: (id: string) => void }) {
  const photos = useProposalPhotos();
  return (
    <ProposeForm
      themes={[{ id: 'thema-1', label: 'Wonen' }]}
      districts={[{ id: 'wijk-1', label: 'Stokhasselt' }]}
      extra={photos.picker}
      validateExtra={photos.validate}
      busy={photos.busy}
      onProposed={(id) => void photos.upload(id).then(() => onProposed(id))}
    />
  );
}

const photoInput = () => document.querySelector<HTMLInputElement>('input[type="file"]')!;
/** A JPEG of this size (the bytes are not read: scaling is stood in for). */
const jpeg = (name: string, size: number) =>
  Object.defineProperty(new File(['x'], name, { type: 'image/jpeg' }), 'size', { value: size });

async function fillProposal(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('Titel'), 'Kapot hek bij de speeltuin');
  await user.type(screen.getByLabelText('Beschrijving'), 'Het hek langs de speeltuin is al weken kapot.');
  await user.selectOptions(screen.getByLabelText('Thema'), 'Wonen');
  await user.click(screen.getByLabelText('Ik kies een wijk en beschrijf de plek'));
  await user.selectOptions(screen.getByLabelText('Wijk of dorp'), 'Stokhasselt');
  await user.type(screen.getByLabelText('Waar in de wijk? (straat, plein of gebouw)'), 'Bij de speeltuin');
}

beforeEach(() => {
  backend.calls = [];
});

test(
  'a refused file is named with the reason, and nothing typed or picked before is lost',
  { timeout: 20_000 },
  async () => {
    const user = userEvent.setup({ applyAccept: false });
    renderWithApp(<Proposal onProposed={() => undefined} />);
    await fillProposal(user);
    await user.upload(photoInput(), jpeg('hek.jpg', 2000));
    const alt = await screen.findByLabelText('Wat is er te zien op foto 1?');
    await user.type(alt, 'Het kapotte hek');

    await user.upload(photoInput(), new File(['GIF89a'], 'animatie.gif', { type: 'image/gif' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'animatie.gif is geen foto die we kunnen gebruiken. Kies een JPEG-, PNG- of WebP-foto.',
    );
    await user.upload(photoInput(), jpeg('enorm.jpg', 26 * 1024 * 1024));
    expect(await screen.findByRole('alert')).toHaveTextContent('enorm.jpg is groter dan 25 MB.');
    await user.upload(photoInput(), new File(['niet een foto'], 'kapot.jpg', { type: 'image/jpeg' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('kapot.jpg kan je browser niet openen als foto');

    expect(screen.getByLabelText('Titel')).toHaveValue('Kapot hek bij de speeltuin');
    expect(screen.getByLabelText('Beschrijving')).toHaveValue('Het hek langs de speeltuin is al weken kapot.');
    expect(screen.getByLabelText('Waar in de wijk? (straat, plein of gebouw)')).toHaveValue('Bij de speeltuin');
    expect(screen.getByLabelText('Wat is er te zien op foto 1?')).toHaveValue('Het kapotte hek');
    expect(
      screen.getAllByRole('listitem').filter((li) => li.classList.contains('attachment-picker__item')),
    ).toHaveLength(1);
    expect(backend.calls).toEqual([]);
  },
);

test(
  'a photo needs a description first; then the initiative is proposed and its photo uploaded',
  { timeout: 20_000 },
  async () => {
    const user = userEvent.setup();
    const proposed = vi.fn();
    renderWithApp(<Proposal onProposed={proposed} />);
    await fillProposal(user);
    await user.upload(photoInput(), jpeg('hek.jpg', 2000));
    await screen.findByLabelText('Wat is er te zien op foto 1?');

    await user.click(screen.getByRole('button', { name: 'Initiatief indienen' }));
    const alt = screen.getByLabelText('Wat is er te zien op foto 1?');
    await waitFor(() => expect(alt).toHaveFocus());
    expect(alt).toHaveAccessibleDescription(/Beschrijf in een paar woorden wat er op de foto te zien is/);
    expect(backend.calls).toEqual([]);

    await user.type(alt, 'Het kapotte hek langs de speeltuin');
    await user.click(screen.getByRole('button', { name: 'Initiatief indienen' }));
    await waitFor(() => expect(proposed).toHaveBeenCalledWith('initiatief-1'));
    expect(backend.calls.map((c) => c.fn)).toEqual([
      'propose_initiative',
      'begin_attachment',
      'storage.upload attachments',
      'storage.upload attachments',
      'finish_attachment',
    ]);
    expect(backend.calls[1]!.args).toMatchObject({
      p_target_kind: 'initiative',
      p_target_id: 'initiatief-1',
      p_kind: 'photo',
      p_mime_type: 'image/jpeg',
      p_description: 'Het kapotte hek langs de speeltuin',
      p_width: 1600,
      p_height: 1200,
    });
    // what is uploaded is the scaled copy, never the picked file
    expect(backend.calls.slice(2, 4).map((c) => c.args)).toEqual([
      { path: 'bijlage-1/photo.jpg', type: 'image/jpeg', size: 'scaled'.length },
      { path: 'bijlage-1/thumb.jpg', type: 'image/jpeg', size: 'small'.length },
    ]);
  },
);
