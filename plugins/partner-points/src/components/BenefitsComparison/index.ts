export { BenefitsComparison } from './BenefitsComparison';
export type { BenefitsComparisonProps } from './BenefitsComparison';
