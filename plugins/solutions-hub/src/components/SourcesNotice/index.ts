export { SourcesNotice, sourcesProblems } from './SourcesNotice';
