import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { showToast } from '@/components/ui/toast-store';
import { useSetDistrictArea } from '../api';
import { adminErrorMessage, moveSchema, type AdminArea, type AdminDistrict, type MoveValues } from '../model';

type DistrictAreaFormProps = {
  district: AdminDistrict;
  areas: AdminArea[];
  onMoved?: (district: AdminDistrict) => void;
  /** in the table the column header names the select; elsewhere it has its own label */
  compact?: boolean;
};

/** Moves one wijk to another area; the list and the map show it at once (and back if the server refuses). */
export function DistrictAreaForm({ district, areas, onMoved, compact = false }: DistrictAreaFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const move = useSetDistrictArea(onMoved);
  const form = useForm<MoveValues>({
    resolver: zodResolver(moveSchema(district.area_id)),
    // follows a move made elsewhere (the map's panel, another admin) unless this select was changed
    values: { areaId: district.area_id },
    resetOptions: { keepDirtyValues: true },
  });
  const { register, handleSubmit, formState } = form;
  const message = formState.errors.areaId?.message;
  const error = message ? t(message) : (adminErrorMessage(move.error, 'district', t) ?? undefined);
  const onSubmit = handleSubmit(({ areaId }) => {
    const area = areas.find((a) => a.id === areaId);
    move.mutate(
      { districtId: district.id, areaId },
      { onSuccess: () => showToast(t('admin.districts.moved', { name: district.name, area: area?.name ?? '—' })) },
    );
  });
  return (
    <form noValidate onSubmit={onSubmit} className={`admin-move${compact ? ' admin-move--compact' : ''}`}>
      <SelectField
        id={id}
        label={t(compact ? 'admin.districts.moveLabelShort' : 'admin.districts.moveLabel', { name: district.name })}
        error={error}
        options={areas.map((a) => ({ value: a.id, label: a.name }))}
        {...register('areaId')}
      />
      <Button
        type="submit"
        busy={move.isPending}
        aria-label={compact ? t('admin.districts.moveWhat', { name: district.name }) : undefined}
      >
        {t('admin.districts.move')}
      </Button>
    </form>
  );
}
