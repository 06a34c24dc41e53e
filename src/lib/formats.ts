// Dates, numbers and money in the reader's language (nl-NL or en-GB); times in Tilburg's time zone.
import { locale } from '@/i18n';

const TIME_ZONE = 'Europe/Amsterdam';

// Making an Intl formatter costs far more than using one (a page of agenda items made hundreds): one per language
// and options, kept for the page's life.
function keptPerOptions<O, F>(make: (lng: string, options: O) => F): (lng: string, options: O) => F {
  const kept = new Map<string, F>();
  return (lng, options) => {
    const key = `${lng} ${JSON.stringify(options)}`;
    let format = kept.get(key);
    if (!format) kept.set(key, (format = make(lng, options)));
    return format;
  };
}

export const dateTimeFormat = keptPerOptions(
  (lng, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(lng, options),
);
export const numberFormat = keptPerOptions(
  (lng, options: Intl.NumberFormatOptions) => new Intl.NumberFormat(lng, options),
);

/** "18 april 2024" for a date ("2024-04-18") or a timestamp. */
export function formatDate(value: string, lng: string): string {
  // a bare date is a calendar day: read it as noon UTC so no time zone moves it to another day
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00Z` : value);
  return dateTimeFormat(locale(lng), { dateStyle: 'long', timeZone: TIME_ZONE }).format(date);
}

/** "18 apr 2024" for tight places such as table cells. */
export function formatShortDate(value: string, lng: string): string {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00Z` : value);
  return dateTimeFormat(locale(lng), { dateStyle: 'medium', timeZone: TIME_ZONE }).format(date);
}

/** "18 april 2024 om 20:04" (the time in Tilburg). */
export function formatDateTime(value: string, lng: string): string {
  return dateTimeFormat(locale(lng), { dateStyle: 'long', timeStyle: 'short', timeZone: TIME_ZONE }).format(
    new Date(value),
  );
}

export function formatNumber(value: number, lng: string, maximumFractionDigits = 1): string {
  return numberFormat(locale(lng), { maximumFractionDigits }).format(value);
}

export function formatEuro(value: number, lng: string): string {
  return numberFormat(locale(lng), { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(value);
}
