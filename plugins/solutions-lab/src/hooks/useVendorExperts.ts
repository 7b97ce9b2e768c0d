import { isUserEntity, stringifyEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { GROUP_TYPES } from '@partner-studio/plugin-partner-studio-common';
import useAsync from 'react-use/esm/useAsync';

/** A vendor expert a program admin may assign. */
export interface VendorExpert {
  userEntityRef: string;
  displayName: string;
}

/**
 * The vendor experts program admins assign engagements to: the members of
 * the catalog's `vendor-experts` groups, by name. The Lab API has no list of
 * experts; the backend refuses an assignment to anybody else.
 */
export function useVendorExperts(enabled: boolean) {
  const catalogApi = useApi(catalogApiRef);
  return useAsync(async (): Promise<VendorExpert[]> => {
    if (!enabled) return [];
    const groups = await catalogApi.getEntities({
      filter: { kind: 'Group', 'spec.type': GROUP_TYPES.vendorExperts },
      fields: ['kind', 'metadata.name', 'metadata.namespace'],
    });
    if (groups.items.length === 0) return [];
    const users = await catalogApi.getEntities({
      filter: {
        kind: 'User',
        'relations.memberOf': groups.items.map(g => stringifyEntityRef(g)),
      },
      fields: [
        'kind',
        'metadata.name',
        'metadata.namespace',
        'metadata.title',
        'spec.profile.displayName',
      ],
    });
    return users.items
      .filter(isUserEntity)
      .map(user => ({
        userEntityRef: stringifyEntityRef(user),
        displayName:
          user.spec?.profile?.displayName ??
          user.metadata.title ??
          user.metadata.name,
      }))
      .sort((a, b) => a.displayName.localeCompare(b.displayName, 'en'));
  }, [catalogApi, enabled]);
}
