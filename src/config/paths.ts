// Every route path in one place, with href builders so no component types a URL by hand.
export const paths = {
  home: { pattern: '/', href: () => '/' },
  area: { pattern: '/gebied/:areaSlug', href: (areaSlug: string) => `/gebied/${encodeURIComponent(areaSlug)}` },
  document: {
    pattern: '/documenten/:slug',
    href: (slug: string, versionNo?: number) =>
      `/documenten/${encodeURIComponent(slug)}${versionNo ? `?versie=${versionNo}` : ''}`,
  },
  documentVersions: {
    pattern: '/documenten/:slug/versies',
    href: (slug: string) => `/documenten/${encodeURIComponent(slug)}/versies`,
  },
  documentTimeline: {
    pattern: '/documenten/:slug/tijdlijn',
    href: (slug: string) => `/documenten/${encodeURIComponent(slug)}/tijdlijn`,
  },
  signIn: { pattern: '/inloggen', href: () => '/inloggen' },
  signUp: { pattern: '/registreren', href: () => '/registreren' },
} as const;
