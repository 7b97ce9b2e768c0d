/**
 * Number formatting of Partner Studio, in one locale (`en-GB`) so every
 * plugin writes `1,234.5 points` the same way.
 */
const LOCALE = 'en-GB';

const pointsFormat = new Intl.NumberFormat(LOCALE, {
  maximumFractionDigits: 2,
});

/**
 * Points, kept to hundredths: `1234.5` → `1,234.5`.
 *
 * @public
 */
export function formatPoints(points: number): string {
  return pointsFormat.format(points);
}

/**
 * A change of points with its sign: `1234` → `+1,234`, `-5` → `−5`,
 * `0` → `±0`.
 *
 * @public
 */
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

/**
 * A measured value with its unit: `12 deals`, `1,500 USD`, `75%` (unit
 * `ratio` is a share of 1, `%` or `percent` already a percentage).
 *
 * @public
 */
export function formatValue(value: number, unit?: string): string {
  if (unit === 'ratio') {
    return `${pointsFormat.format(value * 100)}%`;
  }
  if (unit === '%' || unit === 'percent') {
    return `${pointsFormat.format(value)}%`;
  }
  const formatted = pointsFormat.format(value);
  return unit ? `${formatted} ${unit}` : formatted;
}

/**
 * A machine id as words, for ids no definition names (event types,
 * attributes): `deal_won` → `Deal won`, `solution-builder` →
 * `Solution builder`, `playId` → `Play id`.
 *
 * @public
 */
export function humanize(id: string): string {
  const words = id
    .replace(
      /([a-z0-9])([A-Z])/g,
      (_, before: string, capital: string) =>
        `${before} ${capital.toLocaleLowerCase(LOCALE)}`,
    )
    .replace(/[-_]+/g, ' ')
    .trim();
  return words.charAt(0).toLocaleUpperCase(LOCALE) + words.slice(1);
}
