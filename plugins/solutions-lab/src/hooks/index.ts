export { useLabViewer, sameRef } from './useLabViewer';
export type { LabViewer } from './useLabViewer';
export {
  useEngagementSignal,
  isEngagementChangedSignal,
} from './useEngagementSignal';
export { usePlaybooks, useProgram, useEngagement } from './useLab';
export { useEngagementList } from './useEngagementList';
export { useVendorExperts } from './useVendorExperts';
export { useHubTools, toolOf } from './useHubTools';
export type { HubToolInfo } from './useHubTools';
