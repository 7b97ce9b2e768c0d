export { RatingSummary, describeRating } from './RatingSummary';
