export { TierBadge } from './TierBadge';
export type { TierBadgeProps } from './TierBadge';
