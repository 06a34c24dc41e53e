import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { movedPosition } from '../model';

type MoveButtonsProps = { what: string; index: number; count: number; busy: boolean; onMove: (to: number) => void };

/** Reordering by keyboard and mouse alike: "omhoog" and "omlaag" buttons instead of drag and drop. */
export function MoveButtons({ what, index, count, busy, onMove }: MoveButtonsProps) {
  const { t } = useTranslation();
  const up = movedPosition(index, count, -1);
  const down = movedPosition(index, count, 1);
  return (
    <>
      <Button
        appearance="subtle"
        disabled={up === null || busy}
        aria-label={t('documents.edit.moveUp', { what })}
        onClick={() => up !== null && onMove(up)}
      >
        ↑
      </Button>
      <Button
        appearance="subtle"
        disabled={down === null || busy}
        aria-label={t('documents.edit.moveDown', { what })}
        onClick={() => down !== null && onMove(down)}
      >
        ↓
      </Button>
    </>
  );
}
