import { InputError } from '@backstage/errors';
import type {
  EngagementStatus,
  EvidenceKind,
} from '@partner-studio/plugin-solutions-lab-node';

/*
 * Checks of what callers send, beyond the request validator generated from
 * openapi.yaml: the service does not trust its callers either.
 */

/** The limits of the API, documented in openapi.yaml. */
export const LIMITS = {
  solutionName: 120,
  description: 4000,
  note: 4000,
  comment: 2000,
  url: 2000,
  evidenceLabel: 200,
  pageSize: { default: 50, max: 200 },
  partnerRefs: 100,
  notesShown: 200,
  timelineShown: 500,
  funnelRangeDays: 3 * 366,
} as const;

export const STATUSES: readonly EngagementStatus[] = [
  'active',
  'on-hold',
  'completed',
  'closed',
];

/** What a checked item's evidence link must point to. */
export const EVIDENCE_WANTED: Record<EvidenceKind, string> = {
  none: 'nothing',
  link: 'a link to the deliverable',
  'validation-report': 'a link to the validation report',
  'tool-run': 'a link to the run of the Hub validation tool',
};

/** `group:<namespace>/<name>`, the form partners are known by. */
export const GROUP_REF = /^group:[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9._-]*$/i;
export const USER_REF = /^user:[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9._-]*$/i;

export function requiredText(
  field: string,
  value: unknown,
  max: number,
): string {
  if (typeof value !== 'string' || value.trim().length === 0) {
    throw new InputError(`${field} is required`);
  }
  const trimmed = value.trim();
  if (trimmed.length > max) {
    throw new InputError(`${field} must be at most ${max} characters`);
  }
  return trimmed;
}

/** Evidence must be an http(s) link: anything else could run in a browser. */
export function evidenceUrl(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0) {
    throw new InputError('evidence.url is required');
  }
  if (value.length > LIMITS.url) {
    throw new InputError(
      `evidence.url must be at most ${LIMITS.url} characters`,
    );
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InputError('evidence.url must be an absolute http(s) URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new InputError(
      `evidence.url must be an http(s) link, not ${url.protocol.replace(
        /:$/,
        '',
      )}`,
    );
  }
  if (url.username || url.password) {
    throw new InputError('evidence.url must not carry credentials');
  }
  return url.toString();
}

/** An ISO date (calendar-checked) or date-time with timezone, as epoch ms. */
export function parseDateParam(field: string, value: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})(T.*)?$/.exec(value);
  const ms = Date.parse(value);
  if (!match || Number.isNaN(ms)) {
    throw new InputError(
      `${field} must be an ISO date (2026-01-31) or date-time with timezone`,
    );
  }
  // Date.parse rolls 2026-02-31 over to March: refuse impossible dates.
  const date = new Date(ms);
  if (
    !match[4] &&
    (date.getUTCFullYear() !== Number(match[1]) ||
      date.getUTCMonth() + 1 !== Number(match[2]) ||
      date.getUTCDate() !== Number(match[3]))
  ) {
    throw new InputError(`${field} ${value} is not a calendar date`);
  }
  if (match[4] && !/(Z|[+-]\d{2}:\d{2})$/.test(value)) {
    throw new InputError(`${field} needs a timezone (Z or ±hh:mm)`);
  }
  return ms;
}
