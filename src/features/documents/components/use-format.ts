import { useTranslation } from 'react-i18next';
import { locale } from '@/i18n';
import { dateTimeFormat, formatEuro } from '@/lib/formats';

/** Dates in the reader's language: "14 september 2026" (nl-NL) or "14 September 2026" (en-GB). */
export function useFormatDate(): (iso: string | null | undefined) => string {
  const { i18n } = useTranslation();
  const format = dateTimeFormat(locale(i18n.language), { day: 'numeric', month: 'long', year: 'numeric' });
  return (iso) => (iso ? format.format(new Date(iso.length === 10 ? `${iso}T12:00:00` : iso)) : '');
}

export function useFormatEuro(): (amount: number | null | undefined) => string {
  const { i18n } = useTranslation();
  return (amount) => (amount == null ? '' : formatEuro(amount, i18n.language));
}
