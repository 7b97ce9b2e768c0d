import { ReactNode } from 'react';
import { parseEntityRef } from '@backstage/catalog-model';
import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { hubCategoryRouteRef, hubToolRouteRef } from '../../routes';

/**
 * A Hub tool by entity ref, linking to its Hub page when the app has the
 * Hub (the external route is bound); plain text otherwise.
 */
export function HubToolLink(props: { toolRef: string; children: ReactNode }) {
  const { toolRef, children } = props;
  const toolRoute = useRouteRef(hubToolRouteRef);
  if (!toolRoute) return <>{children}</>;
  const { namespace, name } = parseEntityRef(toolRef, { defaultKind: 'tool' });
  return <Link to={toolRoute({ namespace, name })}>{children}</Link>;
}

/** A Hub category, linking to the Hub filtered by it when the app has the Hub. */
export function HubCategoryLink(props: {
  categoryId: string;
  children: ReactNode;
}) {
  const { categoryId, children } = props;
  const hubRoute = useRouteRef(hubCategoryRouteRef);
  if (!hubRoute) return <>{children}</>;
  return (
    <Link to={`${hubRoute()}?${new URLSearchParams({ category: categoryId })}`}>
      {children}
    </Link>
  );
}
