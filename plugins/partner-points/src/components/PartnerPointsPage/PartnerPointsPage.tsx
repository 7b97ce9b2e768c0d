import { ReactNode } from 'react';
import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  Content,
  Header,
  InfoCard,
  Link,
  Page,
} from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { ReactRouterV6PageRouter } from '@backstage/frontend-adapter-react-router-v6';
import { BgProvider } from '@backstage/ui';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { PartnerSummary } from '@partner-studio/plugin-partner-studio-common';
import {
  AsyncContent,
  EmptyState,
  PartnerPicker,
  PartnerPickerField,
  hasStatus,
  usePartnerPages,
} from '@partner-studio/plugin-partner-studio-react';
import { Route, Routes, useNavigate, useParams } from 'react-router-dom';
import {
  useCanReadOverview,
  usePartnerListLoader,
  useProgram,
  useStanding,
} from '../../hooks';
import { overviewRouteRef, partnerRouteRef } from '../../routes';
import { ProgramOverviewPage } from '../ProgramOverview';
import { partnerRouteParams } from '../StandingPageLink';
import { NOT_A_MEMBER, standingErrorProps } from '../StandingStates';
import { StandingDetails } from './StandingDetails';

const useStyles = makeStyles(theme => ({
  picker: {
    maxWidth: 420,
    marginBottom: theme.spacing(3),
  },
  toolbar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    justifyContent: 'space-between',
    gap: theme.spacing(2),
  },
  overviewLink: {
    marginBottom: theme.spacing(3),
  },
}));

/** Props of {@link PartnerPointsPage}. */
export interface PartnerPointsPageProps {
  /**
   * `legacy` (default) renders the page with its own header, for the legacy
   * frontend system; `none` renders only the content, under the header the
   * new frontend system's page provides.
   */
  headerVariant?: 'legacy' | 'none';
}

type HeaderVariant = NonNullable<PartnerPointsPageProps['headerVariant']>;

function Layout(props: {
  headerVariant: HeaderVariant;
  title?: string;
  subtitle?: string;
  children: ReactNode;
}) {
  const { headerVariant, title, subtitle, children } = props;
  if (headerVariant === 'none') {
    return <Content>{children}</Content>;
  }
  return (
    <Page themeId="tool">
      <Header title={title ?? 'Program standing'} subtitle={subtitle} />
      <Content>{children}</Content>
    </Page>
  );
}

/** Opens the standing page of the partner chosen in a picker. */
function useOpenPartner(): (partner: PartnerSummary) => void {
  const navigate = useNavigate();
  const partnerRoute = useRouteRef(partnerRouteRef);
  return partner =>
    navigate(partnerRoute(partnerRouteParams(partner.entityRef)));
}

/**
 * "Program overview", for those who may open it (program admins, as the
 * permission policy decides); nothing for anybody else.
 */
function OverviewLink() {
  const classes = useStyles();
  const overviewRoute = useRouteRef(overviewRouteRef);
  if (!useCanReadOverview()) {
    return null;
  }
  return (
    <Typography variant="body1" className={classes.overviewLink}>
      <Link to={overviewRoute()}>Program overview</Link>: every partner’s tier,
      who is at risk and who is within reach.
    </Typography>
  );
}

/**
 * The caller belongs to no partner (404 on its own standing): the partners it
 * may read to pick from (program admins), else the "not a member" state.
 */
function ChoosePartnerView() {
  const pages = usePartnerPages(usePartnerListLoader());
  const openPartner = useOpenPartner();
  const noPartner =
    !pages.loading &&
    !pages.error &&
    !pages.hasMore &&
    pages.partners.length === 0;
  if (noPartner) {
    return <EmptyState {...NOT_A_MEMBER} />;
  }
  return (
    <InfoCard title="Choose a partner">
      <Typography variant="body1" paragraph>
        You are not a member of a partner organisation, but you may see the
        program standing of partners. Choose one to open its standing.
      </Typography>
      <Box maxWidth={420}>
        {/* On the card's surface, so the field stands out from it. */}
        <BgProvider bg="neutral-1">
          <PartnerPickerField
            pages={pages}
            onChange={openPartner}
            empty={NOT_A_MEMBER}
          />
        </BgProvider>
      </Box>
    </InfoCard>
  );
}

/**
 * On a partner's page, for callers who may read several partners (program
 * admins): switch to another one. Shows nothing to a partner's members.
 */
function SwitchPartner(props: { partner?: PartnerSummary }) {
  const classes = useStyles();
  const loadPage = usePartnerListLoader();
  const openPartner = useOpenPartner();
  return (
    <Box className={classes.picker}>
      <PartnerPicker
        loadPage={loadPage}
        value={props.partner ?? null}
        onChange={openPartner}
        label="Partner"
        hideWithoutChoice
      />
    </Box>
  );
}

function StandingView(props: {
  partnerRef?: string;
  headerVariant: HeaderVariant;
}) {
  const { partnerRef, headerVariant } = props;
  const classes = useStyles();
  const standing = useStanding(partnerRef);
  const program = useProgram();
  const notAMember =
    !partnerRef && standing.error && hasStatus(standing.error, 404);

  return (
    <Layout
      headerVariant={headerVariant}
      subtitle={standing.value?.partner.title}
    >
      <Box className={classes.toolbar}>
        {partnerRef && <SwitchPartner partner={standing.value?.partner} />}
        <OverviewLink />
      </Box>
      {notAMember ? (
        <ChoosePartnerView />
      ) : (
        <AsyncContent
          state={standing}
          loadingLabel="Loading the program standing"
          errorProps={{
            ...standingErrorProps(partnerRef),
            onRetry: standing.retry,
          }}
        >
          {response => (
            <StandingDetails response={response} program={program.value} />
          )}
        </AsyncContent>
      )}
    </Layout>
  );
}

function PartnerStandingView(props: { headerVariant: HeaderVariant }) {
  const { namespace = '', name = '' } = useParams();
  return (
    <StandingView
      partnerRef={stringifyEntityRef({ kind: 'group', namespace, name })}
      headerVariant={props.headerVariant}
    />
  );
}

/**
 * The program standing page: the caller's own partner at the page root, a
 * given partner at `partners/:namespace/:name` (its group's entity ref).
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
          path="/overview"
          element={
            <Layout headerVariant={headerVariant} title="Program overview">
              <ProgramOverviewPage />
            </Layout>
          }
        />
        <Route
          path="/partners/:namespace/:name"
          element={<PartnerStandingView headerVariant={headerVariant} />}
        />
        <Route
          path="*"
          element={
            <Layout headerVariant={headerVariant}>
              <EmptyState
                title="Page not found"
                description="The program standing page has no such view."
                nextStep="Open your own standing from the “Partner points” item of the sidebar, or a partner’s from its group page in the catalog."
              />
            </Layout>
          }
        />
      </Routes>
    </ReactRouterV6PageRouter>
  );
}
