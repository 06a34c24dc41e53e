import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showToast } from '@/components/ui/toast-store';
import { formatShortDate } from '@/lib/formats';
import { useWithdrawInvitation } from '../api';
import { adminErrorMessage, INVITATION_STATUSES, roleLabel, type Invitation, type InvitationStatus } from '../model';
import { ConfirmAction } from './confirm-action';

type InvitationListProps = { invitations: Invitation[] };

/** Every invitation, newest first, filtered by status; a pending one can be withdrawn. */
export function InvitationList({ invitations }: InvitationListProps) {
  const { t } = useTranslation();
  const filterId = useId();
  const [status, setStatus] = useState<InvitationStatus | ''>('');
  const shown = status ? invitations.filter((i) => i.status === status) : invitations;
  return (
    <section aria-labelledby="uitnodigingen-lijst" className="admin-section">
      <h2 id="uitnodigingen-lijst" className="utrecht-heading-2">
        {t('admin.invitations.listTitle')}
      </h2>
      <div className="admin-filter">
        <label htmlFor={filterId} className="utrecht-form-label">
          {t('admin.invitations.filter')}
        </label>
        <select
          id={filterId}
          className="utrecht-select utrecht-select--html-select"
          value={status}
          onChange={(e) => setStatus(e.target.value as InvitationStatus | '')}
        >
          <option value="">{t('admin.invitations.all')}</option>
          {INVITATION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`admin.invitations.status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      {shown.length === 0 ? (
        <p className="utrecht-paragraph empty-state">
          {t(status ? 'admin.invitations.emptyFiltered' : 'admin.invitations.empty')}
        </p>
      ) : (
        <div className="table-scroll">
          <table className="admin-table">
            <caption className="visually-hidden">{t('admin.invitations.caption', { count: shown.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.invitations.email')}</th>
                <th scope="col">{t('admin.roles.role')}</th>
                <th scope="col">{t('admin.invitations.statusColumn')}</th>
                <th scope="col">{t('admin.invitations.invited')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('admin.people.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((invitation) => (
                <InvitationRow key={invitation.id} invitation={invitation} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function InvitationRow({ invitation: i }: { invitation: Invitation }) {
  const { t, i18n } = useTranslation();
  const withdraw = useWithdrawInvitation();
  const role = roleLabel(i, t);
  const date = (value: string) => formatShortDate(value, i18n.language);
  return (
    <tr>
      <th scope="row" className="admin-table__email">
        {i.email}
      </th>
      <td>{role}</td>
      <td>
        <span className={`badge admin-status admin-status--${i.status}`}>
          {t(`admin.invitations.status.${i.status}`)}
        </span>
        <span className="admin-table__detail">
          {i.status === 'pending'
            ? t('admin.invitations.expiresOn', { date: date(i.expires_at) })
            : i.status === 'accepted' && i.accepted_at
              ? i.accepted_by_name
                ? t('admin.invitations.acceptedBy', { name: i.accepted_by_name, date: date(i.accepted_at) })
                : t('admin.invitations.acceptedOn', { date: date(i.accepted_at) })
              : null}
        </span>
      </td>
      <td>
        {date(i.created_at)}
        {i.invited_by_name ? (
          <span className="admin-table__detail">{t('admin.invitations.by', { name: i.invited_by_name })}</span>
        ) : null}
      </td>
      <td>
        {i.status === 'pending' ? (
          <ConfirmAction
            label={t('admin.invitations.withdraw')}
            description={t('admin.invitations.withdrawWhat', { email: i.email, role })}
            question={t('admin.invitations.withdrawQuestion', { email: i.email })}
            confirmLabel={t('admin.invitations.withdrawConfirm')}
            busy={withdraw.isPending}
            error={adminErrorMessage(withdraw.error, 'withdraw', t)}
            onConfirm={() =>
              withdraw.mutate(i.id, {
                onSuccess: () => showToast(t('admin.invitations.withdrawn', { email: i.email })),
              })
            }
          />
        ) : null}
      </td>
    </tr>
  );
}
