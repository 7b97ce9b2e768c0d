import { useMemo } from 'react';
import { InfoCard } from '@backstage/core-components';
import { Flex, Select } from '@backstage/ui';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { useSearchParams } from 'react-router-dom';
import {
  BUSINESS_MODEL_IDS,
  BusinessModelId,
  TIER_IDS,
  TierId,
} from '@partner-studio/scoring';
import type { ProgramOverview } from '@partner-studio/plugin-partner-studio-common';
import {
  AsyncContent,
  ProgramNames,
  formatDate,
  programNames,
} from '@partner-studio/plugin-partner-studio-react';
import { OverviewFilters } from '../../api';
import { useOverview, useOverviewPartnerLoader, useProgram } from '../../hooks';
import { OverviewPartnerTable } from './OverviewPartnerTable';
import { TierDistributionChart } from './TierDistributionChart';
import { TierMovement } from './TierMovement';

/** Select option standing for "any" (options need an id). */
const ANY = '__any__';

const useStyles = makeStyles(theme => ({
  figure: {
    fontWeight: theme.typography.fontWeightBold as number,
  },
  filters: {
    marginBottom: theme.spacing(3),
  },
}));

/** The filters, read from and written to the address (`?businessModel=&tier=`). */
function useFilters(): [OverviewFilters, (patch: OverviewFilters) => void] {
  const [params, setParams] = useSearchParams();
  const businessModel = BUSINESS_MODEL_IDS.find(
    id => id === params.get('businessModel'),
  );
  const tier = TIER_IDS.find(id => id === params.get('tier'));
  const filters = useMemo(
    () => ({ businessModel, tier }),
    [businessModel, tier],
  );
  const update = (patch: OverviewFilters) => {
    const next = { ...filters, ...patch };
    const search = new URLSearchParams();
    if (next.businessModel) search.set('businessModel', next.businessModel);
    if (next.tier) search.set('tier', next.tier);
    setParams(search, { replace: true });
  };
  return [filters, update];
}

function Filters(props: {
  filters: OverviewFilters;
  onChange(patch: OverviewFilters): void;
  names: ProgramNames;
}) {
  const { filters, onChange, names } = props;
  const classes = useStyles();
  return (
    <Box className={classes.filters} maxWidth={640}>
      <Flex gap="4">
        <Box flex={1}>
          <Select
            label="Business model"
            selectedKey={filters.businessModel ?? ANY}
            onSelectionChange={key =>
              onChange({
                businessModel: BUSINESS_MODEL_IDS.find(
                  (id: BusinessModelId) => id === key,
                ),
              })
            }
            options={[
              { id: ANY, label: 'All business models' },
              ...BUSINESS_MODEL_IDS.map(id => ({
                id,
                label: names.businessModel(id),
              })),
            ]}
          />
        </Box>
        <Box flex={1}>
          <Select
            label="Tier"
            selectedKey={filters.tier ?? ANY}
            onSelectionChange={key =>
              onChange({ tier: TIER_IDS.find((id: TierId) => id === key) })
            }
            options={[
              { id: ANY, label: 'All tiers' },
              ...TIER_IDS.map(id => ({ id, label: names.tier(id) })),
            ]}
          />
        </Box>
      </Flex>
    </Box>
  );
}

function Figure(props: { value: number; label: string }) {
  const classes = useStyles();
  return (
    <Box role="group" aria-label={`${props.value} ${props.label}`}>
      <Typography variant="h4" component="p" className={classes.figure}>
        {props.value}
      </Typography>
      <Typography variant="body2" color="textSecondary">
        {props.label}
      </Typography>
    </Box>
  );
}

