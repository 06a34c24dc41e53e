// Form schemas live apart from model.ts so zod loads with the account pages, not with the map.
import { z } from 'zod';
import { MIN_PASSWORD_LENGTH } from './model';

// Messages are i18n keys, translated where they are shown.
const email = z.string().trim().min(1, 'auth.errors.emailRequired').email('auth.errors.invalidEmail');
const newPassword = z.string().min(MIN_PASSWORD_LENGTH, 'auth.errors.weakPassword');
const displayName = z.string().trim().min(2, 'auth.errors.nameLength').max(80, 'auth.errors.nameLength');

export const signInSchema = z.object({
  email,
  password: z.string().min(1, 'auth.errors.passwordRequired'),
});
export type SignInValues = z.infer<typeof signInSchema>;

export const signUpSchema = z.object({ displayName, email, password: newPassword });
export type SignUpValues = z.infer<typeof signUpSchema>;

export const emailSchema = z.object({ email });
export type EmailValues = z.infer<typeof emailSchema>;

export const newPasswordSchema = z
  .object({ password: newPassword, repeat: z.string().min(1, 'auth.errors.repeatRequired') })
  .refine((v) => v.password === v.repeat, { path: ['repeat'], message: 'auth.errors.repeatMismatch' });
export type NewPasswordValues = z.infer<typeof newPasswordSchema>;

export const displayNameSchema = z.object({ displayName });
export type DisplayNameValues = z.infer<typeof displayNameSchema>;
