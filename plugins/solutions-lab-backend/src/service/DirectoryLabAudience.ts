import {
  normalizeEntityRef,
  type PartnerDirectoryService,
} from '@partner-studio/plugin-partner-studio-node';
import type { LabAudience } from './LabNotifier';

/**
 * The Lab's audience from the partner directory: the members of the vendor
 * experts and program admins groups and of the partners (sub-groups
 * included), from the organisation's trusted catalog data only.
 */
export class DirectoryLabAudience implements LabAudience {
  readonly #directory: PartnerDirectoryService;

  static create(deps: {
    directory: PartnerDirectoryService;
  }): DirectoryLabAudience {
    return new DirectoryLabAudience(deps);
  }

  private constructor(deps: { directory: PartnerDirectoryService }) {
    this.#directory = deps.directory;
  }

  async expertRefs(): Promise<string[]> {
    return (await this.#directory.roleMemberRefs()).vendorExperts;
  }

  async programAdminRefs(): Promise<string[]> {
    return (await this.#directory.roleMemberRefs()).programAdmins;
  }

  async isExpert(userRef: string): Promise<boolean> {
    return (await this.expertRefs()).includes(normalizeEntityRef(userRef));
  }

  async partnerMemberRefs(partnerRef: string): Promise<string[]> {
    return this.#directory.partnerMemberRefs(partnerRef);
  }
}
