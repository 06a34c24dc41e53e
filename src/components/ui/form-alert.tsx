type FormAlertProps = { message: string | null };

/** The form-level error above the fields, announced as soon as it appears. */
export function FormAlert({ message }: FormAlertProps) {
  if (!message) return null;
  return (
    <div className="utrecht-alert utrecht-alert--error" role="alert">
      <p className="utrecht-paragraph">{message}</p>
    </div>
  );
}
