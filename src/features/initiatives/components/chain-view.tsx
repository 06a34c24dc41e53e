import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { InitiativeChain, LinkedEntry } from '../model';
import { StatusBadge } from './status-badge';
import '../initiatives.css';

type ChainViewProps = { chain: InitiativeChain; documentHref: (slug: string) => string };

function Step({
  label,
  entry,
  href,
  children,
}: {
  label: string;
  entry: LinkedEntry;
  href: string;
  children?: React.ReactNode;
}) {
  return (
    <li className={`chain__step chain__step--${entry.kind}`}>
      <span className="chain__label">{label}</span>
      <Link className="utrecht-link" to={href}>
        {entry.title}
      </Link>
      <span className="chain__document">{entry.document.title}</span>
      {children}
    </li>
  );
}

/** initiative → agenda item → vision goal → plan action + progress, each a link to its document. */
export function ChainView({ chain, documentHref }: ChainViewProps) {
  const { t } = useTranslation();
  const href = (e: LinkedEntry) => `${documentHref(e.document.slug)}#punt-${e.lineage_id}`;
  return (
    <section className="chain" aria-labelledby="keten-kop">
      <h2 className="utrecht-heading-3" id="keten-kop">
        {t('initiatives.chain.title')}
      </h2>
      <ol className="chain__steps">
        <li className="chain__step chain__step--initiative">
          <span className="chain__label">{t('initiatives.chain.initiative')}</span>
          <strong>{chain.initiative.title}</strong>
          <StatusBadge status={chain.initiative.status} />
        </li>
        {chain.agenda_item ? (
          <Step label={t('initiatives.chain.agendaItem')} entry={chain.agenda_item} href={href(chain.agenda_item)} />
        ) : (
          <li className="chain__step chain__step--empty">{t('initiatives.chain.notYet')}</li>
        )}
        {chain.vision_goals.map((g) => (
          <Step key={g.lineage_id} label={t('initiatives.chain.visionGoal')} entry={g} href={href(g)} />
        ))}
        {chain.plan_actions.map((a) => (
          <Step key={a.lineage_id} label={t('initiatives.chain.planAction')} entry={a} href={href(a)}>
            <span className="chain__progress">
              <progress max={100} value={a.progress ?? 0} aria-label={t('initiatives.chain.progress')} />
              {t('initiatives.chain.progressValue', { value: a.progress ?? 0 })}
            </span>
          </Step>
        ))}
      </ol>
    </section>
  );
}
