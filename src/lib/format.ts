// Numbers and dates in the reader's language (Intl falls back sensibly where a locale has no data, e.g. prs).

export function formatHours(hours: number, lang: string): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(hours);
}

export function formatDate(date: Date, lang: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** ISO date (YYYY-MM-DD) for machine-readable output. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
