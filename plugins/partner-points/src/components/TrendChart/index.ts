export { TrendChart } from './TrendChart';
export type { TrendChartProps, TrendPoint, TrendThreshold } from './TrendChart';
