// The readable part of a wijk page's URL (/wijk/<slug>): the same as the database's private.slugify(name), which
// district_page() matches. "Trouwlaan - Uitvindersbuurt" → "trouwlaan-uitvindersbuurt". The CBS code works too.
export function districtSlug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/g, '');
}
