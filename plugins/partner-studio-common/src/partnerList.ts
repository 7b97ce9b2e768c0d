import type { PartnerSummary } from './partnerPoints';

/**
 * `GET /partners?limit=&cursor=` of the partner points backend: one page of
 * the partners the caller may read, sorted by title. Program admins get every
 * partner, a partner's members their own partner(s), everybody else an empty
 * list. `nextCursor`, when present, is the `cursor` of the next page.
 */
export interface PartnerListResponse {
  items: PartnerSummary[];
  nextCursor?: string;
}
