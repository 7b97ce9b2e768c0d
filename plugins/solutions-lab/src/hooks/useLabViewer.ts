import { parseEntityRef } from '@backstage/catalog-model';
import { identityApiRef, useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { GROUP_TYPES } from '@partner-studio/plugin-partner-studio-common';
import useAsync from 'react-use/esm/useAsync';

/**
 * Who is looking at the Lab, for choosing which views to offer. The backend
 * decides what the caller may see and do; this only keeps the page from
 * offering a queue to a partner or a request form to an expert.
 */
export interface LabViewer {
  userEntityRef: string;
  /** A member of a vendor experts group: the queue, decisions, internal notes. */
  isExpert: boolean;
  /** A member of a program admins group: everything, including assignment. */
  isProgramAdmin: boolean;
}

/** Do two entity refs name the same entity (refs compare case-insensitively)? */
export function sameRef(a: string | undefined, b: string | undefined) {
  return (
    a !== undefined &&
    b !== undefined &&
    a.toLocaleLowerCase('en-US') === b.toLocaleLowerCase('en-US')
  );
}

/**
 * The signed-in user and its Lab roles: the `spec.type` of the groups in
 * its sign-in ownership claims (`vendor-experts`, `program-admins`), as the
 * demo organisation and the Partner Studio default configuration define
 * the role groups. The Lab API has no "who am I" operation; see the README.
 */
export function useLabViewer() {
  const identityApi = useApi(identityApiRef);
  const catalogApi = useApi(catalogApiRef);
  return useAsync(async (): Promise<LabViewer> => {
    const identity = await identityApi.getBackstageIdentity();
    const groupRefs = identity.ownershipEntityRefs.filter(
      ref => parseEntityRef(ref).kind.toLocaleLowerCase('en-US') === 'group',
    );
    const types = new Set<string>();
    if (groupRefs.length > 0) {
      const { items } = await catalogApi.getEntitiesByRefs({
        entityRefs: groupRefs,
        fields: ['kind', 'metadata.name', 'metadata.namespace', 'spec.type'],
      });
      for (const group of items) {
        const type = group?.spec?.type;
        if (typeof type === 'string') types.add(type);
      }
    }
    return {
      userEntityRef: identity.userEntityRef,
      isExpert: types.has(GROUP_TYPES.vendorExperts),
      isProgramAdmin: types.has(GROUP_TYPES.programAdmins),
    };
  }, [identityApi, catalogApi]);
}
