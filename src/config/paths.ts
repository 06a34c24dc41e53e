// Every route path in one place, with href builders so no component types a URL by hand.
export const paths = {
  home: { pattern: '/', href: () => '/' },
  area: { pattern: '/gebied/:areaSlug', href: (areaSlug: string) => `/gebied/${encodeURIComponent(areaSlug)}` },
  signIn: { pattern: '/inloggen', href: () => '/inloggen' },
  signUp: { pattern: '/registreren', href: () => '/registreren' },
} as const;
