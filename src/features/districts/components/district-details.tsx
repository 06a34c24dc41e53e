import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import type { DistrictPage } from '../model';
import { ListSection } from '@/components/ui/list-section';

type DistrictDetailsProps = { page: DistrictPage; initiativeHref: (id: string) => string };

/** What belongs to the wijk: its councils, the agendas that cover it, what is placed in it, its initiatives. */
export function DistrictDetails({ page, initiativeHref }: DistrictDetailsProps) {
  const { t } = useTranslation();
  const { councils, agendas, entries, initiatives } = page;
  const name = page.district.name;
  return (
    <>
      <ListSection
        id="wijk-raden"
        title={t('districts.councils', { count: councils.length })}
        empty={t('districts.noCouncils', { name })}
      >
        {councils.map((c) => (
          <li key={c.id}>
            {c.website_url ? (
              <a className="utrecht-link" href={c.website_url} rel="noreferrer">
                {c.name}
              </a>
            ) : (
              c.name
            )}
            {c.is_example ? <span className="badge badge--example">{t('common.example')}</span> : null}
          </li>
        ))}
      </ListSection>
      <ListSection
        id="wijk-agendas"
        title={t('districts.agendas', { count: agendas.length })}
        empty={t('districts.noAgendas', { name })}
      >
        {agendas.map((a) => (
          <li key={a.id}>
            <Link className="utrecht-link" to={paths.document.href(a.slug)}>
              {a.title}
            </Link>{' '}
            <span className={`badge badge--${a.status}`}>{t(`status.${a.status}`)}</span>
            {a.is_example ? <span className="badge badge--example">{t('common.example')}</span> : null}
          </li>
        ))}
      </ListSection>
      <ListSection
        id="wijk-plekken"
        title={t('districts.entries', { count: entries.length })}
        empty={t('districts.noEntries', { name })}
      >
        {entries.map((e) => (
          <li key={e.id}>
            <span className="muted">{t(`labels.entryKind.${e.kind}`)}: </span>
            <Link className="utrecht-link" to={`${paths.document.href(e.document.slug)}#punt-${e.lineage_id}`}>
              {e.title}
            </Link>
            <span className="muted"> — {e.document.title}</span>
          </li>
        ))}
      </ListSection>
      <ListSection
        id="wijk-initiatieven"
        title={t('districts.initiatives', { count: initiatives.length })}
        empty={t('districts.noInitiatives', { name })}
      >
        {initiatives.map((i) => (
          <li key={i.id}>
            <Link className="utrecht-link" to={initiativeHref(i.id)}>
              {i.title}
            </Link>{' '}
            <span className="muted">
              {t(`initiatives.status.${i.status}`)} · {t('districts.supportCount', { count: i.support_count })}
            </span>
          </li>
        ))}
      </ListSection>
    </>
  );
}
