export {
  MetricBreakdown,
  businessModelName,
  metricKey,
} from './MetricBreakdown';
export type { MetricBreakdownProps } from './MetricBreakdown';
