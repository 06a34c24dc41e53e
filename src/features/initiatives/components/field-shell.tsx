import type { ReactNode } from 'react';

type FieldAttributes = { id: string; 'aria-invalid'?: boolean; 'aria-describedby'?: string };
type FieldShellProps = { id: string; label: string; error?: string; children: (a: FieldAttributes) => ReactNode };

/** Label, error message next to the field and the ARIA links, for a textarea or select (TextField is for inputs). */
export function FieldShell({ id, label, error, children }: FieldShellProps) {
  const errorId = `${id}-fout`;
  return (
    <div className={`utrecht-form-field${error ? ' utrecht-form-field--invalid' : ''}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      {error ? (
        <div className="utrecht-form-field-error-message" id={errorId}>
          {error}
        </div>
      ) : null}
      <div className="utrecht-form-field__input">
        {children({ id, ...(error ? { 'aria-invalid': true, 'aria-describedby': errorId } : {}) })}
      </div>
    </div>
  );
}
