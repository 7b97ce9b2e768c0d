export { usePartnerPages } from './usePartnerPages';
export type { PartnerPageLoader, PartnerPages } from './usePartnerPages';
export { DEFAULT_POLL_INTERVAL_MS, useSignalRefresh } from './useSignalRefresh';
export type {
  SignalRefreshMode,
  SignalRefreshOptions,
  SignalRefreshState,
} from './useSignalRefresh';
