import { Alert } from '@backstage/ui';
import type { HubSources } from '@partner-studio/plugin-partner-studio-common';

/** The backend's reason, if it gave one, as a trailing remark. */
function because(reason: string | undefined): string {
  return reason ? ` (${reason})` : '';
}

/** What an unavailable source means to the reader, and why it is unavailable. */
export function sourcesProblems(sources: HubSources): string[] {
  const problems: string[] = [];
  if (sources.standing === 'unavailable') {
    problems.push(
      `Your program tier could not be read from partner points: tools that need a tier stay locked until it can be checked${because(
        sources.standingReason,
      )}.`,
    );
  }
  if (sources.lab === 'unavailable') {
    problems.push(
      `Your Solutions Lab stages could not be read: tools that need a Lab stage stay locked, and recommendations for your stage may be missing${because(
        sources.labReason,
      )}.`,
    );
  }
  return problems;
}

/**
 * Says so when the Hub answered without the caller's tier (partner points) or
 * Lab stages (the Solutions Lab): the page works, some locks are unchecked.
 */
export function SourcesNotice(props: { sources?: HubSources }) {
  const problems = props.sources ? sourcesProblems(props.sources) : [];
  if (problems.length === 0) return null;
  return (
    <Alert
      status="warning"
      icon
      title="Some of your information is unavailable right now"
      description={
        <>
          {problems.map(problem => (
            <span key={problem} style={{ display: 'block' }}>
              {problem}
            </span>
          ))}
        </>
      }
      mb="4"
    />
  );
}
