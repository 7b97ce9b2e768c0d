import { useCallback } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import type { PartnerPageLoader } from '@partner-studio/plugin-partner-studio-react';
import { partnerPointsApiRef } from '../api';
import { useStandingSignal } from './useStandingSignal';

/**
 * Loads a partner's standing (the caller's own partner when `partnerRef` is
 * omitted) and reloads it whenever the backend signals that it changed.
 * While reloading, the previous value stays available.
 */
export function useStanding(partnerRef?: string) {
  const api = useApi(partnerPointsApiRef);
  const state = useAsyncRetry(
    () => (partnerRef ? api.getStanding(partnerRef) : api.getMyStanding()),
    [api, partnerRef],
  );
  useStandingSignal(partnerRef ?? state.value?.partner.entityRef, state.retry);
  return state;
}

/** Loads a partner's standing history and reloads it on standing changes. */
export function useStandingHistory(partnerRef: string) {
  const api = useApi(partnerPointsApiRef);
  const state = useAsyncRetry(
    () => api.getHistory(partnerRef),
    [api, partnerRef],
  );
  useStandingSignal(partnerRef, state.retry);
  return state;
}

/** Loads the program summary: tiers, thresholds, benefits, plays, courses. */
export function useProgram() {
  const api = useApi(partnerPointsApiRef);
  return useAsyncRetry(() => api.getProgram(), [api]);
}

/** Pages through the partners the caller may read, for the partner picker. */
export function usePartnerListLoader(): PartnerPageLoader {
  const api = useApi(partnerPointsApiRef);
  return useCallback(options => api.listPartners(options), [api]);
}
