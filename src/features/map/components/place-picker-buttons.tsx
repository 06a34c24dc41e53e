import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import type { PickMode } from '../pick-mode';
import { movePosition, roundedPosition, type Position } from '../place';

type PlacePickerButtonsProps = {
  mode: PickMode;
  point: Position | null;
  cornerCount: number;
  /** The middle of the map as it is now shown. */
  centre: () => Position | null;
  onPoint: (p: Position) => void;
  onCorners: (change: (corners: Position[]) => Position[]) => void;
  onClear: () => void;
};

const STEP_METRES = 50;
const MOVES = [
  ['north', 0, 1],
  ['south', 0, -1],
  ['west', -1, 0],
  ['east', 1, 0],
] as const;

/** The keyboard way to place on the map: at the map's centre (pan with the arrow keys), then move in steps. */
export function PlacePickerButtons({
  mode,
  point,
  cornerCount,
  centre,
  onPoint,
  onCorners,
  onClear,
}: PlacePickerButtonsProps) {
  const { t } = useTranslation();
  const atCentre = (use: (p: Position) => void) => () => {
    const c = centre();
    if (c) use(roundedPosition(c[0], c[1]));
  };
  if (mode === 'area') {
    return (
      <div className="button-row">
        <Button onClick={atCentre((p) => onCorners((cs) => [...cs, p]))}>{t('map.picker.cornerAtCentre')}</Button>
        {cornerCount ? (
          <>
            <Button onClick={() => onCorners((cs) => cs.slice(0, -1))}>{t('map.picker.undoCorner')}</Button>
            <Button appearance="subtle" onClick={onClear}>
              {t('map.picker.clearArea')}
            </Button>
          </>
        ) : null}
      </div>
    );
  }
  return (
    <div className="button-row">
      <Button onClick={atCentre(onPoint)}>{t('map.picker.centre')}</Button>
      {point ? (
        <>
          {MOVES.map(([dir, east, north]) => (
            <Button key={dir} onClick={() => onPoint(movePosition(point, east * STEP_METRES, north * STEP_METRES))}>
              {t(`map.picker.${dir}`, { m: STEP_METRES })}
            </Button>
          ))}
          <Button appearance="subtle" onClick={onClear}>
            {t('map.picker.clear')}
          </Button>
        </>
      ) : null}
    </div>
  );
}
