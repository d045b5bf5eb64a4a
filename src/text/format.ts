/**
 * Dates, numbers and money in the browser's locale; dates are stored as ISO and shown as calendar days.
 * A formatter costs up to a couple of milliseconds to make (the locale's data is loaded for it), and a popup shows
 * dozens of numbers in its first frame: each kind is made once per locale and kept.
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function kept<F extends Intl.DateTimeFormat | Intl.NumberFormat>(kind: string, locale: string | undefined, make: () => F): F {
  const key = `${kind} ${locale ?? ''}`;
  let format = formatters.get(key) as F | undefined;
  if (!format) {
    format = make();
    formatters.set(key, format);
  }
  return format;
}

export function formatDate(iso: string, locale?: string): string {
  const format = kept('date', locale, () => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }));
  return format.format(new Date(`${iso}T00:00:00Z`));
}

/** "Mar 2027": a month on a chart's axis. */
export function formatMonth(iso: string, locale?: string): string {
  const format = kept('month', locale, () => new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }));
  return format.format(new Date(`${iso}T00:00:00Z`));
}

export function formatNumber(value: number, locale?: string): string {
  return kept('number', locale, () => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 })).format(value);
}

/** A size as the locale writes it: "840 MB", "9.2 GB", "9,2 Go" (decimal units, as disks and browsers state them). */
export function formatSize(bytes: number, locale?: string): string {
  const gigabytes = bytes >= 1e9;
  const unit = gigabytes ? 'gigabyte' : 'megabyte';
  const format = kept(unit, locale, () => new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: gigabytes ? 1 : 0 }));
  return format.format(gigabytes ? bytes / 1e9 : Math.max(1, Math.round(bytes / 1e6)));
}

/** £99.00, US$99.00 or 99,00 €, as the locale writes the currency (an ISO 4217 code). */
export function formatMoney(amount: number, currency: string, locale?: string): string {
  return kept(`money-${currency}`, locale, () => new Intl.NumberFormat(locale, { style: 'currency', currency })).format(amount);
}
