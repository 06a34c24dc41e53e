import { forwardRef, type SelectHTMLAttributes } from 'react';
import { FormField } from './form-field';

type SelectFieldProps = SelectHTMLAttributes<HTMLSelectElement> & {
  label: string;
  error?: string;
  options: { value: string; label: string }[];
};

/** Labelled NL Design System select with its error message next to it, linked for screen readers. */
export const SelectField = forwardRef<HTMLSelectElement, SelectFieldProps>(function SelectField(
  { label, error, options, id, ...rest },
  ref,
) {
  return (
    <FormField type="select" id={id} label={label} error={error}>
      {(control) => (
        <select
          {...rest}
          {...control}
          ref={ref}
          className={`utrecht-select utrecht-select--html-select${error ? ' utrecht-select--invalid' : ''}`}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
});
