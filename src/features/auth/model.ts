export type Role = 'resident' | 'council' | 'area_team' | 'admin';

export type Me = {
  id: string;
  email: string;
  display_name: string;
  is_admin: boolean;
  roles: Role[];
  area_team_areas: { id: string; slug: string; name: string }[];
  councils: { id: string; name: string; area_slug: string }[];
};

/** Demo accounts of supabase/seed.sql, offered for one-click sign-in with the embedded backend. */
export const DEMO_PASSWORD = 'demo-wachtwoord';
export const DEMO_ACCOUNTS = [
  { email: 'team.noord@demo.agendakaart.nl', name: 'Fatima El Amrani', roleKey: 'auth.demo.areaTeam' },
  { email: 'team.noord.2@demo.agendakaart.nl', name: 'Daan Bakker', roleKey: 'auth.demo.areaTeam' },
  { email: 'wijkraad.heyhoef@demo.agendakaart.nl', name: 'Joost van Dijk', roleKey: 'auth.demo.council' },
  { email: 'bewoner@demo.agendakaart.nl', name: 'Sanne de Vries', roleKey: 'auth.demo.resident' },
  { email: 'beheer@demo.agendakaart.nl', name: 'Mark Jansen', roleKey: 'auth.demo.admin' },
] as const;

/** Role descriptions for the header, most specific first: "Gebiedsteam Noord", "Wijkraad Heyhoef", "Beheerder". */
export function roleLabels(me: Me, t: (key: string, options?: Record<string, unknown>) => string): string[] {
  const labels = [
    ...(me.is_admin ? [t('roles.admin')] : []),
    ...me.area_team_areas.map((a) => t('roles.areaTeam', { area: a.name })),
    ...me.councils.map((c) => t('roles.council', { council: c.name })),
  ];
  return labels.length > 0 ? labels : [t('roles.resident')];
}

/** GoTrue error codes → message keys; anything else gets the generic message. */
export function authErrorKey(code: string | undefined): string {
  switch (code) {
    case 'invalid_credentials':
      return 'auth.errors.invalidCredentials';
    case 'user_already_exists':
    case 'email_exists':
      return 'auth.errors.userExists';
    case 'weak_password':
      return 'auth.errors.weakPassword';
    case 'validation_failed':
    case 'email_address_invalid':
      return 'auth.errors.invalidEmail';
    default:
      return 'auth.errors.unknown';
  }
}
