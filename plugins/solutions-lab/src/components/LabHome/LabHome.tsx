import { Key, ReactNode } from 'react';
import { Tab, TabList, TabPanel, Tabs } from '@backstage/ui';
import Box from '@material-ui/core/Box';
import type { LabPlaybook } from '@partner-studio/plugin-partner-studio-common';
import {
  ErrorState,
  LoadingState,
} from '@partner-studio/plugin-partner-studio-react';
import { useSearchParams } from 'react-router-dom';
import { LabViewer, useLabViewer, usePlaybooks } from '../../hooks';
import { isPartnerMember } from '../../utils/access';
import { AllEngagements } from '../AllEngagements';
import { ExpertQueue } from '../ExpertQueue';
import { FunnelView } from '../FunnelView';
import { PartnerEngagements } from '../PartnerEngagements';
import { PlaybookList } from '../PlaybookList';

/** A view of the Lab's home, by the `view` search parameter. */
interface LabView {
  id: string;
  title: string;
  render(viewer: LabViewer, playbooks: LabPlaybook[]): ReactNode;
}

const VIEWS: Record<string, LabView> = {
  ours: {
    id: 'ours',
    title: 'Our engagements',
    render: (_viewer, playbooks) => (
      <PartnerEngagements playbooks={playbooks} />
    ),
  },
  queue: {
    id: 'queue',
    title: 'My queue',
    render: (viewer, playbooks) => (
      <ExpertQueue viewer={viewer} playbooks={playbooks} />
    ),
  },
  all: {
    id: 'all',
    title: 'All engagements',
    render: (viewer, playbooks) => (
      <AllEngagements viewer={viewer} playbooks={playbooks} />
    ),
  },
  funnel: {
    id: 'funnel',
    title: 'Funnel',
    render: (_viewer, playbooks) => <FunnelView playbooks={playbooks} />,
  },
  playbooks: {
    id: 'playbooks',
    title: 'Playbooks',
    render: (_viewer, playbooks) => <PlaybookList playbooks={playbooks} />,
  },
};

/**
 * The views a viewer gets, first the default: a partner's members their
 * engagements; experts their queue; program admins every engagement (and
 * their queue when they are experts too); experts and admins the funnel;
 * everyone the playbooks.
 */
export function viewsFor(viewer: LabViewer): LabView[] {
  if (isPartnerMember(viewer)) return [VIEWS.ours, VIEWS.playbooks];
  return [
    ...(viewer.isProgramAdmin ? [VIEWS.all] : []),
    ...(viewer.isExpert ? [VIEWS.queue] : []),
    VIEWS.funnel,
    VIEWS.playbooks,
  ];
}

/**
 * The Lab's home, `/solutions-lab`: tabs of the views the viewer has; the
 * chosen one is in the address (`?view=`), so it survives a reload and can
 * be linked to.
 */
export function LabHome() {
  const viewer = useLabViewer();
  const playbooks = usePlaybooks();
  const [params, setParams] = useSearchParams();

  const error = viewer.error ?? playbooks.error;
  if (error) {
    return (
      <ErrorState error={error} title="The Solutions Lab could not be loaded" />
    );
  }
  if (!viewer.value || !playbooks.value) {
    return <LoadingState label="Loading the Solutions Lab" />;
  }
  const views = viewsFor(viewer.value);
  const asked = params.get('view');
  const selected = views.find(v => v.id === asked) ?? views[0];
  const onSelect = (key: Key) => {
    setParams(
      current => {
        const next = new URLSearchParams(current);
        next.set('view', String(key));
        return next;
      },
      { replace: true },
    );
  };
  const items = playbooks.value.items;
  const viewerValue = viewer.value;

  return (
    <Tabs selectedKey={selected.id} onSelectionChange={onSelect}>
      <TabList aria-label="Solutions Lab views">
        {views.map(view => (
          <Tab key={view.id} id={view.id}>
            {view.title}
          </Tab>
        ))}
      </TabList>
      {views.map(view => (
        <TabPanel key={view.id} id={view.id}>
          <Box pt={3}>{view.render(viewerValue, items)}</Box>
        </TabPanel>
      ))}
    </Tabs>
  );
}
