import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { useDeleteSection, useMoveSection } from '../api';
import type { Section } from '../model';
import { ConfirmDelete } from './confirm-delete';
import { MoveButtons } from './move-buttons';
import { MutationError } from './mutation-error';
import '../documents.css';

type SectionToolbarProps = { section: Section; index: number; count: number; onEdit: () => void };

export function SectionToolbar({ section, index, count, onEdit }: SectionToolbarProps) {
  const { t } = useTranslation();
  const move = useMoveSection();
  const remove = useDeleteSection();
  const what = t('documents.edit.sectionNamed', { title: section.title });
  return (
    <div className="toolbar no-print" role="group" aria-label={t('documents.edit.toolsFor', { what })}>
      <Button onClick={onEdit} aria-label={t('documents.edit.editNamed', { what })}>
        {t('documents.edit.editSection')}
      </Button>
      <MoveButtons
        what={what}
        index={index}
        count={count}
        busy={move.isPending}
        onMove={(to) => move.mutate({ sectionId: section.id, version: section.version, position: to })}
      />
      <ConfirmDelete
        what={
          section.entries.length
            ? t('documents.edit.sectionWithEntries', { what, count: section.entries.length })
            : what
        }
        busy={remove.isPending}
        onConfirm={() => remove.mutate({ sectionId: section.id, version: section.version })}
      />
      <MutationError error={move.error ?? remove.error} />
    </div>
  );
}
