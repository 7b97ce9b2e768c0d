import { SidebarItem } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import AssessmentIcon from '@material-ui/icons/Assessment';
import { useCanReadOverview } from '../../hooks';
import { overviewRouteRef } from '../../routes';

/**
 * A "Program overview" sidebar item for the legacy frontend system, shown
 * only to those the permission policy lets open the overview (program
 * admins).
 */
export function ProgramOverviewSidebarItem() {
  const overviewRoute = useRouteRef(overviewRouteRef);
  if (!useCanReadOverview()) {
    return null;
  }
  return (
    <SidebarItem
      icon={AssessmentIcon}
      to={overviewRoute()}
      text="Program overview"
    />
  );
}
