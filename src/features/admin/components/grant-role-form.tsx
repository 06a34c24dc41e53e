import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { showToast } from '@/components/ui/toast-store';
import { useGrantMembership } from '../api';
import {
  adminErrorMessage,
  grantSchema,
  roleLabel,
  type AdminArea,
  type AdminCouncil,
  type AdminUser,
  type GrantValues,
  type MembershipRole,
} from '../model';
import { RoleFields } from './role-fields';
import { useAdminForm } from './use-admin-form';

type GrantRoleFormProps = {
  user: AdminUser;
  areas: AdminArea[];
  councils: AdminCouncil[];
  onDone: () => void;
};

/** Gives one person a role; stays open with what was chosen when the server refuses. */
export function GrantRoleForm({ user, areas, councils, onDone }: GrantRoleFormProps) {
  const { t } = useTranslation();
  const grant = useGrantMembership();
  const { form, fieldError } = useAdminForm<GrantValues>(grantSchema, { role: '', areaId: '', councilId: '' });
  const role = useWatch({ control: form.control, name: 'role' });
  const { register, handleSubmit } = form;

  const onSubmit = handleSubmit((values) =>
    grant.mutate(
      { ...values, userId: user.id },
      {
        onSuccess: () => {
          const label = roleLabel(
            {
              role: values.role as MembershipRole,
              area_name: areas.find((a) => a.id === values.areaId)?.name ?? null,
              council_name: councils.find((c) => c.id === values.councilId)?.name ?? null,
            },
            t,
          );
          showToast(t('admin.people.granted', { role: label, name: user.display_name }));
          onDone();
        },
      },
    ),
  );

  return (
    <form
      noValidate
      onSubmit={onSubmit}
      className="form admin-inline-form"
      aria-label={t('admin.people.grantTo', { name: user.display_name })}
    >
      <FormAlert message={adminErrorMessage(grant.error, 'grant', t)} />
      <RoleFields
        role={role}
        fields={{ role: register('role'), areaId: register('areaId'), councilId: register('councilId') }}
        errors={{ role: fieldError('role'), areaId: fieldError('areaId'), councilId: fieldError('councilId') }}
        areas={areas}
        councils={councils}
      />
      <div className="button-row">
        <Button type="submit" appearance="primary" busy={grant.isPending}>
          {t('admin.people.grant')}
        </Button>
        <Button appearance="subtle" onClick={onDone}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
