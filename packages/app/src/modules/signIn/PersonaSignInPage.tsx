import { useState } from 'react';
import {
  Content,
  InfoCard,
  Page,
  Progress,
  ProxiedSignInPage,
  ResponseErrorPanel,
  Header,
} from '@backstage/core-components';
import {
  configApiRef,
  IdentityApi,
  SignInPageProps,
  useApi,
} from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  Button,
  Grid,
  List,
  ListItem,
  ListItemText,
  Typography,
} from '@material-ui/core';
import useAsync from 'react-use/esm/useAsync';
import {
  PERSONA_DIRECTORY_PATH,
  PERSONA_HEADER,
  PERSONA_PROVIDER_ID,
  PERSONA_ROLES,
  type PersonaDirectoryResponse,
  type PersonaRole,
} from '@partner-studio/plugin-partner-studio-common';
import { personaSession } from './personaSession';

/** Headings of the persona lists, one per role. */
const ROLE_LABELS: Record<PersonaRole, string> = {
  'partner-developer': 'Partner developers',
  'partner-admin': 'Partner admins',
  expert: 'Vendor experts',
  'program-admin': 'Program admins',
};

function groupName(ref: string) {
  return ref.replace(/^group:(default\/)?/, '');
}

/** Signing out forgets the chosen persona, so the picker shows again. */
function forgetPersonaOnSignOut(identityApi: IdentityApi): IdentityApi {
  return {
    getProfileInfo: () => identityApi.getProfileInfo(),
    getBackstageIdentity: () => identityApi.getBackstageIdentity(),
    getCredentials: () => identityApi.getCredentials(),
    signOut: async () => {
      personaSession.clear();
      await identityApi.signOut();
    },
  };
}

function PersonaPicker(props: { onChoose: (ref: string) => void }) {
  const configApi = useApi(configApiRef);
  const backendUrl = configApi.getString('backend.baseUrl');
  const { value, loading, error } = useAsync(async () => {
    const response = await fetch(
      `${backendUrl}/api/auth${PERSONA_DIRECTORY_PATH}`,
    );
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return ((await response.json()) as PersonaDirectoryResponse).items;
  }, [backendUrl]);

  if (loading) {
    return <Progress />;
  }
  if (error) {
    return <ResponseErrorPanel error={error} title="Could not list personas" />;
  }
  if (!value?.length) {
    return (
      <Typography>
        No demo personas in the catalog yet. The catalog reads catalog/ shortly
        after the backend starts: reload this page in a few seconds.
      </Typography>
    );
  }
  return (
    <Grid container spacing={3}>
      {PERSONA_ROLES.map(role => {
        const personas = value.filter(p => p.role === role);
        if (personas.length === 0) {
          return null;
        }
        return (
          <Grid item xs={12} md={6} key={role}>
            <InfoCard title={ROLE_LABELS[role]}>
              <List aria-label={ROLE_LABELS[role]}>
                {personas.map(persona => (
                  <ListItem key={persona.userEntityRef}>
                    <ListItemText
                      primary={persona.displayName}
                      secondary={persona.memberOf.map(groupName).join(', ')}
                    />
                    <Button
                      variant="outlined"
                      color="primary"
                      aria-label={`Sign in as ${persona.displayName}`}
                      onClick={() => props.onChoose(persona.userEntityRef)}
                    >
                      Sign in
                    </Button>
                  </ListItem>
                ))}
              </List>
            </InfoCard>
          </Grid>
        );
      })}
    </Grid>
  );
}

/**
 * Development sign-in: choose one of the catalog's demo personas. With the
 * production configuration (`auth.environment: production`) it offers no
 * personas, and the backend would refuse them anyway.
 */
export function PersonaSignInPage(props: SignInPageProps) {
  const configApi = useApi(configApiRef);
  const environment =
    configApi.getOptionalString('auth.environment') ?? 'development';
  const [persona, setPersona] = useState(personaSession.get());

  if (environment !== 'development') {
    return (
      <Page themeId="home">
        <Header title="Partner Studio" />
        <Content>
          <Typography>
            Persona sign-in is only available in development. Configure your
            organisation's identity provider to sign in.
          </Typography>
        </Content>
      </Page>
    );
  }

  if (persona) {
    return (
      <ProxiedSignInPage
        provider={PERSONA_PROVIDER_ID}
        headers={{ [PERSONA_HEADER]: persona }}
        onSignInSuccess={identityApi =>
          props.onSignInSuccess(forgetPersonaOnSignOut(identityApi))
        }
        ErrorComponent={({ error }) => (
          <Page themeId="home">
            <Header title="Partner Studio" />
            <Content>
              <ResponseErrorPanel
                error={error ?? new Error('Sign-in failed')}
                title={`Could not sign in as ${persona}`}
              />
              <Button
                variant="contained"
                color="primary"
                onClick={() => {
                  personaSession.clear();
                  setPersona(undefined);
                }}
              >
                Choose another persona
              </Button>
            </Content>
          </Page>
        )}
      />
    );
  }

  return (
    <Page themeId="home">
      <Header
        title="Partner Studio"
        subtitle="Development sign-in: choose a demo persona"
      />
      <Content>
        <PersonaPicker
          onChoose={ref => {
            personaSession.set(ref);
            setPersona(ref);
          }}
        />
      </Content>
    </Page>
  );
}
