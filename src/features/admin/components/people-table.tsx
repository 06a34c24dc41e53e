import { useTranslation } from 'react-i18next';
import type { AdminArea, AdminCouncil, AdminUser } from '../model';
import { PersonRow } from './person-row';

type PeopleTableProps = { users: AdminUser[]; areas: AdminArea[]; councils: AdminCouncil[]; caption: string };

export function PeopleTable({ users, areas, councils, caption }: PeopleTableProps) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="admin-table">
        <caption className="admin-table__caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.people.name')}</th>
            <th scope="col">{t('admin.people.email')}</th>
            <th scope="col">{t('admin.people.roles')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('admin.people.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <PersonRow key={user.id} user={user} areas={areas} councils={councils} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
