import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorOpen } from '@/lib/drafts/use-safe-edit';
import { placeCentre, threadsFor, type Entry } from '../model';
import { CommentCountBadge } from './comment-count-badge';
import { CommentThreads } from './comment-threads';
import { useDocumentPage } from './document-context';
import { EntryForm } from './entry-form';
import { EntryLinks } from './entry-links';
import { EntryMeta } from './entry-meta';
import { EntryToolbar } from './entry-toolbar';
import { LiveMarker } from './live-marker';

type EntryCardProps = { entry: Entry; index: number; count: number };

/** One agenda item, vision goal or plan action: facts, place, links, comments, and for editors the controls. */
export function EntryCard({ entry, index, count }: EntryCardProps) {
  const { t } = useTranslation();
  const { detail, threads, renderPlace } = useDocumentPage();
  // an unsaved draft left here (reload, crash) reopens the editor with it (issue 5)
  const [editing, setEditing] = useEditorOpen({ kind: 'entry', id: entry.id }, detail.can_edit);
  const [showComments, setShowComments] = useState(false);
  const headingId = `punt-${entry.lineage_id}-titel`;
  if (editing) {
    return (
      <li className="entry entry--editing">
        <EntryForm sectionId={entry.section_id} entry={entry} onDone={() => setEditing(false)} />
      </li>
    );
  }
  const [lng, lat] = entry.location ? placeCentre(entry.location) : [0, 0];
  const entryThreads = threads ? threadsFor(threads, entry.id) : [];
  return (
    <li className="entry" id={`punt-${entry.lineage_id}`}>
      <article aria-labelledby={headingId}>
        <h3 id={headingId} className="utrecht-heading-4 entry__title">
          {entry.title}
        </h3>
        <LiveMarker target={{ kind: 'entry', id: entry.id }} />
        <EntryMeta entry={entry} />
        {entry.body ? <p className="utrecht-paragraph entry__body">{entry.body}</p> : null}
        {entry.location ? (
          <div className="entry__place">
            <p className="utrecht-paragraph">
              <strong>{t('documents.fields.place')}:</strong>{' '}
              {entry.location.type === 'Point' ? t('documents.place.point') : t('documents.place.area')} (
              {lat.toFixed(5)}, {lng.toFixed(5)})
            </p>
            {renderPlace ? renderPlace(entry.location, entry.title) : null}
          </div>
        ) : null}
        <EntryLinks entry={entry} />
        <div className="entry__footer no-print">
          <button
            type="button"
            className="link-button"
            aria-expanded={showComments}
            onClick={() => setShowComments((v) => !v)}
          >
            {showComments ? t('documents.comments.hide') : t('documents.comments.show')}
          </button>{' '}
          <CommentCountBadge counts={entry} />
          {detail.can_edit ? (
            <EntryToolbar entry={entry} index={index} count={count} onEdit={() => setEditing(true)} />
          ) : null}
        </div>
        {showComments ? <CommentThreads entryId={entry.id} threads={entryThreads} about={entry.title} /> : null}
      </article>
    </li>
  );
}
