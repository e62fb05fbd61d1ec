/**
 * Human formats for dates and counts. Dates are shown the way an analyst
 * cites them ("14 January 2025"); a bare YYYY-MM-DD is a calendar day, so it
 * is formatted in UTC and never shifts with the reader's time zone.
 */
const LONG = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const SHORT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const LONG_LOCAL = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
const SHORT_LOCAL = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

const DAY_ONLY = /^\d{4}-\d{2}-\d{2}$/;

function parse(value: string): { date: Date; dayOnly: boolean } | undefined {
  const dayOnly = DAY_ONLY.test(value);
  const date = new Date(dayOnly ? `${value}T00:00:00Z` : value);
  return Number.isNaN(date.getTime()) ? undefined : { date, dayOnly };
}

export function formatLongDate(value: string | undefined): string {
  if (!value) return '';
  const p = parse(value);
  if (!p) return value;
  return (p.dayOnly ? LONG : LONG_LOCAL).format(p.date);
}

export function formatShortDate(value: string | undefined): string {
  if (!value) return '';
  const p = parse(value);
  if (!p) return value;
  return (p.dayOnly ? SHORT : SHORT_LOCAL).format(p.date);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}
