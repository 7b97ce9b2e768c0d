import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  partnerStandingReadPermission,
  type PartnerListPage,
  type PartnerSummary,
} from '@partner-studio/plugin-partner-studio-common';
import {
  cursorCodec,
  matchesPartnerCriteria,
  type PartnerAccessService,
  type PartnerDirectoryService,
} from '@partner-studio/plugin-partner-studio-node';
import { z } from 'zod';

/** Where a page of partners starts: after this (title, entity ref). */
const partnerCursor = z.object({ t: z.string(), r: z.string() });

/**
 * `GET /partners`: the partners the caller may read, one page at a time.
 * The directory (the catalog's partners, held in memory) is the source; the
 * access filter — the plugin's own scoping combined with the policy's
 * decision, conditional ones included — is applied to each page as it is
 * read, so a page never holds a partner the caller could not open.
 */
export class PartnerListService {
  readonly #access: PartnerAccessService;
  readonly #directory: PartnerDirectoryService;

  static create(options: {
    access: PartnerAccessService;
    directory: PartnerDirectoryService;
  }): PartnerListService {
    return new PartnerListService(options);
  }

  private constructor(options: {
    access: PartnerAccessService;
    directory: PartnerDirectoryService;
  }) {
    this.#access = options.access;
    this.#directory = options.directory;
  }

  async list(
    credentials: BackstageCredentials,
    page: { limit?: number; cursor?: string },
  ): Promise<PartnerListPage> {
    const limit = page.limit ?? 100;
    const after = page.cursor
      ? cursorCodec.decode(page.cursor, partnerCursor)
      : undefined;
    const { filter } = await this.#access.listFilter(
      credentials,
      partnerStandingReadPermission,
    );
    const ordered = (await this.#directory.listPartners()).sort(byTitle);
    const items: PartnerSummary[] = [];
    let more = false;
    for (const partner of ordered) {
      if (
        after &&
        byTitle(partner, { title: after.t, entityRef: after.r }) <= 0
      ) {
        continue;
      }
      if (
        !filter.all &&
        !matchesPartnerCriteria(filter.criteria, partner.entityRef)
      ) {
        continue;
      }
      if (items.length === limit) {
        more = true;
        break;
      }
      items.push(partner);
    }
    const last = items[items.length - 1];
    return {
      items,
      ...(more && last
        ? {
            nextCursor: cursorCodec.encode({
              t: last.title,
              r: last.entityRef,
            }),
          }
        : {}),
    };
  }
}

function byTitle(
  a: Pick<PartnerSummary, 'title' | 'entityRef'>,
  b: Pick<PartnerSummary, 'title' | 'entityRef'>,
): number {
  const title = a.title.localeCompare(b.title, 'en');
  if (title !== 0) return title;
  if (a.entityRef === b.entityRef) return 0;
  return a.entityRef < b.entityRef ? -1 : 1;
}
