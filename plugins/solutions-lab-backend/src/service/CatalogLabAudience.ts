import type { AuthService } from '@backstage/backend-plugin-api';
import { RELATION_MEMBER_OF } from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type { PartnerDirectoryService } from '@partner-studio/plugin-partner-studio-node';
import type { LabAudience } from './LabNotifier';

/**
 * The Lab's audience from the partner directory (which groups are vendor
 * experts and program admins) and the catalog (who is in them). To be
 * replaced by the shared access helper's role resolution.
 */
export class CatalogLabAudience implements LabAudience {
  readonly #directory: PartnerDirectoryService;
  readonly #catalog: CatalogService;
  readonly #auth: AuthService;

  static create(deps: {
    directory: PartnerDirectoryService;
    catalog: CatalogService;
    auth: AuthService;
  }): CatalogLabAudience {
    return new CatalogLabAudience(deps);
  }

  private constructor(deps: {
    directory: PartnerDirectoryService;
    catalog: CatalogService;
    auth: AuthService;
  }) {
    this.#directory = deps.directory;
    this.#catalog = deps.catalog;
    this.#auth = deps.auth;
  }

  async expertRefs(): Promise<string[]> {
    return (await this.#directory.roleGroupRefs()).vendorExperts;
  }

  async programAdminRefs(): Promise<string[]> {
    return (await this.#directory.roleGroupRefs()).programAdmins;
  }

  async isExpert(userRef: string): Promise<boolean> {
    const [user, groups] = await Promise.all([
      this.#catalog.getEntityByRef(userRef, {
        credentials: await this.#auth.getOwnServiceCredentials(),
      }),
      this.expertRefs(),
    ]);
    if (!user || user.kind.toLocaleLowerCase('en-US') !== 'user') return false;
    const expertGroups = new Set(groups.map(g => g.toLocaleLowerCase('en-US')));
    return (user.relations ?? []).some(
      r =>
        r.type === RELATION_MEMBER_OF &&
        expertGroups.has(r.targetRef.toLocaleLowerCase('en-US')),
    );
  }
}
