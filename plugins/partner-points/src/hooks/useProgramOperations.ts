import { useCallback } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import {
  PARTNER_POINTS_SIGNAL_CHANNEL,
  partnerAdjustmentsCreatePermission,
  partnerAdjustmentsRevokePermission,
  programOverviewReadPermission,
} from '@partner-studio/plugin-partner-studio-common';
import { useSignalRefresh } from '@partner-studio/plugin-partner-studio-react';
import { OverviewFilters, partnerPointsApiRef } from '../api';
import { useStandingSignal } from './useStandingSignal';

/**
 * A partner's adjustments and exemptions (their first pages, newest first),
 * reloaded when its standing changes: a grant or a revocation re-evaluates
 * it and signals the partner's members.
 */
export function useDecisions(partnerRef: string) {
  const api = useApi(partnerPointsApiRef);
  const state = useAsyncRetry(async () => {
    const [adjustments, exemptions] = await Promise.all([
      api.listAdjustments(partnerRef),
      api.listExemptions(partnerRef),
    ]);
    return { adjustments, exemptions };
  }, [api, partnerRef]);
  useStandingSignal(partnerRef, state.retry);
  return state;
}

/** The partner's cohort benchmark, reloaded on its standing changes. */
export function useCohort(partnerRef: string) {
  const api = useApi(partnerPointsApiRef);
  const state = useAsyncRetry(
    () => api.getCohort(partnerRef),
    [api, partnerRef],
  );
  useStandingSignal(partnerRef, state.retry);
  return state;
}

/**
 * What the caller may do with a partner's adjustments and exemptions, as
 * the permission policy decides (program admins): the backend checks the
 * same permissions on every request, this only hides what would be refused.
 */
export function useDecisionPermissions(partnerRef: string) {
  const grant = usePermission({
    permission: partnerAdjustmentsCreatePermission,
    resourceRef: partnerRef,
  });
  const revoke = usePermission({
    permission: partnerAdjustmentsRevokePermission,
    resourceRef: partnerRef,
  });
  return { canGrant: grant.allowed, canRevoke: revoke.allowed };
}

/** Whether the caller may open the program overview (program admins). */
export function useCanReadOverview(): boolean {
  return usePermission({ permission: programOverviewReadPermission }).allowed;
}

/**
 * Calls `refresh` on every standing change of any partner (the overview
 * counts them all), or on every poll in an app without signals.
 */
export function useAnyStandingSignal(refresh: () => void): void {
  useSignalRefresh({ channel: PARTNER_POINTS_SIGNAL_CHANNEL, refresh });
}

/** The program overview, for the filters, live. */
export function useOverview(filters: OverviewFilters) {
  const api = useApi(partnerPointsApiRef);
  const { businessModel, tier, quarters } = filters;
  const state = useAsyncRetry(
    () => api.getOverview({ businessModel, tier, quarters }),
    [api, businessModel, tier, quarters],
  );
  useAnyStandingSignal(state.retry);
  return state;
}

/** A loader of the overview's partner pages of one segment, for the filters. */
export function useOverviewPartnerLoader(
  filters: OverviewFilters,
  segment: 'all' | 'at-risk' | 'within-reach',
) {
  const api = useApi(partnerPointsApiRef);
  const { businessModel, tier } = filters;
  return useCallback(
    (cursor?: string) =>
      api.listOverviewPartners(
        { businessModel, tier, segment },
        { cursor, limit: 25 },
      ),
    [api, businessModel, tier, segment],
  );
}
