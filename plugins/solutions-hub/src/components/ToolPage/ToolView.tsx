import { Link } from '@backstage/core-components';
import { Text } from '@backstage/ui';
import Box from '@material-ui/core/Box';
import { makeStyles } from '@material-ui/core/styles';
import type { HubToolDetail } from '@partner-studio/plugin-partner-studio-common';
import { useFavoriteToggle } from '../../hooks/useFavoriteToggle';
import { useFavoriteOverrides } from '../../hooks/useFavoriteOverrides';
import { useHubSearchHref } from '../../hooks/useHubLinks';
import { categoryLabel, supportLevelLabel } from '../../labels';
import { FavoriteButton } from '../FavoriteButton';
import { LockDetails } from '../LockDetails';
import { SourcesNotice } from '../SourcesNotice';
import { ToolRatings } from '../ToolRatings';
import { VerifiedBadge } from '../VerifiedBadge';
import { CourseDetails } from './CourseDetails';
import { DetailSection } from './DetailSection';
import { EnvironmentLinks } from './EnvironmentLinks';
import { LaunchPanel } from './LaunchPanel';
import { PlayDetails } from './PlayDetails';
import { ToolFacts } from './ToolFacts';
import { VerificationPanel } from './VerificationPanel';

const useStyles = makeStyles(theme => ({
  header: {
    display: 'flex',
    alignItems: 'flex-start',
    justifyContent: 'space-between',
    gap: theme.spacing(2),
    marginBottom: theme.spacing(3),
  },
  title: {
    margin: theme.spacing(0.5, 0),
    overflowWrap: 'anywhere',
  },
  layout: {
    display: 'grid',
    // The facts stay beside the text on wide screens instead of drifting
    // to the far edge.
    gridTemplateColumns: 'minmax(0, 760px) minmax(260px, 360px)',
    gap: theme.spacing(5),
    alignItems: 'start',
  },
  description: {
    maxWidth: '72ch',
    whiteSpace: 'pre-line',
  },
  lock: {
    padding: theme.spacing(2),
    border: `1px solid ${theme.palette.divider}`,
    borderLeft: `4px solid ${theme.palette.warning.main}`,
    borderRadius: theme.shape.borderRadius,
    marginBottom: theme.spacing(3),
  },
}));

/** Props of {@link ToolView}. */
export interface ToolViewProps {
  tool: HubToolDetail;
  /** Reloads the tool (after its verification changed). */
  onChanged(): void;
}

/**
 * A tool's page: what it is, whether it is locked for the caller and what
 * unlocks it, launch, links per environment, the play or course specifics,
 * the Lab stages it serves, ratings and the expert's verification.
 */
export function ToolView(props: ToolViewProps) {
  const { onChanged } = props;
  const classes = useStyles();
  const searchHref = useHubSearchHref();
  const overrides = useFavoriteOverrides();
  const toggleFavorite = useFavoriteToggle(overrides.set);
  const tool = { ...props.tool, ...overrides.apply(props.tool) };
  // The Hub's API does not say what the caller may do; callers without a
  // partner are vendor staff (experts, admins), who curate but do not rate.
  const vendorStaff = tool.sources.standing === 'not-applicable';

  return (
    <article aria-labelledby="solutions-hub-tool-title">
      <Box mb={2}>
        <Link to={searchHref()}>Solutions Hub</Link>
        {' / '}
        <Link to={searchHref(new URLSearchParams({ category: tool.category }))}>
          {categoryLabel(tool.category)}
        </Link>
      </Box>
      <SourcesNotice sources={tool.sources} />
      <Box className={classes.header}>
        <Box>
          <Text variant="body-medium" color="secondary">
            {categoryLabel(tool.category)} ·{' '}
            {supportLevelLabel(tool.supportLevel)}
          </Text>
          <Text
            as="h2"
            variant="title-medium"
            id="solutions-hub-tool-title"
            className={classes.title}
          >
            {tool.title}
          </Text>
          {tool.verified && <VerifiedBadge />}
        </Box>
        <FavoriteButton
          title={tool.title}
          favorite={tool.favorite}
          onToggle={() => toggleFavorite(tool)}
        />
      </Box>
      <Box className={classes.layout}>
        <Box>
          <Text as="p" variant="body-large" className={classes.description}>
            {tool.description}
          </Text>
          {tool.lock.locked && (
            <Box className={classes.lock} mt={3}>
              <LockDetails lock={tool.lock} headingComponent="h3" />
            </Box>
          )}
          <Box mt={3} mb={4}>
            <LaunchPanel tool={tool} />
          </Box>
          <DetailSection title="Links per environment">
            <EnvironmentLinks links={tool.links} />
          </DetailSection>
          {tool.playDetail && (
            <PlayDetails play={tool.playDetail} sources={tool.sources} />
          )}
          {tool.courseDetail && (
            <CourseDetails course={tool.courseDetail} sources={tool.sources} />
          )}
          <DetailSection title="Ratings">
            <ToolRatings tool={tool} mayRate={!vendorStaff} />
          </DetailSection>
        </Box>
        <Box component="aside" aria-label="About this tool">
          <DetailSection title="About this tool">
            <ToolFacts tool={tool} />
          </DetailSection>
          <VerificationPanel
            tool={tool}
            mayCurate={vendorStaff}
            onChanged={onChanged}
          />
        </Box>
      </Box>
    </article>
  );
}
