import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { useMoveTheme } from '../api';
import { adminErrorMessage, moved, type AdminTheme } from '../model';

type ThemeListProps = { themes: AdminTheme[]; editHref: (themeId: string) => string };

type Focus = { id: string; dir: 'up' | 'down' } | null;

/** The themes in their order, each moved with its up and down buttons; the focus stays on the button pressed. */
export function ThemeList({ themes, editHref }: ThemeListProps) {
  const { t, i18n } = useTranslation();
  const move = useMoveTheme();
  const [focus, setFocus] = useState<Focus>(null);
  const [announcement, setAnnouncement] = useState('');
  const buttons = useRef(new Map<string, HTMLButtonElement | null>());

  useEffect(() => {
    if (!focus) return;
    const index = themes.findIndex((th) => th.id === focus.id);
    // at the top "up" is disabled: the other button of the same theme takes the focus
    const dir =
      (focus.dir === 'up' && index === 0) || (focus.dir === 'down' && index === themes.length - 1)
        ? focus.dir === 'up'
          ? 'down'
          : 'up'
        : focus.dir;
    buttons.current.get(`${focus.id}:${dir}`)?.focus();
  }, [focus, themes]);

  if (themes.length === 0) return <p className="utrecht-paragraph empty-state">{t('admin.themes.empty')}</p>;
  const name = (th: AdminTheme) => (i18n.language === 'en' ? th.name_en : th.name_nl);
  const shift = (index: number, delta: number) => {
    const theme = themes[index]!;
    const ids = moved(
      themes.map((th) => th.id),
      index,
      delta,
    );
    setFocus({ id: theme.id, dir: delta < 0 ? 'up' : 'down' });
    setAnnouncement(
      t('admin.themes.movedTo', { name: name(theme), position: ids.indexOf(theme.id) + 1, count: ids.length }),
    );
    move.mutate(ids);
  };

  return (
    <>
      {move.error ? (
        <p className="utrecht-alert utrecht-alert--error" role="alert">
          {adminErrorMessage(move.error, 'reorder', t)}
        </p>
      ) : null}
      <ol className="admin-themes" aria-label={t('admin.themes.listLabel', { count: themes.length })}>
        {themes.map((th, i) => (
          <li key={th.id} className="admin-themes__item">
            <span className="admin-themes__position" aria-hidden="true">
              {i + 1}
            </span>
            <span className="admin-themes__names">
              <strong lang="nl">{th.name_nl}</strong> <span lang="en">{th.name_en}</span>
              <code className="admin-themes__slug">{th.slug}</code>
            </span>
            <span className="button-row">
              <Button
                ref={(el) => void buttons.current.set(`${th.id}:up`, el)}
                appearance="subtle"
                disabled={i === 0}
                aria-label={t('admin.themes.up', { name: name(th) })}
                onClick={() => shift(i, -1)}
              >
                ↑
              </Button>
              <Button
                ref={(el) => void buttons.current.set(`${th.id}:down`, el)}
                appearance="subtle"
                disabled={i === themes.length - 1}
                aria-label={t('admin.themes.down', { name: name(th) })}
                onClick={() => shift(i, 1)}
              >
                ↓
              </Button>
              <Link
                to={editHref(th.id)}
                className="utrecht-link"
                aria-label={t('admin.themes.editWhat', { name: name(th) })}
              >
                {t('admin.edit')}
              </Link>
            </span>
          </li>
        ))}
      </ol>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </>
  );
}
