import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { districtSlug } from '@/lib/district-slug';
import type { AreaDetail } from '../model';
import { AreaDocumentLink } from './area-document-link';
import { ListSection } from '@/components/ui/list-section';

type AreaDetailsProps = { detail: AreaDetail };

/** The area page body: districts, councils, agendas and team. Presentational: data comes in as props. */
export function AreaDetails({ detail }: AreaDetailsProps) {
  const { t } = useTranslation();
  const { districts, councils, agendas, visions, plans, team } = detail;
  const openOf = (id: string) => detail.comment_counts.find((c) => c.document_id === id)?.open_comment_count ?? 0;
  return (
    <>
      <ListSection id="wijken" title={t('areas.districts', { count: districts.length })} empty={t('areas.noDistricts')}>
        {districts.map((d) => (
          <li key={d.id}>
            <Link to={paths.district.href(districtSlug(d.name))} className="utrecht-link">
              {d.name}
            </Link>{' '}
            <span className="muted">({d.kind === 'dorp' ? t('areas.kindVillage') : t('areas.kindDistrict')})</span>
          </li>
        ))}
      </ListSection>
      <ListSection id="raden" title={t('areas.councils', { count: councils.length })} empty={t('areas.noCouncils')}>
        {councils.map((c) => (
          <li key={c.id}>
            <strong>{c.name}</strong>
            {c.is_example ? <span className="badge badge--example">{t('common.example')}</span> : null}
            {c.districts.length > 0 ? (
              <span className="muted"> — {c.districts.map((d) => d.name).join(', ')}</span>
            ) : null}
          </li>
        ))}
      </ListSection>
      <ListSection id="agendas" title={t('areas.agendas', { count: agendas.length })} empty={t('areas.noAgendas')}>
        {agendas.map((a) => (
          <AreaDocumentLink key={a.id} doc={a} openComments={openOf(a.id)} />
        ))}
      </ListSection>
      <ListSection id="visies" title={t('areas.visions', { count: visions.length })} empty={t('areas.noVisions')}>
        {visions.map((v) => (
          <AreaDocumentLink key={v.id} doc={v} openComments={v.open_comment_count} />
        ))}
      </ListSection>
      <ListSection id="plannen" title={t('areas.plans', { count: plans.length })} empty={t('areas.noPlans')}>
        {plans.map((p) => (
          <AreaDocumentLink key={p.id} doc={p} openComments={p.open_comment_count} />
        ))}
      </ListSection>
      <ListSection id="team" title={t('areas.team')} empty={t('areas.noTeam')}>
        {team.map((m) => (
          <li key={m.display_name}>{m.display_name}</li>
        ))}
      </ListSection>
    </>
  );
}
