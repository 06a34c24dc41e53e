import { forwardRef, type InputHTMLAttributes } from 'react';
import { FormField } from './form-field';

type TextFieldProps = InputHTMLAttributes<HTMLInputElement> & { label: string; error?: string; description?: string };

/** Labelled NL Design System text box with its error message next to it, linked for screen readers. */
export const TextField = forwardRef<HTMLInputElement, TextFieldProps>(function TextField(
  { label, error, description, id, ...rest },
  ref,
) {
  return (
    <FormField type="text" id={id} label={label} description={description} error={error}>
      {(control) => (
        <input
          {...rest}
          {...control}
          ref={ref}
          className={`utrecht-textbox utrecht-textbox--html-input${error ? ' utrecht-textbox--invalid' : ''}`}
        />
      )}
    </FormField>
  );
});
