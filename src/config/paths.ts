// Every route path in one place, with href builders so no component types a URL by hand.
export const paths = {
  home: { pattern: '/', href: () => '/' },
  area: { pattern: '/gebied/:areaSlug', href: (areaSlug: string) => `/gebied/${encodeURIComponent(areaSlug)}` },
  initiatives: { pattern: '/initiatieven', href: (search = '') => `/initiatieven${search ? `?${search}` : ''}` },
  initiative: { href: (id: string) => `/initiatieven?initiatief=${encodeURIComponent(id)}` },
  proposeInitiative: { pattern: '/initiatieven/nieuw', href: () => '/initiatieven/nieuw' },
  privacy: { pattern: '/privacy', href: () => '/privacy' },
  /** built by the documents feature */
  document: { pattern: '/documenten/:slug', href: (slug: string) => `/documenten/${encodeURIComponent(slug)}` },
  signIn: { pattern: '/inloggen', href: () => '/inloggen' },
  signUp: { pattern: '/registreren', href: () => '/registreren' },
} as const;
