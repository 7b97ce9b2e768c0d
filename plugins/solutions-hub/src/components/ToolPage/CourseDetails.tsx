import Typography from '@material-ui/core/Typography';
import type {
  HubCourseDetail,
  HubSources,
} from '@partner-studio/plugin-partner-studio-common';
import { DetailSection } from './DetailSection';

const TRACK_LABELS: Record<HubCourseDetail['track'], string> = {
  technical: 'Technical enablement',
  commercial: 'Sales enablement',
  marketing: 'Marketing enablement',
};

function completionsText(course: HubCourseDetail, sources: HubSources): string {
  if (course.completions !== undefined) {
    if (course.completions === 0) {
      return 'Nobody at your partner organisation has completed it yet.';
    }
    return `${course.completions} ${
      course.completions === 1 ? 'person' : 'people'
    } at your partner organisation completed it.`;
  }
  if (sources.standing === 'not-applicable') {
    return 'Completions show for the members of a partner organisation.';
  }
  return 'Completions could not be read from partner points just now.';
}

/**
 * An Ignite course: its track, description and how many of the caller's
 * partner's people completed it (completions come from the learning system
 * through ingestion; a partner cannot mark them itself).
 */
export function CourseDetails(props: {
  course: HubCourseDetail;
  sources: HubSources;
}) {
  const { course, sources } = props;
  return (
    <DetailSection title="The Ignite course">
      <Typography variant="subtitle2" component="p">
        {course.name} — {TRACK_LABELS[course.track]}
      </Typography>
      {course.description && (
        <Typography variant="body2" paragraph>
          {course.description}
        </Typography>
      )}
      <Typography variant="body2">
        {completionsText(course, sources)}
      </Typography>
      <Typography variant="caption" color="textSecondary" component="p">
        Completions are reported by the learning system; they cannot be entered
        here.
      </Typography>
    </DetailSection>
  );
}
