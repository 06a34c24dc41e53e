import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SignInForm } from '@/features/auth/components/sign-in-form';
import { renderWithApp } from '../utils/render';

test('empty or malformed input is refused next to the field, and what was typed stays', async () => {
  const user = userEvent.setup();
  const onSignedIn = vi.fn();
  renderWithApp(<SignInForm onSignedIn={onSignedIn} />);
  await user.type(screen.getByLabelText('E-mailadres'), 'sanne@');
  await user.click(screen.getByRole('button', { name: 'Inloggen' }));
  expect(await screen.findByText('Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.')).toBeInTheDocument();
  expect(screen.getByText('Vul je wachtwoord in.')).toBeInTheDocument();
  expect(screen.getByLabelText('E-mailadres')).toHaveValue('sanne@');
  expect(screen.getByLabelText('E-mailadres')).toHaveAttribute('aria-invalid', 'true');
  expect(onSignedIn).not.toHaveBeenCalled();
});
