import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { AREA_COLORS } from '@/lib/geo/area-colors';
import { COLOR_NAMES } from '../model';

type ColorPickerProps = { field: UseFormRegisterReturn; error?: string; errorId: string };

/** The 8 map colours as radio buttons, each a swatch with its name (colour is never the only signal). */
export function ColorPicker({ field, error, errorId }: ColorPickerProps) {
  const { t } = useTranslation();
  return (
    <fieldset
      className="utrecht-form-fieldset admin-colors"
      aria-describedby={error ? errorId : undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend className="utrecht-form-fieldset__legend">{t('admin.areas.color')}</legend>
      {error ? (
        <p id={errorId} className="utrecht-form-field-error-message">
          {error}
        </p>
      ) : null}
      <div className="admin-colors__options">
        {AREA_COLORS.map((color, i) => (
          <label key={color} className="admin-colors__option">
            <input
              type="radio"
              value={String(i)}
              className="utrecht-radio-button utrecht-radio-button--html-input"
              {...field}
            />
            <span className="area-swatch area-swatch--large" style={{ background: color }} aria-hidden="true" />
            {t(`admin.colors.${COLOR_NAMES[i]}`)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
