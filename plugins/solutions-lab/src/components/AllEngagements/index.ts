export { AllEngagements } from './AllEngagements';
export type { AllEngagementsProps } from './AllEngagements';
