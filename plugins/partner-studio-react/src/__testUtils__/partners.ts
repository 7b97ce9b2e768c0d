import type {
  PartnerListPage,
  PartnerSummary,
} from '@partner-studio/plugin-partner-studio-common';

/** A partner summary for `group:default/<name>`. */
export function partner(name: string, title: string): PartnerSummary {
  return {
    entityRef: `group:default/${name}`,
    title,
    businessModels: ['solution-builder'],
    pinnacleInvited: false,
  };
}

/** Five partners, sorted by title, as a program admin reads them. */
export const PARTNERS: PartnerSummary[] = [
  partner('adatum', 'Adatum Corporation'),
  partner('contoso-solutions', 'Contoso Solutions'),
  partner('fabrikam-software', 'Fabrikam Software'),
  partner('northwind-cloud', 'Northwind Cloud'),
  partner('tailspin-toys', 'Tailspin Toys'),
];

/**
 * Answers `GET /partners?limit=&cursor=` over {@link PARTNERS} like a
 * backend: the cursor is the index of the next partner.
 */
export function pageOf(
  partners: PartnerSummary[],
  options: { cursor?: string | null; limit?: number | null },
): PartnerListPage {
  const start = options.cursor ? Number(options.cursor) : 0;
  const limit = options.limit ?? 50;
  const items = partners.slice(start, start + limit);
  const next = start + limit;
  return next < partners.length
    ? { items, nextCursor: String(next) }
    : { items };
}