function OverviewContent(props: {
  overview: ProgramOverview;
  filters: OverviewFilters;
  names: ProgramNames;
}) {
  const { overview, filters, names } = props;
  const loadAtRisk = useOverviewPartnerLoader(filters, 'at-risk');
  const loadWithinReach = useOverviewPartnerLoader(filters, 'within-reach');
  const loadAll = useOverviewPartnerLoader(filters, 'all');
  return (
    <Grid container spacing={3} alignItems="stretch">
      <Grid item xs={12}>
        <InfoCard
          title="Program at a glance"
          subheader={`As of ${formatDate(overview.asOf)}`}
        >
          <Flex gap="8">
            <Figure value={overview.partners} label="partners" />
            <Figure
              value={overview.atRisk}
              label={`at risk of dropping a tier within ${overview.horizonDays} days`}
            />
            <Figure
              value={overview.withinReach}
              label={`within ${overview.withinReachSteps} actions of the next tier`}
            />
          </Flex>
        </InfoCard>
      </Grid>
      {/* Side by side only on wide screens: the movement table lists each
          quarter's moves and has no room beside the chart below 1920 px. */}
      <Grid item xs={12} xl={5}>
        <InfoCard title="Tier distribution">
          <TierDistributionChart tiers={overview.tiers} names={names} />
        </InfoCard>
      </Grid>
      <Grid item xs={12} xl={7}>
        <InfoCard title="Movement between tiers">
          <TierMovement quarters={overview.quarters} names={names} />
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={6}>
        <InfoCard title="At risk">
          <Typography variant="body2" color="textSecondary" gutterBottom>
            Partners whose forecast shows a lower tier within{' '}
            {overview.horizonDays} days, soonest first.
          </Typography>
          <OverviewPartnerTable
            label="Partners at risk"
            segment="at-risk"
            load={loadAtRisk}
            names={names}
            empty={{
              title: 'No partner at risk',
              description: `No partner's forecast shows a lower tier within ${overview.horizonDays} days.`,
              nextStep: 'Widen the filters to see more partners.',
            }}
          />
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={6}>
        <InfoCard title="Within reach of the next tier">
          <Typography variant="body2" color="textSecondary" gutterBottom>
            Partners a plan of at most {overview.withinReachSteps} actions takes
            to the next tier, fewest points to go first.
          </Typography>
          <OverviewPartnerTable
            label="Partners within reach"
            segment="within-reach"
            load={loadWithinReach}
            names={names}
            empty={{
              title: 'No partner within reach',
              description: `No partner is ${overview.withinReachSteps} actions or fewer from its next tier.`,
              nextStep: 'Widen the filters to see more partners.',
            }}
          />
        </InfoCard>
      </Grid>
      <Grid item xs={12}>
        <InfoCard title="Partners">
          <OverviewPartnerTable
            label="Partners"
            segment="all"
            load={loadAll}
            names={names}
            empty={{
              title: 'No partner matches',
              description: 'No partner runs this business model at this tier.',
              nextStep: 'Choose another business model or tier.',
            }}
          />
        </InfoCard>
      </Grid>
    </Grid>
  );
}

/**
 * The program overview for program admins: tier distribution, partners at
 * risk of dropping a tier and within reach of the next one, movement
 * between tiers by quarter, filtered by business model and tier, live on
 * standing changes. Anybody else is told it is for program admins.
 */
export function ProgramOverviewPage() {
  const [filters, setFilters] = useFilters();
  const program = useProgram();
  const names = useMemo(() => programNames(program.value), [program.value]);
  const overview = useOverview(filters);
  return (
    <>
      <Filters filters={filters} onChange={setFilters} names={names} />
      <AsyncContent
        state={overview}
        loadingLabel="Loading the program overview"
        errorProps={{
          title: 'The program overview could not be loaded',
          onRetry: overview.retry,
          statusMessages: {
            403: {
              title: 'The program overview is for program admins',
              description:
                'It compares every partner of the program, so only program admins may open it.',
              nextStep:
                'Open your own partner’s standing from the “Partner points” item of the sidebar, or ask a program admin.',
            },
          },
        }}
      >
        {value => (
          <OverviewContent overview={value} filters={filters} names={names} />
        )}
      </AsyncContent>
    </>
  );
}
