const pointsFormat = new Intl.NumberFormat('en-GB', {
  maximumFractionDigits: 2,
});
const numberFormat = new Intl.NumberFormat('en-GB', {
  maximumFractionDigits: 2,
});
const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const shortDateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** `1234.5` → `1,234.5` (points are kept to hundredths). */
export function formatPoints(points: number): string {
  return pointsFormat.format(points);
}

/** `1234` → `+1,234`, `-5` → `−5`, `0` → `±0`. */
export function formatPointsDelta(delta: number): string {
  const rounded = Math.round(delta * 100) / 100;
  if (rounded > 0) {
    return `+${formatPoints(rounded)}`;
  }
  if (rounded < 0) {
    return `−${formatPoints(-rounded)}`;
  }
  return '±0';
}

/** A metric value with its unit, e.g. `12 deals`, `1,500 USD`, `75%`. */
export function formatValue(value: number, unit?: string): string {
  if (unit === 'ratio') {
    return `${numberFormat.format(value * 100)}%`;
  }
  if (unit === '%' || unit === 'percent') {
    return `${numberFormat.format(value)}%`;
  }
  const formatted = numberFormat.format(value);
  return unit ? `${formatted} ${unit}` : formatted;
}

/** `2027-01-12` → `12 January 2027` (dates are read as UTC). */
export function formatDate(isoDate: string): string {
  const date = new Date(isoDate);
  return Number.isNaN(date.getTime()) ? isoDate : dateFormat.format(date);
}

/** `2027-01-12` → `12 Jan 2027`. */
export function formatShortDate(isoDate: string): string {
  const date = new Date(isoDate);
  return Number.isNaN(date.getTime()) ? isoDate : shortDateFormat.format(date);
}

/** `solution-builder` → `Solution builder`. */
export function humanize(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toLocaleUpperCase('en-GB') + words.slice(1);
}
