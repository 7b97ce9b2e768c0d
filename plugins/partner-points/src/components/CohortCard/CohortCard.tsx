import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { CohortBenchmark } from '@partner-studio/plugin-partner-studio-common';
import {
  AsyncContent,
  EmptyState,
  ProgramNames,
  formatDate,
} from '@partner-studio/plugin-partner-studio-react';
import { useCohort } from '../../hooks';

const useStyles = makeStyles(theme => ({
  overall: {
    fontWeight: theme.typography.fontWeightBold as number,
  },
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(8rem, 1fr) 2fr 7rem',
    alignItems: 'center',
    gap: theme.spacing(1.5),
    padding: theme.spacing(0.5, 0),
  },
  bar: {
    height: theme.spacing(1),
    borderRadius: theme.shape.borderRadius,
  },
  figure: {
    whiteSpace: 'nowrap',
    textAlign: 'right',
  },
}));

/** `73` → `73rd`. */
export function ordinal(percentile: number): string {
  const mod100 = percentile % 100;
  const mod10 = percentile % 10;
  let suffix = 'th';
  if (mod100 < 11 || mod100 > 13) {
    if (mod10 === 1) suffix = 'st';
    else if (mod10 === 2) suffix = 'nd';
    else if (mod10 === 3) suffix = 'rd';
  }
  return `${percentile}${suffix}`;
}

/** `73` → `73rd percentile`. */
export function ordinalPercentile(percentile: number): string {
  return `${ordinal(percentile)} percentile`;
}

function Unavailable(props: { cohort: CohortBenchmark; modelName?: string }) {
  const { cohort, modelName } = props;
  if (cohort.reason === 'cohort-too-small') {
    return (
      <EmptyState
        compact
        title="Your cohort is too small to compare"
        description={`Fewer than ${cohort.minimumSize} partners run ${
          modelName ?? 'your business model'
        }: a percentile among so few would tell who the others are, so none is shown.`}
        nextStep="It appears once the cohort has grown; your standing above is unaffected."
      />
    );
  }
  return (
    <EmptyState
      compact
      title="Not ranked yet"
      description="Partners are ranked after each scheduled snapshot, and this partner has none yet."
      nextStep="Come back after the next scheduled run."
    />
  );
}

function Benchmark(props: { cohort: CohortBenchmark; names: ProgramNames }) {
  const { cohort, names } = props;
  const classes = useStyles();
  const modelName = cohort.businessModel
    ? names.businessModel(cohort.businessModel)
    : undefined;
  const model = modelName ?? 'your business model';
  if (!cohort.available || !cohort.overall) {
    return <Unavailable cohort={cohort} modelName={modelName} />;
  }
  return (
    <>
      <Typography variant="h5" component="p" className={classes.overall}>
        {ordinalPercentile(cohort.overall.percentile)}
      </Typography>
      <Typography variant="body2" color="textSecondary" paragraph>
        Ahead of {cohort.overall.percentile}% of the other{' '}
        {cohort.cohortSize !== undefined ? `${cohort.cohortSize - 1} ` : ''}
        partners running {model} (ties count half)
        {cohort.snapshotTakenAt
          ? `, from the snapshots of ${formatDate(cohort.snapshotTakenAt)}`
          : ''}
        . No other partner is named.
      </Typography>
      {(cohort.pillars ?? []).length > 0 && (
        <div role="list" aria-label="Percentile by pillar">
          {(cohort.pillars ?? []).map(pillar => {
            const name = names.pillar(pillar.pillarId);
            return (
              <div
                role="listitem"
                key={pillar.pillarId}
                className={classes.row}
              >
                <Typography variant="body2">{name}</Typography>
                <LinearProgress
                  variant="determinate"
                  value={pillar.percentile}
                  className={classes.bar}
                  aria-label={`${name}: percentile in the cohort`}
                  aria-valuetext={ordinalPercentile(pillar.percentile)}
                />
                <Typography variant="body2" className={classes.figure}>
                  {ordinal(pillar.percentile)}
                </Typography>
              </div>
            );
          })}
        </div>
      )}
    </>
  );
}

/** Props of {@link CohortCard}. */
export interface CohortCardProps {
  partnerRef: string;
  names: ProgramNames;
}

/**
 * Where the partner stands among the partners with its business model: its
 * percentile overall and per pillar, from the scheduled snapshots. Never
 * another partner's name or figures; a cohort below the program's minimum
 * size is not shown, and the card says why.
 */
export function CohortCard(props: CohortCardProps) {
  const { partnerRef, names } = props;
  const cohort = useCohort(partnerRef);
  return (
    <AsyncContent
      state={cohort}
      loadingLabel="Loading the cohort benchmark"
      errorProps={{
        title: 'The cohort benchmark could not be loaded',
        onRetry: cohort.retry,
      }}
    >
      {value => <Benchmark cohort={value} names={names} />}
    </AsyncContent>
  );
}
