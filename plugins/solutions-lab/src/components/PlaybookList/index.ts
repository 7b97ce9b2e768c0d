export { PlaybookList } from './PlaybookList';
