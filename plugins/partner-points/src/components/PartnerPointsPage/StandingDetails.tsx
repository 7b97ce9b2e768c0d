import { useMemo, useState } from 'react';
import { InfoCard } from '@backstage/core-components';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { MetricStanding, Program } from '@partner-studio/scoring';
import type { PartnerStandingResponse } from '@partner-studio/plugin-partner-studio-common';
import {
  AsyncContent,
  ProgramNames,
  formatDate,
  formatPoints,
  programNames,
} from '@partner-studio/plugin-partner-studio-react';
import { useStandingHistory } from '../../hooks';
import { ActionList } from '../ActionList';
import { BenefitsComparison } from '../BenefitsComparison';
import { CohortCard } from '../CohortCard';
import { ExpiringForecast } from '../ExpiringForecast';
import { MetricBreakdown } from '../MetricBreakdown';
import { MetricContributionsDialog } from '../MetricContributions';
import { ProgramDecisionsCard, StandingDecisions } from '../ProgramDecisions';
import { StandingHeadline } from '../StandingHeadline';
import { TrendChart } from '../TrendChart';
import { WhatIfSimulator } from '../WhatIfSimulator';

const useStyles = makeStyles(theme => ({
  points: {
    fontWeight: theme.typography.fontWeightBold as number,
  },
}));

function Trend(props: {
  response: PartnerStandingResponse;
  names: ProgramNames;
}) {
  const { response, names } = props;
  const history = useStandingHistory(response.partner.entityRef);
  const next = response.standing.nextTier;
  return (
    <AsyncContent
      state={history}
      loadingLabel="Loading the trend"
      errorProps={{
        title: 'The trend could not be loaded',
        onRetry: history.retry,
      }}
    >
      {page => (
        <TrendChart
          title={`Total points of ${response.partner.title} over time`}
          points={page.items.map(item => ({
            takenAt: item.takenAt,
            totalPoints: item.totalPoints,
            tierName: names.tier(item.tier),
          }))}
          thresholds={
            next
              ? [
                  {
                    label: `${next.tierName} threshold`,
                    points: next.threshold,
                  },
                ]
              : []
          }
        />
      )}
    </AsyncContent>
  );
}

/** Props of {@link StandingDetails}. */
export interface StandingDetailsProps {
  response: PartnerStandingResponse;
  program?: Program;
}

/** Everything the program standing page shows about one partner. */
export function StandingDetails(props: StandingDetailsProps) {
  const { response, program } = props;
  const { partner, standing } = response;
  const classes = useStyles();
  const [selectedMetric, setSelectedMetric] = useState<MetricStanding>();
  const names = useMemo(() => programNames(program), [program]);

  return (
    <Grid container spacing={3} alignItems="stretch">
      <Grid item xs={12} md={6}>
        <InfoCard
          title={partner.title}
          subheader={`Program ${standing.programVersion}, as of ${formatDate(
            standing.asOf,
          )}`}
        >
          <StandingHeadline
            standing={standing}
            points={
              <Typography variant="h4" component="p" className={classes.points}>
                {formatPoints(standing.totalPoints)}{' '}
                <Typography
                  variant="body1"
                  component="span"
                  color="textSecondary"
                >
                  program points
                </Typography>
              </Typography>
            }
          />
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={6}>
        <InfoCard title="Expiring points">
          <ExpiringForecast standing={standing} program={program} />
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={6}>
        <InfoCard title="What to do next">
          <Typography variant="body2" color="textSecondary" gutterBottom>
            Ranked by the points each action would add to your total today.
          </Typography>
          <ActionList actions={standing.actions} ariaLabel="Ranked actions" />
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={6}>
        <InfoCard title="Benefits">
          <BenefitsComparison standing={standing} program={program} />
        </InfoCard>
      </Grid>
      <Grid item xs={12}>
        <InfoCard title="Where the points come from">
          <MetricBreakdown
            standing={standing}
            program={program}
            names={names}
            onSelectMetric={setSelectedMetric}
          />
          <StandingDecisions standing={standing} names={names} />
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={6}>
        <InfoCard title="Among partners like you">
          <CohortCard partnerRef={partner.entityRef} names={names} />
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={6}>
        <InfoCard title="Adjustments and exemptions">
          <ProgramDecisionsCard
            partner={partner}
            program={program}
            names={names}
          />
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={6}>
        <InfoCard title="Trend">
          <Trend response={response} names={names} />
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={6}>
        <InfoCard title="What if?">
          <WhatIfSimulator
            partner={partner}
            standing={standing}
            names={names}
          />
        </InfoCard>
      </Grid>
      <MetricContributionsDialog
        partnerRef={partner.entityRef}
        metric={selectedMetric}
        names={names}
        onClose={() => setSelectedMetric(undefined)}
      />
    </Grid>
  );
}
