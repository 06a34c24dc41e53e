import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Button } from '@/components/ui/button';
import { paths } from '@/config/paths';
import { useSetCommentsOpen, useSetDocumentStatus, useStartRevision } from '../api';
import type { DocumentDetail, DocumentStatus } from '../model';
import { MutationError } from './mutation-error';
import '../documents.css';

type LifecycleBarProps = { detail: DocumentDetail };

const ORDER: DocumentStatus[] = ['concept', 'consultatie', 'vastgesteld'];

/** For the area team: concept → consultatie → vastgesteld, a new version of an adopted one, who may comment. */
export function LifecycleBar({ detail }: LifecycleBarProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const setStatus = useSetDocumentStatus();
  const setOpen = useSetCommentsOpen();
  const revise = useStartRevision();
  const doc = detail.document;
  const showOpenToggle = detail.can_edit && doc.status === 'consultatie';
  if (!detail.allowed_statuses.length && !detail.can_start_revision && !showOpenToggle) return null;
  return (
    <section className="lifecycle no-print" aria-labelledby="levensloop-titel">
      <h2 id="levensloop-titel" className="utrecht-heading-3">
        {t('documents.lifecycle.title')}
      </h2>
      <ol className="lifecycle__steps">
        {ORDER.map((s) => (
          <li key={s} aria-current={s === doc.status ? 'step' : undefined}>
            {t(`status.${s}`)}
          </li>
        ))}
      </ol>
      <div className="button-row">
        {[...detail.allowed_statuses]
          .sort((a, b) => ORDER.indexOf(b) - ORDER.indexOf(a))
          .map((s) => (
            <Button
              key={s}
              appearance={ORDER.indexOf(s) > ORDER.indexOf(doc.status) ? 'primary' : 'secondary'}
              busy={setStatus.isPending && setStatus.variables.status === s}
              onClick={() => setStatus.mutate({ documentId: doc.id, version: doc.version, status: s })}
            >
              {t(`documents.lifecycle.to.${s}`)}
            </Button>
          ))}
        {detail.can_start_revision ? (
          <Button
            appearance="primary"
            busy={revise.isPending}
            onClick={() =>
              revise.mutate(
                { documentId: doc.id },
                { onSuccess: (created) => void navigate(paths.document.href(doc.slug, created.version_no)) },
              )
            }
          >
            {t('documents.lifecycle.startRevision')}
          </Button>
        ) : null}
      </div>
      {showOpenToggle ? (
        <label className="checkbox">
          <input
            type="checkbox"
            checked={setOpen.isPending ? setOpen.variables.open : doc.comments_open_to_residents}
            disabled={setOpen.isPending}
            onChange={(e) => setOpen.mutate({ documentId: doc.id, version: doc.version, open: e.target.checked })}
          />{' '}
          {t('documents.lifecycle.openToEveryone')}
        </label>
      ) : null}
      <p className="utrecht-paragraph muted">{t(`documents.lifecycle.explain.${doc.status}`)}</p>
      {doc.status === 'concept' && detail.is_kept ? (
        <p className="utrecht-paragraph muted">{t('documents.lifecycle.kept')}</p>
      ) : null}
      <MutationError error={setStatus.error ?? setOpen.error ?? revise.error} />
    </section>
  );
}
