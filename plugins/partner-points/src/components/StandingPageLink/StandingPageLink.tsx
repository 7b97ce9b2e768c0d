import { Component, ReactNode } from 'react';
import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import Typography from '@material-ui/core/Typography';
import { partnerRouteRef, rootRouteRef } from '../../routes';

/** Renders nothing instead of its children when they throw. */
class OmitOnError extends Component<
  { children: ReactNode },
  { failed: boolean }
> {
  static getDerivedStateFromError() {
    return { failed: true };
  }

  state = { failed: false };

  render() {
    return this.state.failed ? null : this.props.children;
  }
}

function PageLink(props: { partnerId?: string; children: ReactNode }) {
  const { partnerId, children } = props;
  const root = useRouteRef(rootRouteRef);
  const partner = useRouteRef(partnerRouteRef);
  return (
    <Typography variant="body2">
      <Link to={partnerId ? partner({ partnerId }) : root()}>{children}</Link>
    </Typography>
  );
}

/** Props of {@link StandingPageLink}. */
export interface StandingPageLinkProps {
  /** A given partner's page; the caller's own page when absent. */
  partnerId?: string;
  children: ReactNode;
}

/**
 * A link to the program standing page. Renders nothing when the app does
 * not mount the page (e.g. an app that installs only the home widget).
 */
export function StandingPageLink(props: StandingPageLinkProps) {
  return (
    <OmitOnError>
      <PageLink {...props} />
    </OmitOnError>
  );
}
