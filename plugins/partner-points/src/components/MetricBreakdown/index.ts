export { MetricBreakdown, metricKey } from './MetricBreakdown';
export type { MetricBreakdownProps } from './MetricBreakdown';
