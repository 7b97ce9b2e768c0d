import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { Text } from '@backstage/ui';
import Box from '@material-ui/core/Box';
import { makeStyles } from '@material-ui/core/styles';
import {
  describeLabStage,
  type HubRecommendations,
  type HubToolSummary,
} from '@partner-studio/plugin-partner-studio-common';
import {
  AsyncContent,
  StateMessage,
} from '@partner-studio/plugin-partner-studio-react';
import { labRouteRef } from '../../routes';
import { ToolCard } from '../ToolCard';
import { recommendationReason } from './recommendationReason';

const useStyles = makeStyles(theme => ({
  section: {
    marginBottom: theme.spacing(4),
  },
  row: {
    display: 'flex',
    gap: theme.spacing(2),
    overflowX: 'auto',
    scrollSnapType: 'x proximity',
    listStyle: 'none',
    margin: 0,
    padding: theme.spacing(0, 0, 1.5),
  },
  item: {
    flex: '0 0 300px',
    scrollSnapAlign: 'start',
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    gap: theme.spacing(1, 2),
    marginBottom: theme.spacing(1.5),
  },
}));

/** Why there is nothing to recommend, from the sources of the answer. */
export function useNoRecommendationMessage(): (
  recommendations: HubRecommendations,
) => StateMessage {
  const lab = useRouteRef(labRouteRef);
  return ({ sources }) => {
    if (sources.lab === 'not-applicable') {
      return {
        title: 'No recommendations for you',
        description:
          'Recommendations follow a partner organisation’s Lab engagements and program standing, and you are not a member of one.',
        nextStep: 'Search and filter the tools below.',
      };
    }
    if (sources.lab === 'unavailable' && sources.standing === 'unavailable') {
      return {
        title: 'Recommendations are unavailable',
        description:
          'Neither the Solutions Lab nor partner points could be reached, so your stage and standing are unknown for now.',
        nextStep: 'Search the tools below, or come back later.',
      };
    }
    return {
      title: 'Nothing to recommend yet',
      description:
        'Recommendations follow the stages of your partner’s open Solutions Lab engagements.',
      nextStep: lab ? (
        <Link to={lab()}>Start or continue an engagement in the Lab</Link>
      ) : (
        'Search the tools below.'
      ),
    };
  };
}

/** Props of {@link RecommendedToolsView}. */
export interface RecommendedToolsViewProps {
  recommendations: HubRecommendations;
  onToggleFavorite(tool: HubToolSummary): void;
}

/**
 * The recommended tools as one row of cards, each saying why; the row
 * scrolls sideways when it holds more than fit (tabbing to a card scrolls it
 * into view).
 */
export function RecommendedToolsView(props: RecommendedToolsViewProps) {
  const { recommendations, onToggleFavorite } = props;
  const classes = useStyles();
  return (
    <ul className={classes.row} aria-label="Recommended tools">
      {recommendations.items.map(item => (
        <li key={item.tool.ref} className={classes.item}>
          <ToolCard
            tool={item.tool}
            reason={recommendationReason(item)}
            onToggleFavorite={onToggleFavorite}
          />
        </li>
      ))}
    </ul>
  );
}

/** Props of {@link RecommendedTools}. */
export interface RecommendedToolsProps {
  state: {
    loading: boolean;
    error?: Error;
    value?: HubRecommendations;
    retry(): void;
  };
  onToggleFavorite(tool: HubToolSummary): void;
}

/**
 * "Recommended for your stage": the tools for the stages of the caller's
 * partner's open Lab engagements and behind the top actions of its standing,
 * each with why; says why when there are none.
 */
export function RecommendedTools(props: RecommendedToolsProps) {
  const { state, onToggleFavorite } = props;
  const classes = useStyles();
  const noRecommendation = useNoRecommendationMessage();
  const stages = state.value?.currentStages ?? [];
  return (
    <section
      className={classes.section}
      aria-labelledby="solutions-hub-recommended-heading"
    >
      <Box className={classes.header}>
        <Text
          as="h2"
          variant="title-small"
          id="solutions-hub-recommended-heading"
        >
          Recommended for your stage
        </Text>
        {stages.length > 0 && (
          <Text variant="body-medium" color="secondary">
            Your engagements are in {stages.map(describeLabStage).join(', ')}
          </Text>
        )}
      </Box>
      <AsyncContent
        state={state}
        compact
        loadingLabel="Loading recommendations"
        isEmpty={value => value.items.length === 0}
        empty={state.value ? noRecommendation(state.value) : undefined}
        errorProps={{
          title: 'Recommendations could not be loaded',
          onRetry: state.retry,
        }}
      >
        {value => (
          <RecommendedToolsView
            recommendations={value}
            onToggleFavorite={onToggleFavorite}
          />
        )}
      </AsyncContent>
    </section>
  );
}
