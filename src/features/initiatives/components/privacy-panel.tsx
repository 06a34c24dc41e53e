import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { exportMyData, useDeleteMyAccount } from '../api';
import '../initiatives.css';

type PrivacyPanelProps = {
  onDeleted: () => void;
  /** what other features add to the download (photos), and do before the account goes (delete its files) */
  extendExport?: () => Promise<Record<string, unknown>>;
  beforeDelete?: () => Promise<void>;
};

/** Download everything the app holds about you (JSON), and delete your account (contributions stay anonymised). */
export function PrivacyPanel({ onDeleted, extendExport, beforeDelete }: PrivacyPanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  const [confirmation, setConfirmation] = useState('');
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const remove = useDeleteMyAccount();

  const download = async () => {
    setBusy(true);
    setExportError(null);
    try {
      const data = { ...((await exportMyData()) as Record<string, unknown>), ...(await extendExport?.()) };
      const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = 'agendakaart-mijn-gegevens.json';
      a.click();
      URL.revokeObjectURL(url);
    } catch (e) {
      setExportError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="privacy-panel">
      <section aria-labelledby={`${id}-export`}>
        <h2 className="utrecht-heading-2" id={`${id}-export`}>
          {t('initiatives.privacy.exportTitle')}
        </h2>
        <p className="utrecht-paragraph">{t('initiatives.privacy.exportText')}</p>
        <FormAlert message={exportError} />
        <Button appearance="primary" busy={busy} onClick={() => void download()}>
          {t('initiatives.privacy.download')}
        </Button>
      </section>
      <section aria-labelledby={`${id}-delete`}>
        <h2 className="utrecht-heading-2" id={`${id}-delete`}>
          {t('initiatives.privacy.deleteTitle')}
        </h2>
        <p className="utrecht-paragraph">{t('initiatives.privacy.deleteText')}</p>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            // the other features' part only once the confirmation is right (the server checks it again)
            const before = beforeDelete && confirmation === 'VERWIJDER' ? beforeDelete() : Promise.resolve();
            setDeleteError(null);
            void before.then(
              () => remove.mutate(confirmation, { onSuccess: onDeleted }),
              (err: unknown) => setDeleteError((err as Error).message),
            );
          }}
        >
          <FormAlert message={deleteError} />
          <div className={`utrecht-form-field${remove.error ? ' utrecht-form-field--invalid' : ''}`}>
            <label className="utrecht-form-label" htmlFor={`${id}-confirm`}>
              {t('initiatives.privacy.confirmLabel')}
            </label>
            {remove.error ? (
              <div className="utrecht-form-field-error-message" id={`${id}-fout`}>
                {remove.error.message}
              </div>
            ) : null}
            <input
              id={`${id}-confirm`}
              className="utrecht-textbox utrecht-textbox--html-input"
              value={confirmation}
              autoComplete="off"
              aria-invalid={remove.error ? true : undefined}
              aria-describedby={remove.error ? `${id}-fout` : undefined}
              onChange={(e) => setConfirmation(e.target.value)}
            />
          </div>
          <Button type="submit" busy={remove.isPending} className="button--danger">
            {t('initiatives.privacy.delete')}
          </Button>
        </form>
      </section>
    </div>
  );
}
