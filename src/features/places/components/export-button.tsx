import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { documentPath } from '@/config/paths';
import { toGeoJsonExport, type PlaceFeature, type Theme } from '../model';

type ExportButtonProps = { places: PlaceFeature[]; themes: Theme[]; fileName: string };

/** Downloads the places shown (all of them without filters) as a GeoJSON file. */
export function ExportButton({ places, themes, fileName }: ExportButtonProps) {
  const { t } = useTranslation();
  const download = () => {
    const names = new Map(themes.map((th) => [th.id, th.name_nl]));
    const collection = toGeoJsonExport(places, {
      themeName: (id) => names.get(id),
      documentUrl: (slug) => new URL(documentPath(slug), window.location.origin).href,
      name: fileName,
    });
    const blob = new Blob([JSON.stringify(collection, null, 2)], { type: 'application/geo+json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `${fileName}.geojson`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <Button onClick={download} disabled={places.length === 0}>
      {t('places.export', { count: places.length })}
    </Button>
  );
}
