import { useState } from 'react';
import { Button, Flex, Grid, Select } from '@backstage/ui';
import type {
  EngagementListQuery,
  EngagementStatus,
  LabPlaybook,
  SlaRisk,
} from '@partner-studio/plugin-partner-studio-common';
import { AsyncContent } from '@partner-studio/plugin-partner-studio-react';
import { useEngagementList } from '../../hooks';
import { canAssign } from '../../utils/access';
import type { LabViewer } from '../../hooks';
import { STATUS_LABELS } from '../../utils/labels';
import { AssignDialog } from '../AssignDialog';
import { EngagementTable } from '../EngagementTable';

const ALL = 'all';
const OPEN = 'open';

const STATUS_FILTERS: Record<string, EngagementStatus[] | undefined> = {
  [OPEN]: ['active', 'on-hold'],
  active: ['active'],
  'on-hold': ['on-hold'],
  completed: ['completed'],
  closed: ['closed'],
  [ALL]: undefined,
};

const RISK_FILTERS: Record<string, SlaRisk[] | undefined> = {
  [ALL]: undefined,
  risky: ['at-risk', 'breached'],
  'at-risk': ['at-risk'],
  breached: ['breached'],
};

interface Filters {
  status: string;
  playbookId: string;
  risk: string;
  assigned: string;
  sort: 'sla' | 'newest';
}

/** The filters as a `GET /engagements` query. */
function toQuery(filters: Filters): EngagementListQuery {
  return {
    status: STATUS_FILTERS[filters.status],
    playbookId: filters.playbookId === ALL ? undefined : filters.playbookId,
    slaRisk: RISK_FILTERS[filters.risk],
    assigned: filters.assigned === 'unassigned' ? 'unassigned' : undefined,
    sort: filters.sort,
  };
}

/** Props of {@link AllEngagements}. */
export interface AllEngagementsProps {
  viewer: LabViewer;
  playbooks: LabPlaybook[];
}

/**
 * A program admin's view: every engagement, filtered by status, playbook,
 * SLA risk and assignment (in the backend), ordered by SLA risk or newest,
 * with "Assign" on each open one. Live.
 */
export function AllEngagements(props: AllEngagementsProps) {
  const { viewer, playbooks } = props;
  const [filters, setFilters] = useState<Filters>({
    status: OPEN,
    playbookId: ALL,
    risk: ALL,
    assigned: ALL,
    sort: 'sla',
  });
  const list = useEngagementList(toQuery(filters));
  const [assigningId, setAssigningId] = useState<string>();
  const assigning = list.value?.items.find(e => e.id === assigningId);
  const set = (patch: Partial<Filters>) =>
    setFilters(current => ({ ...current, ...patch }));

  return (
    <Flex direction="column" gap="4">
      <Grid.Root columns={{ initial: '1', sm: '2', lg: '5' }} gap="3">
        <Select
          label="Status"
          selectedKey={filters.status}
          onSelectionChange={key =>
            key !== null && set({ status: String(key) })
          }
          options={[
            { id: OPEN, label: 'Open (active or on hold)' },
            ...(['active', 'on-hold', 'completed', 'closed'] as const).map(
              s => ({ id: s, label: STATUS_LABELS[s] }),
            ),
            { id: ALL, label: 'Any status' },
          ]}
        />
        <Select
          label="Playbook"
          selectedKey={filters.playbookId}
          onSelectionChange={key =>
            key !== null && set({ playbookId: String(key) })
          }
          options={[
            { id: ALL, label: 'Every playbook' },
            ...playbooks.map(p => ({ id: p.id, label: p.name })),
          ]}
        />
        <Select
          label="SLA"
          selectedKey={filters.risk}
          onSelectionChange={key => key !== null && set({ risk: String(key) })}
          options={[
            { id: ALL, label: 'Any' },
            { id: 'risky', label: 'At risk or breached' },
            { id: 'at-risk', label: 'At risk' },
            { id: 'breached', label: 'Breached' },
          ]}
        />
        <Select
          label="Expert"
          selectedKey={filters.assigned}
          onSelectionChange={key =>
            key !== null && set({ assigned: String(key) })
          }
          options={[
            { id: ALL, label: 'Assigned or not' },
            { id: 'unassigned', label: 'Unassigned only' },
          ]}
        />
        <Select
          label="Order"
          selectedKey={filters.sort}
          onSelectionChange={key =>
            key !== null && set({ sort: key === 'newest' ? 'newest' : 'sla' })
          }
          options={[
            { id: 'sla', label: 'Nearest SLA deadline first' },
            { id: 'newest', label: 'Newest first' },
          ]}
        />
      </Grid.Root>
      <AsyncContent
        state={list}
        loadingLabel="Loading the engagements"
        errorProps={{
          title: 'The engagements could not be loaded',
          onRetry: list.retry,
        }}
        isEmpty={value => value === undefined || value.items.length === 0}
        empty={{
          title: 'No engagement matches',
          description:
            'No engagement has this status, playbook, SLA and assignment.',
          nextStep: 'Widen the filters above, e.g. “Any status”.',
        }}
      >
        {value => (
          <>
            <EngagementTable
              items={value?.items ?? []}
              playbooks={playbooks}
              label="Engagements"
              showPartner
              renderActions={engagement =>
                canAssign(viewer, engagement) ? (
                  <Button
                    size="small"
                    variant="secondary"
                    onPress={() => setAssigningId(engagement.id)}
                    aria-label={`Assign ${engagement.solutionName}`}
                  >
                    {engagement.assignedExpertRef ? 'Reassign' : 'Assign'}
                  </Button>
                ) : null
              }
            />
            {value?.hasMore && (
              <Button variant="secondary" onPress={list.loadMore}>
                Show more engagements
              </Button>
            )}
          </>
        )}
      </AsyncContent>
      {assigning && (
        <AssignDialog
          engagement={assigning}
          onClose={() => setAssigningId(undefined)}
          onAssigned={() => {
            setAssigningId(undefined);
            list.retry();
          }}
          onConflict={list.retry}
        />
      )}
    </Flex>
  );
}
