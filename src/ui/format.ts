/** Dates and numbers in the browser's locale; dates are stored as ISO and shown as calendar days. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

export function formatDate(iso: string, locale?: string): string {
  const key = locale ?? '';
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  return format.format(new Date(`${iso}T00:00:00Z`));
}

export function formatNumber(value: number, locale?: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}
