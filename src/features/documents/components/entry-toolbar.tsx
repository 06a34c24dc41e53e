import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { useDeleteEntry, useMoveEntry } from '../api';
import type { Entry } from '../model';
import { ConfirmDelete } from './confirm-delete';
import { MoveButtons } from './move-buttons';
import { MutationError } from './mutation-error';
import '../documents.css';

type EntryToolbarProps = { entry: Entry; index: number; count: number; onEdit: () => void };

export function EntryToolbar({ entry, index, count, onEdit }: EntryToolbarProps) {
  const { t } = useTranslation();
  const move = useMoveEntry();
  const remove = useDeleteEntry();
  return (
    <div className="toolbar" role="group" aria-label={t('documents.edit.toolsFor', { what: entry.title })}>
      <Button onClick={onEdit} aria-label={t('documents.edit.editNamed', { what: entry.title })}>
        {t('documents.edit.edit')}
      </Button>
      <MoveButtons
        what={entry.title}
        index={index}
        count={count}
        busy={move.isPending}
        onMove={(to) =>
          move.mutate({ entryId: entry.id, version: entry.version, sectionId: entry.section_id, position: to })
        }
      />
      <ConfirmDelete
        what={entry.title}
        busy={remove.isPending}
        onConfirm={() => remove.mutate({ entryId: entry.id, version: entry.version })}
      />
      <MutationError error={move.error ?? remove.error} />
    </div>
  );
}
