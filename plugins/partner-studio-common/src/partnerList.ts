import type { PartnerSummary } from './partnerPoints';

/**
 * `GET /partners` of the partner points backend: the partners the caller may
 * read, sorted by title. Program admins get every partner, a partner's
 * members their own partner(s), everybody else an empty list.
 */
export interface PartnerListResponse {
  items: PartnerSummary[];
}
