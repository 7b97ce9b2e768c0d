import { ReactNode } from 'react';
import {
  Content,
  EmptyState,
  Header,
  Page,
  Progress,
} from '@backstage/core-components';
import { ReactRouterV6PageRouter } from '@backstage/frontend-adapter-react-router-v6';
import { Route, Routes, useParams } from 'react-router-dom';
import { useProgram, useReadablePartners, useStanding } from '../../hooks';
import { PartnerPicker } from '../PartnerPicker';
import { StandingErrorState, hasStatus } from '../StandingStates';
import { StandingDetails } from './StandingDetails';

/** Props of {@link PartnerPointsPage}. */
export interface PartnerPointsPageProps {
  /**
   * `legacy` (default) renders the page with its own header, for the legacy
   * frontend system; `none` renders only the content, under the header the
   * new frontend system's page provides.
   */
  headerVariant?: 'legacy' | 'none';
}

function Layout(props: {
  headerVariant: 'legacy' | 'none';
  subtitle?: string;
  children: ReactNode;
}) {
  const { headerVariant, subtitle, children } = props;
  if (headerVariant === 'none') {
    return <Content>{children}</Content>;
  }
  return (
    <Page themeId="tool">
      <Header title="Program standing" subtitle={subtitle} />
      <Content>{children}</Content>
    </Page>
  );
}

/**
 * The caller belongs to no partner (404 on its own standing): the partners it
 * may read to pick from (program admins), else the "not a member" state.
 */
function NoOwnPartnerView(props: { error: Error }) {
  const partners = useReadablePartners();
  if (partners.loading) {
    return <Progress />;
  }
  const items = partners.value?.items ?? [];
  if (items.length === 0) {
    return <StandingErrorState error={props.error} />;
  }
  return <PartnerPicker partners={items} />;
}

function StandingView(props: {
  partnerId?: string;
  headerVariant: 'legacy' | 'none';
}) {
  const { partnerId, headerVariant } = props;
  const { value, loading, error } = useStanding(partnerId);
  const program = useProgram();

  let content: ReactNode;
  if (error && !partnerId && hasStatus(error, 404)) {
    content = <NoOwnPartnerView error={error} />;
  } else if (error) {
    content = <StandingErrorState error={error} partnerId={partnerId} />;
  } else if (!value) {
    content = loading ? <Progress /> : null;
  } else {
    content = <StandingDetails response={value} program={program.value} />;
  }
  return (
    <Layout headerVariant={headerVariant} subtitle={value?.partner.title}>
      {content}
    </Layout>
  );
}

function PartnerStandingView(props: { headerVariant: 'legacy' | 'none' }) {
  const { partnerId } = useParams();
  return (
    <StandingView partnerId={partnerId} headerVariant={props.headerVariant} />
  );
}

/**
 * The program standing page: the caller's own partner at the page root,
 * a given partner at `partners/:partnerId`.
 */
export function PartnerPointsPage(props: PartnerPointsPageProps) {
  const headerVariant = props.headerVariant ?? 'legacy';
  return (
    <ReactRouterV6PageRouter>
      <Routes>
        <Route
          path="/"
          element={<StandingView headerVariant={headerVariant} />}
        />
        <Route
          path="/partners/:partnerId"
          element={<PartnerStandingView headerVariant={headerVariant} />}
        />
        <Route
          path="*"
          element={
            <Layout headerVariant={headerVariant}>
              <EmptyState
                missing="data"
                title="Page not found"
                description="The program standing page has no such view. Open your own standing, or a partner's from its group page in the catalog."
              />
            </Layout>
          }
        />
      </Routes>
    </ReactRouterV6PageRouter>
  );
}
