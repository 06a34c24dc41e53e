// Every route path in one place, with href builders so no component types a URL by hand.
const slugPart = (slug: string) => encodeURIComponent(slug);

export const paths = {
  home: { pattern: '/', href: () => '/' },
  area: { pattern: '/gebied/:areaSlug', href: (areaSlug: string) => `/gebied/${encodeURIComponent(areaSlug)}` },
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
  auditLog: { pattern: '/beheer/logboek', href: () => '/beheer/logboek' },
  moderation: { pattern: '/beheer/meldingen', href: () => '/beheer/meldingen' },
  initiatives: { pattern: '/initiatieven', href: (search = '') => `/initiatieven${search ? `?${search}` : ''}` },
  initiative: { href: (id: string) => `/initiatieven?initiatief=${encodeURIComponent(id)}` },
  proposeInitiative: { pattern: '/initiatieven/nieuw', href: () => '/initiatieven/nieuw' },
  privacy: { pattern: '/privacy', href: () => '/privacy' },
  signIn: { pattern: '/inloggen', href: () => '/inloggen' },
  signUp: { pattern: '/registreren', href: () => '/registreren' },
} as const;

/** `documentPath(slug)`: the document page (agenda, vision or plan). */
export const documentPath = (slug: string) => paths.document.href(slug);
