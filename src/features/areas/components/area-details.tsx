import { useTranslation } from 'react-i18next';
import type { AreaDetail } from '../model';
import { AreaSection } from './area-section';

type AreaDetailsProps = { detail: AreaDetail };

/** The area page body: districts, councils, agendas and team. Presentational: data comes in as props. */
export function AreaDetails({ detail }: AreaDetailsProps) {
  const { t } = useTranslation();
  const { districts, councils, agendas, team } = detail;
  return (
    <>
      <AreaSection id="wijken" title={t('areas.districts', { count: districts.length })} empty={t('areas.noDistricts')}>
        {districts.map((d) => (
          <li key={d.id}>
            {d.name}{' '}
            <span className="muted">({d.kind === 'dorp' ? t('areas.kindVillage') : t('areas.kindDistrict')})</span>
          </li>
        ))}
      </AreaSection>
      <AreaSection id="raden" title={t('areas.councils', { count: councils.length })} empty={t('areas.noCouncils')}>
        {councils.map((c) => (
          <li key={c.id}>
            <strong>{c.name}</strong>
            {c.is_example ? <span className="badge badge--example">{t('common.example')}</span> : null}
            {c.districts.length > 0 ? (
              <span className="muted"> — {c.districts.map((d) => d.name).join(', ')}</span>
            ) : null}
          </li>
        ))}
      </AreaSection>
      <AreaSection id="agendas" title={t('areas.agendas', { count: agendas.length })} empty={t('areas.noAgendas')}>
        {agendas.map((a) => (
          <li key={a.id}>
            {a.title} <span className={`badge badge--${a.status}`}>{t(`status.${a.status}`)}</span>
            {a.is_example ? <span className="badge badge--example">{t('common.example')}</span> : null}
          </li>
        ))}
      </AreaSection>
      <AreaSection id="team" title={t('areas.team')} empty={t('areas.noTeam')}>
        {team.map((m) => (
          <li key={m.display_name}>{m.display_name}</li>
        ))}
      </AreaSection>
    </>
  );
}
