import type { ComponentPropsWithRef } from 'react';
import './button.css';

type ButtonProps = ComponentPropsWithRef<'button'> & {
  appearance?: 'primary' | 'secondary' | 'subtle';
  busy?: boolean;
};

/** NL Design System button (Utrecht CSS). `busy` keeps the button in place and tells screen readers. */
export function Button({
  appearance = 'secondary',
  busy = false,
  className,
  type = 'button',
  disabled,
  ...rest
}: ButtonProps) {
  return (
    <button
      {...rest}
      type={type}
      disabled={disabled || busy}
      aria-busy={busy || undefined}
      className={[
        'utrecht-button',
        `utrecht-button--${appearance === 'subtle' ? 'subtle' : `${appearance}-action`}`,
        className,
      ]
        .filter(Boolean)
        .join(' ')}
    />
  );
}
