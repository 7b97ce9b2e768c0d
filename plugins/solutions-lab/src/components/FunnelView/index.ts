export { FunnelView } from './FunnelView';
export type { FunnelViewProps } from './FunnelView';
