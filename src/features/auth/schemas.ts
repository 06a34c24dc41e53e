// Form schemas live apart from model.ts so zod loads with the sign-in and sign-up pages, not with the map.
import { z } from 'zod';

// Messages are i18n keys, translated where they are shown.
export const signInSchema = z.object({
  email: z.string().trim().min(1, 'auth.errors.emailRequired').email('auth.errors.invalidEmail'),
  password: z.string().min(1, 'auth.errors.passwordRequired'),
});
export type SignInValues = z.infer<typeof signInSchema>;

export const signUpSchema = z.object({
  displayName: z.string().trim().min(2, 'auth.errors.nameLength').max(80, 'auth.errors.nameLength'),
  email: z.string().trim().min(1, 'auth.errors.emailRequired').email('auth.errors.invalidEmail'),
  password: z.string().min(8, 'auth.errors.weakPassword'),
});
export type SignUpValues = z.infer<typeof signUpSchema>;
