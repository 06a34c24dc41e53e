import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { threadsFor } from '../model';
import { CommentThreads } from './comment-threads';
import { DocumentActions } from './document-actions';
import { useDocumentPage } from './document-context';
import { DocumentHeader } from './document-header';
import { DocumentPresence } from './document-presence';
import { LifecycleBar } from './lifecycle-bar';
import { SectionForm } from './section-form';
import { SectionView } from './section-view';
import { VersionSwitcher } from './version-switcher';
import '../documents.css';

/** The whole document page: header, life cycle, sections with their entries, and comments on the whole. */
export function DocumentView() {
  const { t } = useTranslation();
  const { detail, threads } = useDocumentPage();
  const [addingSection, setAddingSection] = useState(false);
  const doc = detail.document;
  const newest = Math.max(...detail.versions.map((v) => v.version_no));
  return (
    <article className="document" aria-labelledby="document-titel">
      <DocumentHeader detail={detail} actions={<DocumentActions />} />
      <VersionSwitcher slug={doc.slug} versions={detail.versions} current={doc.version_no} />
      {doc.version_no < newest ? (
        <p className="utrecht-paragraph note" role="note">
          {t('documents.olderVersion', { n: newest })}
        </p>
      ) : null}
      <LifecycleBar detail={detail} />
      <DocumentPresence />
      {detail.sections.length === 0 ? (
        <p className="utrecht-paragraph muted">{t('documents.noSections')}</p>
      ) : (
        detail.sections.map((s, i) => <SectionView key={s.id} section={s} index={i} count={detail.sections.length} />)
      )}
      {detail.can_edit ? (
        addingSection ? (
          <SectionForm documentId={doc.id} onDone={() => setAddingSection(false)} />
        ) : (
          <Button className="no-print" onClick={() => setAddingSection(true)}>
            {t('documents.edit.addSection')}
          </Button>
        )
      ) : null}
      <section className="doc-section no-print" aria-labelledby="algemene-reacties">
        <h2 id="algemene-reacties" className="utrecht-heading-2">
          {t('documents.comments.general')}
        </h2>
        <CommentThreads entryId={null} threads={threads ? threadsFor(threads, null) : []} about={doc.title} />
      </section>
    </article>
  );
}
