import { ReactNode } from 'react';
import { Content, Header, Page } from '@backstage/core-components';
import { ReactRouterV6PageRouter } from '@backstage/frontend-adapter-react-router-v6';
import { EmptyState } from '@partner-studio/plugin-partner-studio-react';
import { Route, Routes } from 'react-router-dom';
import { EngagementPage } from '../EngagementPage';
import { LabHome } from '../LabHome';
import { PlaybookPage } from '../PlaybookPage';

/** Props of {@link SolutionsLabPage}. */
export interface SolutionsLabPageProps {
  /**
   * `legacy` (default) renders the page with its own header, for the legacy
   * frontend system; `none` renders only the content, under the header the
   * new frontend system's page provides.
   */
  headerVariant?: 'legacy' | 'none';
}

function Layout(props: {
  headerVariant: 'legacy' | 'none';
  children: ReactNode;
}) {
  const { headerVariant, children } = props;
  if (headerVariant === 'none') {
    return <Content>{children}</Content>;
  }
  return (
    <Page themeId="tool">
      <Header
        title="Solutions Lab"
        subtitle="Expert-guided engagements from development to market"
      />
      <Content>{children}</Content>
    </Page>
  );
}

/**
 * The Solutions Lab: the home with the viewer's views at the root, an
 * engagement at `engagements/:id`, a playbook at `playbooks/:playbookId`.
 */
export function SolutionsLabPage(props: SolutionsLabPageProps) {
  const headerVariant = props.headerVariant ?? 'legacy';
  return (
    <ReactRouterV6PageRouter>
      <Layout headerVariant={headerVariant}>
        <Routes>
          <Route path="/" element={<LabHome />} />
          <Route path="/engagements/:id" element={<EngagementPage />} />
          <Route path="/playbooks/:playbookId" element={<PlaybookPage />} />
          <Route
            path="*"
            element={
              <EmptyState
                title="Page not found"
                description="The Solutions Lab has no such page."
                nextStep="Open the Solutions Lab from its item in the sidebar."
              />
            }
          />
        </Routes>
      </Layout>
    </ReactRouterV6PageRouter>
  );
}
