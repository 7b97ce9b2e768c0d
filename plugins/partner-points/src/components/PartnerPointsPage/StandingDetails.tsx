import { useState } from 'react';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { MetricStanding, Program } from '@partner-studio/scoring';
import type { PartnerStandingResponse } from '@partner-studio/plugin-partner-studio-common';
import { useStandingHistory } from '../../hooks';
import { formatDate, formatPoints } from '../../utils/format';
import { ActionList } from '../ActionList';
import { BenefitsComparison } from '../BenefitsComparison';
import { ExpiringForecast } from '../ExpiringForecast';
import { MetricBreakdown } from '../MetricBreakdown';
import { MetricContributionsDialog } from '../MetricContributions';
import { StandingHeadline } from '../StandingHeadline';
import { TrendChart } from '../TrendChart';
import { WhatIfSimulator } from '../WhatIfSimulator';

const useStyles = makeStyles(theme => ({
  points: {
    fontWeight: theme.typography.fontWeightBold as number,
  },
}));

function Trend(props: {
  partnerId: string;
  response: PartnerStandingResponse;
  program?: Program;
}) {
  const { partnerId, response, program } = props;
  const history = useStandingHistory(partnerId);
  if (history.error) {
    return <ResponseErrorPanel error={history.error} />;
  }
  if (!history.value) {
    return history.loading ? <Progress /> : null;
  }
  const tierName = (tier: string) =>
    program?.tiers.find(t => t.id === tier)?.name ?? tier;
  const next = response.standing.nextTier;
  return (
    <TrendChart
      title={`Total points of ${response.partner.title} over time`}
      points={history.value.items.map(item => ({
        takenAt: item.takenAt,
        totalPoints: item.totalPoints,
        tierName: tierName(item.tier),
      }))}
      thresholds={
        next
          ? [{ label: `${next.tierName} threshold`, points: next.threshold }]
          : []
      }
    />
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
            onSelectMetric={setSelectedMetric}
          />
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={6}>
        <InfoCard title="Trend">
          <Trend partnerId={partner.id} response={response} program={program} />
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={6}>
        <InfoCard title="What if?">
          <WhatIfSimulator partner={partner} standing={standing} />
        </InfoCard>
      </Grid>
      <MetricContributionsDialog
        partnerId={partner.id}
        metric={selectedMetric}
        onClose={() => setSelectedMetric(undefined)}
      />
    </Grid>
  );
}
