import { ReactNode } from 'react';
import { Content, Header, Link, Page } from '@backstage/core-components';
import { ReactRouterV6PageRouter } from '@backstage/frontend-adapter-react-router-v6';
import { EmptyState } from '@partner-studio/plugin-partner-studio-react';
import { Route, Routes } from 'react-router-dom';
import { HubProgramProvider } from '../../hooks/HubProgram';
import { useHubSearchHref } from '../../hooks/useHubLinks';
import { DownloadPage } from '../DownloadPage';
import { HubHome } from '../HubHome';
import { ItemPage } from '../ItemPage';
import { ToolPage } from '../ToolPage';
import { UsagePage } from '../UsagePage';

/** Props of {@link SolutionsHubPage}. */
export interface SolutionsHubPageProps {
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
  const content = (
    <Content>
      <HubProgramProvider>{children}</HubProgramProvider>
    </Content>
  );
  if (headerVariant === 'none') return content;
  return (
    <Page themeId="tool">
      <Header
        title="Solutions Hub"
        subtitle="Development tooling for partner solutions: SDKs, APIs, sandboxes, templates, validation, reference architectures, courses and sales plays"
      />
      {content}
    </Page>
  );
}

function NotFound() {
  const searchHref = useHubSearchHref();
  return (
    <EmptyState
      title="Page not found"
      description="The Solutions Hub has no such page."
      nextStep={<Link to={searchHref()}>Search the Solutions Hub</Link>}
    />
  );
}

/**
 * The Solutions Hub: the home (search, facets, favourites, recommendations)
 * at its root, a tool at `tools/:namespace/:name`, plays and courses by the
 * program's ids at `plays/:playId` and `courses/:courseId`, a template's
 * download at `downloads/:taskId`, and the usage report at `usage`.
 */
export function SolutionsHubPage(props: SolutionsHubPageProps) {
  const headerVariant = props.headerVariant ?? 'legacy';
  return (
    <ReactRouterV6PageRouter>
      <Layout headerVariant={headerVariant}>
        <Routes>
          <Route path="/" element={<HubHome />} />
          <Route path="/tools/:namespace/:name" element={<ToolPage />} />
          <Route path="/plays/:playId" element={<ItemPage kind="play" />} />
          <Route
            path="/courses/:courseId"
            element={<ItemPage kind="course" />}
          />
          <Route path="/downloads/:taskId" element={<DownloadPage />} />
          <Route path="/usage" element={<UsagePage />} />
          <Route path="*" element={<NotFound />} />
        </Routes>
      </Layout>
    </ReactRouterV6PageRouter>
  );
}
