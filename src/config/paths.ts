// Every route path in one place, with href builders so no component types a URL by hand.
const slugPart = (slug: string) => encodeURIComponent(slug);

export const paths = {
  home: { pattern: '/', href: () => '/' },
  area: { pattern: '/gebied/:areaSlug', href: (areaSlug: string) => `/gebied/${encodeURIComponent(areaSlug)}` },
  /** A wijk or dorp by readable slug (lib/district-slug.ts) or CBS code (WK0855xx). */
  district: {
    pattern: '/wijk/:districtSlug',
    href: (districtSlug: string) => `/wijk/${encodeURIComponent(districtSlug)}`,
  },
  document: {
    pattern: '/documenten/:slug',
    href: (slug: string, versionNo?: number) =>
      `/documenten/${slugPart(slug)}${versionNo ? `?versie=${versionNo}` : ''}`,
  },
  documentVersions: {
    pattern: '/documenten/:slug/versies',
    href: (slug: string, compare?: { from: number; to: number }) =>
      `/documenten/${slugPart(slug)}/versies${compare ? `?van=${compare.from}&naar=${compare.to}` : ''}`,
  },
  documentTimeline: {
    pattern: '/documenten/:slug/tijdlijn',
    href: (slug: string) => `/documenten/${slugPart(slug)}/tijdlijn`,
  },
  // the admin console (admins only); its screens keep their state in the URL, e.g. ?q= for the people search
  admin: { pattern: '/beheer', href: () => '/beheer' },
  adminPeople: {
    pattern: '/beheer/mensen',
    href: (query?: string) => `/beheer/mensen${query ? `?q=${encodeURIComponent(query)}` : ''}`,
  },
  adminInvitations: { pattern: '/beheer/uitnodigingen', href: () => '/beheer/uitnodigingen' },
  adminCouncils: { pattern: '/beheer/raden', href: () => '/beheer/raden' },
  adminAreas: { pattern: '/beheer/gebieden', href: () => '/beheer/gebieden' },
  adminDistricts: { pattern: '/beheer/wijken', href: () => '/beheer/wijken' },
  adminThemes: { pattern: '/beheer/themas', href: () => '/beheer/themas' },
  adminDocuments: { pattern: '/beheer/documenten', href: () => '/beheer/documenten' },
  adminFigures: { pattern: '/beheer/cijfers', href: () => '/beheer/cijfers' },
  auditLog: { pattern: '/beheer/logboek', href: () => '/beheer/logboek' },
  moderation: { pattern: '/beheer/meldingen', href: () => '/beheer/meldingen' },
  initiatives: { pattern: '/initiatieven', href: (search = '') => `/initiatieven${search ? `?${search}` : ''}` },
  initiative: { href: (id: string) => `/initiatieven?initiatief=${encodeURIComponent(id)}` },
  proposeInitiative: { pattern: '/initiatieven/nieuw', href: () => '/initiatieven/nieuw' },
  privacy: { pattern: '/privacy', href: () => '/privacy' },
  /** Search over everything; the query and filters live in the URL (features/search/model.ts URL_KEYS). */
  search: {
    pattern: '/zoeken',
    href: (params?: URLSearchParams) => `/zoeken${params && params.size > 0 ? `?${params.toString()}` : ''}`,
  },
  /** `returnTo`: where to go once signed in (a path inside the app). */
  signIn: {
    pattern: '/inloggen',
    href: (returnTo?: string) =>
      `/inloggen${returnTo && returnTo !== '/' ? `?terug=${encodeURIComponent(returnTo)}` : ''}`,
  },
  signUp: { pattern: '/registreren', href: () => '/registreren' },
  forgotPassword: { pattern: '/wachtwoord-vergeten', href: () => '/wachtwoord-vergeten' },
  resetPassword: { pattern: '/wachtwoord-herstellen', href: () => '/wachtwoord-herstellen' },
  /** Where e-mail links land (verifyOtp); `next`: where to go afterwards. */
  authConfirm: {
    pattern: '/auth/bevestigen',
    href: (next?: string) => `/auth/bevestigen${next ? `?next=${encodeURIComponent(next)}` : ''}`,
  },
  /** Where the identity provider (OAuth / SAML SSO via Supabase Auth) sends people back. */
  authReturn: { pattern: '/auth/terugkeer', href: () => '/auth/terugkeer' },
  profile: { pattern: '/profiel', href: () => '/profiel' },
} as const;

/** `documentPath(slug)`: the document page (agenda, vision or plan). */
export const documentPath = (slug: string) => paths.document.href(slug);
