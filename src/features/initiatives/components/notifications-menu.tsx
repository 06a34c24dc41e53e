import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { initiativeQueries, useMarkNotificationsRead } from '../api';
import './notifications-menu.css';

type NotificationsMenuProps = { hrefOf: (initiativeId: string) => string };

/** The proposer's notifications in the header: a count of unread ones and a list that opens below it. */
export function NotificationsMenu({ hrefOf }: NotificationsMenuProps) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const list = useQuery(initiativeQueries.notifications());
  const markRead = useMarkNotificationsRead();
  const unread = list.data?.unread_count ?? 0;
  return (
    <div className="notifications">
      <Button appearance="subtle" aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
        {t('initiatives.notifications.button')}
        {unread > 0 ? (
          <span className="notifications__badge">
            {unread}
            <span className="visually-hidden"> {t('initiatives.notifications.unread', { count: unread })}</span>
          </span>
        ) : null}
      </Button>
      <div id={id} hidden={!open} className="notifications__panel">
        <h2 className="utrecht-heading-4">{t('initiatives.notifications.title')}</h2>
        {list.isPending ? <p className="utrecht-paragraph">{t('common.loading')}</p> : null}
        {list.data && list.data.items.length === 0 ? (
          <p className="utrecht-paragraph">{t('initiatives.notifications.empty')}</p>
        ) : null}
        <ul className="notifications__list">
          {list.data?.items.map((n) => (
            <li
              key={n.id}
              className={n.read_at ? 'notifications__item' : 'notifications__item notifications__item--unread'}
            >
              {n.initiative_id ? (
                <Link
                  className="utrecht-link"
                  to={hrefOf(n.initiative_id)}
                  onClick={() => (setOpen(false), markRead.mutate([n.id]))}
                >
                  {n.payload.title}
                </Link>
              ) : (
                <strong>{n.payload.title}</strong>
              )}
              <p className="utrecht-paragraph">
                {n.kind === 'status_changed'
                  ? t('initiatives.notifications.statusChanged', {
                      status: t(`initiatives.status.${n.payload.to_status}`),
                    })
                  : t('initiatives.notifications.commentAdded', { name: n.payload.author_name })}
              </p>
              {n.payload.explanation || n.payload.excerpt ? (
                <p className="utrecht-paragraph muted">{n.payload.explanation ?? n.payload.excerpt}</p>
              ) : null}
            </li>
          ))}
        </ul>
        {unread > 0 ? (
          <Button appearance="subtle" busy={markRead.isPending} onClick={() => markRead.mutate(undefined)}>
            {t('initiatives.notifications.markAllRead')}
          </Button>
        ) : null}
      </div>
    </div>
  );
}
