import { Component, ReactNode } from 'react';
import { parseEntityRef } from '@backstage/catalog-model';
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

/** The route params of a partner's page: its group's namespace and name. */
export function partnerRouteParams(partnerRef: string) {
  const { namespace, name } = parseEntityRef(partnerRef, {
    defaultKind: 'group',
  });
  return { namespace, name };
}

function PageLink(props: { partnerRef?: string; children: ReactNode }) {
  const { partnerRef, children } = props;
  const root = useRouteRef(rootRouteRef);
  const partner = useRouteRef(partnerRouteRef);
  return (
    <Typography variant="body2">
      <Link to={partnerRef ? partner(partnerRouteParams(partnerRef)) : root()}>
        {children}
      </Link>
    </Typography>
  );
}

/** Props of {@link StandingPageLink}. */
export interface StandingPageLinkProps {
  /** A given partner's page, by entity ref; the caller's own page when absent. */
  partnerRef?: string;
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
