import { useTranslation } from 'react-i18next';
import type { Source } from '../model';

type FigureSourceProps = { year: number; source: Source | null };

/** The year and the credit next to a figure ("2024 · Bron: CBS"), and a label when it was transcribed by hand. */
export function FigureSource({ year, source }: FigureSourceProps) {
  const { t } = useTranslation();
  return (
    <span className="figure-source">
      {t('figures.yearAndSource', { year, credit: source?.credit ?? '' })}
      {source?.transcribed ? <span className="figure-source__flag"> ({t('figures.transcribed')})</span> : null}
    </span>
  );
}
