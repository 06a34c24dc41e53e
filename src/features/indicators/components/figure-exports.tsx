import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { downloadFile } from '@/lib/csv';
import type { AreaGeometry } from '@/lib/geo/types';
import { indicatorQueries } from '../api';
import { figuresCsv, figuresGeoJson } from '../export';
import '../figures.css';

type FigureExportsProps = {
  /** the area, or null for the whole city */
  areaId: string | null;
  fileName: string;
  /** the wijk geometry for the GeoJSON (the map's, composed by the route) */
  geometryOf: (code: string) => AreaGeometry | undefined;
};

/** Downloads the key figures per wijk (of the area or the city) as CSV, or with the wijk boundaries as GeoJSON. */
export function FigureExports({ areaId, fileName, geometryOf }: FigureExportsProps) {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const [busy, setBusy] = useState<'csv' | 'geojson' | null>(null);
  const [failed, setFailed] = useState(false);
  const save = async (kind: 'csv' | 'geojson') => {
    setBusy(kind);
    setFailed(false);
    try {
      const data = await qc.fetchQuery(indicatorQueries.area(areaId));
      if (kind === 'csv') {
        const labels = {
          code: t('figures.export.code'),
          name: t('figures.export.name'),
          area: t('figures.export.area'),
          transcribed: t('figures.transcribed'),
        };
        downloadFile(figuresCsv(data, i18n.language, labels), `${fileName}.csv`, 'text/csv;charset=utf-8');
      } else {
        const json = JSON.stringify(figuresGeoJson(data, geometryOf, fileName), null, 2);
        downloadFile(json, `${fileName}.geojson`, 'application/geo+json');
      }
    } catch {
      setFailed(true);
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="figure-exports">
      <Button busy={busy === 'csv'} onClick={() => void save('csv')}>
        {t('figures.export.csv')}
      </Button>
      <Button busy={busy === 'geojson'} onClick={() => void save('geojson')}>
        {t('figures.export.geojson')}
      </Button>
      {failed ? (
        <p className="utrecht-paragraph" role="alert">
          {t('figures.export.failed')}
        </p>
      ) : null}
    </div>
  );
}
