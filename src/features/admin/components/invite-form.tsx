import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { TextField } from '@/components/ui/text-field';
import { useInvite } from '../api';
import {
  adminErrorMessage,
  inviteSchema,
  type AdminArea,
  type AdminCouncil,
  type Invitation,
  type InviteValues,
} from '../model';
import { RoleFields } from './role-fields';
import { useAdminForm } from './use-admin-form';

type InviteFormProps = { areas: AdminArea[]; councils: AdminCouncil[] };

/** Invite an e-mail address with a role. Emptied after it worked; on a refusal everything typed stays. */
export function InviteForm({ areas, councils }: InviteFormProps) {
  const { t } = useTranslation();
  const invite = useInvite();
  const [done, setDone] = useState<Invitation | null>(null);
  const { form, fieldError } = useAdminForm<InviteValues>(inviteSchema, {
    email: '',
    role: '',
    areaId: '',
    councilId: '',
  });
  const role = useWatch({ control: form.control, name: 'role' });
  const { register, handleSubmit, reset } = form;

  const onSubmit = handleSubmit((values) => {
    setDone(null);
    invite.mutate(values, {
      onSuccess: (invitation) => {
        setDone(invitation);
        reset();
      },
    });
  });

  return (
    <form noValidate onSubmit={onSubmit} className="form admin-form" aria-labelledby="uitnodigen-titel">
      <h2 id="uitnodigen-titel" className="utrecht-heading-2">
        {t('admin.invitations.formTitle')}
      </h2>
      <FormAlert message={adminErrorMessage(invite.error, 'invite', t)} />
      <TextField
        label={t('admin.invitations.email')}
        type="email"
        autoComplete="off"
        error={fieldError('email')}
        {...register('email')}
      />
      <RoleFields
        role={role}
        fields={{ role: register('role'), areaId: register('areaId'), councilId: register('councilId') }}
        errors={{ role: fieldError('role'), areaId: fieldError('areaId'), councilId: fieldError('councilId') }}
        areas={areas}
        councils={councils}
      />
      <Button type="submit" appearance="primary" busy={invite.isPending}>
        {t('admin.invitations.submit')}
      </Button>
      <div role="status" className="admin-form__status">
        {done ? (
          <p className="utrecht-paragraph note note--info">
            {t(done.status === 'accepted' ? 'admin.invitations.acceptedAtOnce' : 'admin.invitations.created', {
              email: done.email,
            })}
          </p>
        ) : null}
      </div>
    </form>
  );
}
