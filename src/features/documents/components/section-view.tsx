import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { useEditorOpen } from '@/lib/drafts/use-safe-edit';
import { entryKindOf, type Section } from '../model';
import { useDocumentPage } from './document-context';
import { EntryCard } from './entry-card';
import { EntryForm } from './entry-form';
import { LiveMarker } from './live-marker';
import { SectionForm } from './section-form';
import { SectionToolbar } from './section-toolbar';
import '../documents.css';

type SectionViewProps = { section: Section; index: number; count: number };

export function SectionView({ section, index, count }: SectionViewProps) {
  const { t } = useTranslation();
  const { detail } = useDocumentPage();
  // an unsaved draft left here (reload, crash) reopens the editor with it (issue 5)
  const [editing, setEditing] = useEditorOpen({ kind: 'section', id: section.id }, detail.can_edit);
  const [adding, setAdding] = useState(false);
  const kind = entryKindOf(detail.document.kind);
  const headingId = `sectie-${section.lineage_id}`;
  return (
    <section className="doc-section" aria-labelledby={headingId}>
      {editing ? (
        <SectionForm documentId={section.document_id} section={section} onDone={() => setEditing(false)} />
      ) : (
        <>
          <h2 id={headingId} className="utrecht-heading-2 doc-section__title">
            <span className="entry__number">{index + 1}.</span> {section.title}
          </h2>
          <LiveMarker target={{ kind: 'section', id: section.id }} />
          {section.body ? <p className="utrecht-paragraph">{section.body}</p> : null}
          {detail.can_edit ? (
            <SectionToolbar section={section} index={index} count={count} onEdit={() => setEditing(true)} />
          ) : null}
        </>
      )}
      {section.entries.length === 0 ? (
        <p className="utrecht-paragraph muted">{t(`documents.emptySection.${kind}`)}</p>
      ) : (
        <ol className="entries">
          {section.entries.map((entry, i) => (
            <EntryCard
              key={entry.id}
              entry={entry}
              index={i}
              count={section.entries.length}
              number={`${index + 1}.${i + 1}`}
            />
          ))}
        </ol>
      )}
      {detail.can_edit ? (
        adding ? (
          <EntryForm sectionId={section.id} onDone={() => setAdding(false)} />
        ) : (
          <Button className="no-print" onClick={() => setAdding(true)}>
            {t(`documents.edit.addTo.${kind}`, { section: section.title })}
          </Button>
        )
      ) : null}
    </section>
  );
}
