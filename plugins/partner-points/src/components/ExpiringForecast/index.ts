export { ExpiringForecast, tierDropSentence } from './ExpiringForecast';
export type { ExpiringForecastProps } from './ExpiringForecast';
