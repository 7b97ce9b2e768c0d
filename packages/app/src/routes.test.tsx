import { screen } from '@testing-library/react';
import { renderTestApp } from '@backstage/frontend-test-utils';
import { PageBlueprint, useRouteRef } from '@backstage/frontend-plugin-api';
import partnerPointsPlugin from '@partner-studio/plugin-partner-points/alpha';
import { labPlaybookRouteRef } from '@partner-studio/plugin-partner-points';
import solutionsLabPlugin from '@partner-studio/plugin-solutions-lab/alpha';

/** Shows where partner points' "playbook:" action links lead in this app. */
function LabPlaybookProbe() {
  const playbook = useRouteRef(labPlaybookRouteRef);
  return (
    <p>
      {playbook
        ? `labPlaybook → ${playbook({ playbookId: 'solution-development' })}`
        : 'labPlaybook unbound'}
    </p>
  );
}

describe('route bindings of the portal', () => {
  it("binds partner points' labPlaybook to the Solutions Lab's playbook page", async () => {
    renderTestApp({
      features: [partnerPointsPlugin, solutionsLabPlugin],
      extensions: [
        PageBlueprint.make({
          name: 'probe',
          params: {
            path: '/probe',
            loader: async () => <LabPlaybookProbe />,
          },
        }),
      ],
      initialRouteEntries: ['/probe'],
    });
    expect(
      await screen.findByText(
        'labPlaybook → /solutions-lab/playbooks/solution-development',
      ),
    ).toBeInTheDocument();
  });

  it('leaves it unbound without the Solutions Lab', async () => {
    renderTestApp({
      features: [partnerPointsPlugin],
      extensions: [
        PageBlueprint.make({
          name: 'probe',
          params: {
            path: '/probe',
            loader: async () => <LabPlaybookProbe />,
          },
        }),
      ],
      initialRouteEntries: ['/probe'],
    });
    expect(await screen.findByText('labPlaybook unbound')).toBeInTheDocument();
  });
});
