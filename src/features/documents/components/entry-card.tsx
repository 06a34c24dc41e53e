import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorOpen } from '@/lib/drafts/use-safe-edit';
import { threadsFor, type Entry } from '../model';
import { CommentCountBadge } from './comment-count-badge';
import { CommentThreads } from './comment-threads';
import { useDocumentPage } from './document-context';
import { EntryForm } from './entry-form';
import { EntryLinks } from './entry-links';
import { EntryMeta } from './entry-meta';
import { EntryPlace } from './entry-place';
import { EntryToolbar } from './entry-toolbar';
import { LiveMarker } from './live-marker';
import { ProgressForm } from './progress-form';
import '../documents.css';

type EntryCardProps = { entry: Entry; index: number; count: number; number: string };

/** One agenda item, vision goal or plan action: facts, place, links, comments, and for editors the controls. */
export function EntryCard({ entry, index, count, number }: EntryCardProps) {
  const { t } = useTranslation();
  const { detail, threads, renderEntryExtras } = useDocumentPage();
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
  const entryThreads = threads ? threadsFor(threads, entry.id) : [];
  return (
    <li className="entry" id={`punt-${entry.lineage_id}`}>
      <article aria-labelledby={headingId}>
        <h3 className="utrecht-heading-4 entry__title">
          <span className="entry__number">{number}</span> <span id={headingId}>{entry.title}</span>
        </h3>
        <LiveMarker target={{ kind: 'entry', id: entry.id }} />
        <EntryMeta entry={entry} />
        {entry.body ? <p className="utrecht-paragraph entry__body">{entry.body}</p> : null}
        <EntryPlace entry={entry} />
        <EntryLinks entry={entry} />
        {renderEntryExtras?.(entry)}
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
          ) : detail.can_update_progress && entry.kind === 'plan_action' ? (
            <ProgressForm entry={entry} />
          ) : null}
        </div>
        {showComments ? <CommentThreads entryId={entry.id} threads={entryThreads} about={entry.title} /> : null}
      </article>
    </li>
  );
}
