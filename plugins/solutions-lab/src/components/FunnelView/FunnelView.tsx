import { Key, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import {
  Flex,
  Grid,
  Select,
  ToggleButton,
  ToggleButtonGroup,
} from '@backstage/ui';
import Typography from '@material-ui/core/Typography';
import type { LabPlaybook } from '@partner-studio/plugin-partner-studio-common';
import {
  AsyncContent,
  formatShortDate,
} from '@partner-studio/plugin-partner-studio-react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { solutionsLabApiRef } from '../../api';
import { useEngagementSignal } from '../../hooks';
import { FunnelChart } from './FunnelChart';
import { FunnelTable } from './FunnelTable';
import { DEFAULT_RANGE_ID, FUNNEL_RANGES } from './ranges';

/** Props of {@link FunnelView}. */
export interface FunnelViewProps {
  playbooks: LabPlaybook[];
}

/**
 * The funnel of a playbook over a date range (experts and program admins):
 * per stage, entries, passes, engagements in the stage now, median days in
 * the stage, drop-offs, send-backs and SLA breaches, as a chart or a table.
 * Live: a signalled engagement change reloads it.
 */
export function FunnelView(props: FunnelViewProps) {
  const { playbooks } = props;
  const api = useApi(solutionsLabApiRef);
  const [playbookId, setPlaybookId] = useState(playbooks[0]?.id ?? '');
  const [rangeId, setRangeId] = useState(DEFAULT_RANGE_ID);
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const range = FUNNEL_RANGES.find(r => r.id === rangeId) ?? FUNNEL_RANGES[0];
  const playbook = playbooks.find(p => p.id === playbookId);

  const funnel = useAsyncRetry(
    () => api.getFunnel({ playbookId, from: range.from(Date.now()) }),
    [api, playbookId, range],
  );
  useEngagementSignal({ refresh: funnel.retry, enabled: !!playbookId });

  const onView = (keys: Set<Key>) => {
    const [key] = [...keys];
    if (key === 'chart' || key === 'table') setView(key);
  };

  return (
    <Flex direction="column" gap="4">
      <Grid.Root columns={{ initial: '1', sm: '3' }} gap="3">
        <Select
          label="Playbook"
          selectedKey={playbookId}
          onSelectionChange={key => key !== null && setPlaybookId(String(key))}
          options={playbooks.map(p => ({ id: p.id, label: p.name }))}
        />
        <Select
          label="Date range"
          selectedKey={rangeId}
          onSelectionChange={key => key !== null && setRangeId(String(key))}
          options={FUNNEL_RANGES.map(r => ({ id: r.id, label: r.label }))}
        />
        <Flex direction="column" gap="1">
          <Typography variant="caption" id="lab-funnel-view">
            Show as
          </Typography>
          <ToggleButtonGroup
            aria-labelledby="lab-funnel-view"
            selectionMode="single"
            disallowEmptySelection
            selectedKeys={new Set([view])}
            onSelectionChange={onView}
          >
            <ToggleButton id="chart">Chart</ToggleButton>
            <ToggleButton id="table">Table</ToggleButton>
          </ToggleButtonGroup>
        </Flex>
      </Grid.Root>
      <AsyncContent
        state={funnel}
        loadingLabel="Loading the funnel"
        errorProps={{
          title: 'The funnel could not be loaded',
          onRetry: funnel.retry,
          statusMessages: {
            403: {
              title: 'The funnel is for experts and program admins',
              description:
                'It covers every partner’s engagements, so partners do not see it.',
              nextStep: 'Your own engagements are on the first tab.',
            },
          },
        }}
        isEmpty={value =>
          value.requested === 0 &&
          value.stages.every(s => s.entered === 0 && s.inStage === 0)
        }
        empty={{
          title: 'No engagement in this range',
          description: `Nothing entered a stage of ${
            playbook?.name ?? 'this playbook'
          } in the range.`,
          nextStep: 'Choose a longer date range or another playbook.',
        }}
      >
        {value => (
          <>
            <Typography variant="body2">
              {formatShortDate(value.from)} to {formatShortDate(value.to)}:{' '}
              <strong>{value.requested}</strong> requested,{' '}
              <strong>{value.completed}</strong> completed the playbook.
            </Typography>
            {view === 'chart' ? (
              <FunnelChart
                funnel={value}
                playbookName={playbook?.name ?? playbookId}
              />
            ) : (
              <FunnelTable
                funnel={value}
                playbookName={playbook?.name ?? playbookId}
              />
            )}
          </>
        )}
      </AsyncContent>
    </Flex>
  );
}
