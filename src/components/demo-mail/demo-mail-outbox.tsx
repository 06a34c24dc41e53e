// The embedded backend's "sent" mail (lib/embedded/outbox.ts), shown where the person is, clearly marked as an
// example: to, subject and the link the mail would contain (a real link into the app). Embedded mode only.
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { dismissMail, outboxMails, subscribeOutbox, type OutboxMail } from '@/lib/embedded/outbox';
import { dateTimeFormat } from '@/lib/formats';
import './demo-mail-outbox.css';

/** Announces a mail that arrives while the page is open (not those kept from before a reload). The live region is
 *  in the DOM before its text changes, so screen readers hear it. */
function useArrivalAnnouncement(mails: readonly OutboxMail[]): string {
  const { t } = useTranslation();
  const seen = useRef(mails[0]?.id);
  const [text, setText] = useState('');
  const newest = mails[0];
  useEffect(() => {
    if (!newest || newest.id === seen.current) return;
    seen.current = newest.id;
    const timer = setTimeout(
      () => setText(t('demoMail.arrived', { to: newest.to, subject: t(`demoMail.subjects.${newest.kind}`) })),
      150,
    );
    return () => clearTimeout(timer);
  }, [newest, t]);
  return text;
}

export function DemoMailOutbox() {
  const { t, i18n } = useTranslation();
  const mails = useSyncExternalStore(subscribeOutbox, outboxMails, outboxMails);
  const announcement = useArrivalAnnouncement(mails);
  const region = useRef<HTMLElement>(null);
  const time = dateTimeFormat(i18n.language, { hour: '2-digit', minute: '2-digit' });

  function dismiss(index: number) {
    const next = mails[index + 1] ?? mails[index - 1];
    dismissMail(mails[index]!.id);
    // keep the keyboard user in place: the next mail's button, or the page content when none is left
    const target = next
      ? region.current?.querySelector<HTMLElement>(`[data-mail="${next.id}"] button`)
      : document.getElementById('inhoud');
    target?.focus();
  }

  if (mails.length === 0) return null;
  return (
    <section ref={region} aria-labelledby="voorbeeld-mail-titel" className="demo-mail">
      <h2 id="voorbeeld-mail-titel" className="demo-mail__title">
        {t('demoMail.title')}
      </h2>
      <p className="demo-mail__intro">{t('demoMail.intro')}</p>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      <ul className="demo-mail__list">
        {mails.map((mail, index) => (
          <li key={mail.id} data-mail={mail.id} className="demo-mail__mail">
            <dl className="demo-mail__fields">
              <dt>{t('demoMail.to')}</dt>
              <dd>{mail.to}</dd>
              <dt>{t('demoMail.subject')}</dt>
              <dd>{t(`demoMail.subjects.${mail.kind}`)}</dd>
              <dt>{t('demoMail.sentAt')}</dt>
              <dd>{time.format(new Date(mail.sentAt))}</dd>
            </dl>
            <p className="demo-mail__link">
              <Link to={mail.link} className="utrecht-link" onClick={() => dismissMail(mail.id)}>
                {t(`demoMail.actions.${mail.kind}`)}
              </Link>
              <span className="demo-mail__url">{mail.link}</span>
            </p>
            <p className="demo-mail__validity">{t('demoMail.validity')}</p>
            <Button
              appearance="subtle"
              aria-label={t('demoMail.dismissLabel', { to: mail.to })}
              onClick={() => dismiss(index)}
            >
              {t('demoMail.dismiss')}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
