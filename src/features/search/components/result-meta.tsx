import { useTranslation } from 'react-i18next';
import { statusLabelKey, type SearchResult } from '../model';

type ResultMetaProps = { result: SearchResult };

/** Kind, status, what it belongs to and the area, as one short line. */
export function ResultMeta({ result }: ResultMetaProps) {
  const { t } = useTranslation();
  const statusKey = statusLabelKey(result.status_kind, result.status);
  const kind =
    result.kind === 'district' && result.district_kind
      ? t(`search.${result.district_kind}`)
      : t(`search.kind.${result.kind}`);
  const parts = [
    kind,
    statusKey ? t(statusKey) : null,
    result.context && result.context !== result.title ? result.context : null,
    result.area && result.kind !== 'area' && result.area.name !== result.context
      ? t('search.inArea', { area: result.area.name })
      : null,
  ].filter((p): p is string => !!p);
  return <span className="search-meta">{parts.join(' · ')}</span>;
}
