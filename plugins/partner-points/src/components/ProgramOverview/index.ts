export { ProgramOverviewPage } from './ProgramOverviewPage';
