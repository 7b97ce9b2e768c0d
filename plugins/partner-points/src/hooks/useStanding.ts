import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { partnerPointsApiRef } from '../api';
import { useStandingSignal } from './useStandingSignal';

/**
 * Loads a partner's standing (the caller's own partner when `partnerId` is
 * omitted) and reloads it whenever the backend signals that it changed.
 * While reloading, the previous value stays available.
 */
export function useStanding(partnerId?: string) {
  const api = useApi(partnerPointsApiRef);
  const state = useAsyncRetry(
    () => (partnerId ? api.getStanding(partnerId) : api.getMyStanding()),
    [api, partnerId],
  );
  useStandingSignal(partnerId ?? state.value?.partner.id, state.retry);
  return state;
}

/** Loads a partner's standing history and reloads it on standing changes. */
export function useStandingHistory(partnerId: string) {
  const api = useApi(partnerPointsApiRef);
  const state = useAsyncRetry(
    () => api.getHistory(partnerId),
    [api, partnerId],
  );
  useStandingSignal(partnerId, state.retry);
  return state;
}

/** Loads the program summary: tiers, thresholds, benefits, plays, courses. */
export function useProgram() {
  const api = useApi(partnerPointsApiRef);
  return useAsyncRetry(() => api.getProgram(), [api]);
}

/** Loads the partners the caller may read (for the partner picker). */
export function useReadablePartners() {
  const api = useApi(partnerPointsApiRef);
  return useAsyncRetry(() => api.listPartners(), [api]);
}
