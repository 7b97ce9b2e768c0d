import { mockCredentials } from '@backstage/backend-test-utils';

/** A demo persona of the test organisation. */
export interface TestPersona {
  userEntityRef: string;
  /** The partner it belongs to, if any. */
  partnerRef?: string;
  /** The `Authorization` header of a request made as the persona. */
  header: string;
  credentials: ReturnType<typeof mockCredentials.user>;
}

function persona(name: string, partnerRef?: string): TestPersona {
  const userEntityRef = `user:default/${name}`;
  return {
    userEntityRef,
    ...(partnerRef ? { partnerRef } : {}),
    header: mockCredentials.user.header(userEntityRef),
    credentials: mockCredentials.user(userEntityRef),
  };
}

/**
 * The personas of {@link testOrganization}, one of each role, plus a user
 * the catalog does not know.
 *
 * @public
 */
export const personas = {
  /** Partner developer at Northwind Cloud. */
  nora: persona('nora.dev', 'group:default/northwind-cloud'),
  /** Partner admin at Northwind Cloud. */
  niko: persona('niko.admin', 'group:default/northwind-cloud'),
  /** Partner developer at Contoso, through its platform sub-group. */
  carla: persona('carla.dev', 'group:default/contoso-solutions'),
  /** Partner admin at Contoso. */
  cody: persona('cody.admin', 'group:default/contoso-solutions'),
  /** Partner developer at Fabrikam. */
  felix: persona('felix.dev', 'group:default/fabrikam-software'),
  /** Vendor expert. */
  erin: persona('erin.expert'),
  /** Vendor expert. */
  ethan: persona('ethan.expert'),
  /** Program admin. */
  paul: persona('paul.admin'),
  /** Signed in, but nobody the organisation knows. */
  stranger: persona('stranger'),
};

/** Headers of calls that are not a persona's. @public */
export const otherCallers = {
  service: mockCredentials.service.header(),
  none: mockCredentials.none.header(),
};
