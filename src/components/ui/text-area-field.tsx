import { forwardRef, type TextareaHTMLAttributes } from 'react';
import { FormField } from './form-field';

type TextAreaFieldProps = TextareaHTMLAttributes<HTMLTextAreaElement> & { label: string; error?: string };

/** Labelled NL Design System text area with its error message next to it, linked for screen readers. */
export const TextAreaField = forwardRef<HTMLTextAreaElement, TextAreaFieldProps>(function TextAreaField(
  { label, error, id, ...rest },
  ref,
) {
  return (
    <FormField type="textarea" id={id} label={label} error={error}>
      {(control) => (
        <textarea
          rows={3}
          {...rest}
          {...control}
          ref={ref}
          className={`utrecht-textarea utrecht-textarea--html-textarea${error ? ' utrecht-textarea--invalid' : ''}`}
        />
      )}
    </FormField>
  );
});
