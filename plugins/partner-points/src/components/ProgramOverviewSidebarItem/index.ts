export { ProgramOverviewSidebarItem } from './ProgramOverviewSidebarItem';
