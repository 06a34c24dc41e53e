import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/ui/select-field';
import { MEMBERSHIP_ROLES, type AdminArea, type AdminCouncil } from '../model';

type RoleFieldsProps = {
  /** the chosen role: the area or council select appears only for the role that has one */
  role: string;
  fields: { role: UseFormRegisterReturn; areaId: UseFormRegisterReturn; councilId: UseFormRegisterReturn };
  errors: { role?: string; areaId?: string; councilId?: string };
  areas: AdminArea[];
  councils: AdminCouncil[];
};

/** Role, and for an area team its area, for a council member the council (named with its area). */
export function RoleFields({ role, fields, errors, areas, councils }: RoleFieldsProps) {
  const { t } = useTranslation();
  const areaName = new Map(areas.map((a) => [a.id, a.name]));
  return (
    <>
      <SelectField
        label={t('admin.roles.role')}
        error={errors.role}
        options={[
          { value: '', label: t('admin.roles.choose') },
          ...MEMBERSHIP_ROLES.map((r) => ({ value: r, label: t(`admin.roles.kinds.${r}`) })),
        ]}
        {...fields.role}
      />
      {role === 'area_team' ? (
        <SelectField
          label={t('admin.roles.area')}
          error={errors.areaId}
          options={[
            { value: '', label: t('admin.roles.chooseArea') },
            ...areas.map((a) => ({ value: a.id, label: a.name })),
          ]}
          {...fields.areaId}
        />
      ) : null}
      {role === 'council' ? (
        <SelectField
          label={t('admin.roles.council')}
          error={errors.councilId}
          options={[
            { value: '', label: t('admin.roles.chooseCouncil') },
            ...councils.map((c) => ({
              value: c.id,
              label: t('admin.roles.councilOption', { council: c.name, area: areaName.get(c.area_id) ?? '—' }),
            })),
          ]}
          {...fields.councilId}
        />
      ) : null}
    </>
  );
}
