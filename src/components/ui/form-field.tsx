import { useId, type ReactNode } from 'react';

type Control = { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string };

type FormFieldProps = {
  /** the control's modifier: text, textarea, select */
  type: string;
  id?: string;
  label: string;
  description?: string;
  error?: string;
  /** the control, given its id and the ARIA links to the description and error */
  children: (control: Control) => ReactNode;
};

/** The NL Design System form field around one control: label, description, error message next to it, and the
 *  ARIA links between them, so a screen reader reads the error with the field. */
export function FormField({ type, id, label, description, error, children }: FormFieldProps) {
  const fallbackId = useId();
  const controlId = id ?? fallbackId;
  const errorId = `${controlId}-fout`;
  const descriptionId = `${controlId}-uitleg`;
  const describedBy =
    [description ? descriptionId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`utrecht-form-field utrecht-form-field--${type}${error ? ' utrecht-form-field--invalid' : ''}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={controlId}>
          {label}
        </label>
      </div>
      {description ? (
        <div className="utrecht-form-field-description" id={descriptionId}>
          {description}
        </div>
      ) : null}
      {error ? (
        <div className="utrecht-form-field-error-message" id={errorId}>
          {error}
        </div>
      ) : null}
      <div className="utrecht-form-field__input">
        {children({
          id: controlId,
          ...(error ? { 'aria-invalid': true as const } : {}),
          ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        })}
      </div>
    </div>
  );
}
