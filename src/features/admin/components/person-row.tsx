import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import type { AdminArea, AdminCouncil, AdminUser } from '../model';
import { GrantRoleForm } from './grant-role-form';
import { MembershipItem } from './membership-item';

type PersonRowProps = { user: AdminUser; areas: AdminArea[]; councils: AdminCouncil[] };

/** A person with their roles at a glance; "give a role" opens a form in a row of its own below. */
export function PersonRow({ user, areas, councils }: PersonRowProps) {
  const { t } = useTranslation();
  const [granting, setGranting] = useState(false);
  const grantRef = useRef<HTMLButtonElement>(null);
  const closeForm = () => {
    setGranting(false);
    // the form (or the revoked role's button) is gone: focus returns to the person's own button
    requestAnimationFrame(() => grantRef.current?.focus());
  };
  return (
    <>
      <tr>
        <th scope="row">{user.display_name}</th>
        <td className="admin-table__email">{user.email}</td>
        <td>
          {user.memberships.length === 0 ? (
            <span className="muted">{t('admin.people.resident')}</span>
          ) : (
            <ul className="admin-roles">
              {user.memberships.map((m) => (
                <MembershipItem key={m.id} membership={m} personName={user.display_name} onRevoked={closeForm} />
              ))}
            </ul>
          )}
        </td>
        <td>
          <Button
            ref={grantRef}
            aria-expanded={granting}
            aria-label={t('admin.people.grantTo', { name: user.display_name })}
            onClick={() => setGranting((g) => !g)}
          >
            {t('admin.people.grantButton')}
          </Button>
        </td>
      </tr>
      {granting ? (
        <tr className="admin-table__form-row">
          <td colSpan={4}>
            <GrantRoleForm user={user} areas={areas} councils={councils} onDone={closeForm} />
          </td>
        </tr>
      ) : null}
    </>
  );
}
