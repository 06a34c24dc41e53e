import { useTranslation } from 'react-i18next';
import { showToast } from '@/components/ui/toast-store';
import { useRevokeMembership } from '../api';
import { adminErrorMessage, roleLabel, type Membership } from '../model';
import { ConfirmAction } from './confirm-action';

type MembershipItemProps = { membership: Membership; personName: string; onRevoked: () => void };

/** One role of a person, with "take away" behind a confirm step. What the person wrote stays. */
export function MembershipItem({ membership, personName, onRevoked }: MembershipItemProps) {
  const { t } = useTranslation();
  const revoke = useRevokeMembership();
  const label = roleLabel(membership, t);
  return (
    <li className={`admin-role admin-role--${membership.role}`}>
      <span className="admin-role__label">{label}</span>
      <ConfirmAction
        label={t('admin.people.revoke')}
        description={t('admin.people.revokeWhat', { role: label, name: personName })}
        question={t('admin.people.revokeQuestion', { role: label, name: personName })}
        confirmLabel={t('admin.people.revokeConfirm')}
        busy={revoke.isPending}
        error={adminErrorMessage(revoke.error, 'revoke', t)}
        onConfirm={() =>
          revoke.mutate(membership.id, {
            onSuccess: () => {
              showToast(t('admin.people.revoked', { role: label, name: personName }));
              onRevoked();
            },
          })
        }
      />
    </li>
  );
}
