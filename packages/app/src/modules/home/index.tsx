import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { HomePageWidgetBlueprint } from '@backstage/plugin-home-react/alpha';
import { MarkdownContent } from '@backstage/core-components';

const welcome = `
Partner Studio is the vendor's developer portal for its partners.

- **Solutions Hub** — SDKs, APIs, sandboxes, templates, validation tools,
  enablement and sales plays: search them and launch them from here.
- **Solutions Lab** — your solutions' engagements with the vendor's experts,
  stage by stage through development and commercialization.
- **Partner points** — your points, tier and what to do next to reach the
  next tier, live.
- **Catalog** — the partner organisations, people and systems of the program.
- **Create** — software templates to start a solution on the vendor's platform.
`;

const welcomeWidget = HomePageWidgetBlueprint.make({
  name: 'welcome',
  params: {
    name: 'PartnerStudioWelcome',
    title: 'Welcome to Partner Studio',
    description: 'What the portal offers partners',
    components: async () => ({
      Content: () => <MarkdownContent content={welcome} />,
    }),
  },
});

/** Partner Studio's own widgets for the home page. */
export const homeModule = createFrontendModule({
  pluginId: 'home',
  extensions: [welcomeWidget],
});
