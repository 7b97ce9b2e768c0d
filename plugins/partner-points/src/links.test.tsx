import { screen } from '@testing-library/react';
import {
  TestApiProvider,
  mockApis,
  renderInTestApp,
} from '@backstage/test-utils';
import { configApiRef } from '@backstage/core-plugin-api';
import { actionLinkHref } from './links';
import { ActionList } from './components/ActionList';
import { standing } from './__testUtils__/fixtures';

describe('action links', () => {
  it('builds the default hrefs from the id part of the ref', () => {
    expect(actionLinkHref({ kind: 'hub', ref: 'category:sdks' })).toBe(
      '/solutions-hub?category=sdks',
    );
    expect(actionLinkHref({ kind: 'lab', ref: 'playbook:go to market' })).toBe(
      '/solutions-lab/playbooks/go%20to%20market',
    );
    expect(actionLinkHref({ kind: 'ignite', ref: 'course:k8s' })).toBe(
      '/solutions-hub?category=enablement&course=k8s',
    );
    expect(actionLinkHref({ kind: 'play', ref: 'play:edge-starter' })).toBe(
      '/solutions-hub?category=sales-play&play=edge-starter',
    );
  });

  it('uses templates from app-config', async () => {
    await renderInTestApp(
      <TestApiProvider
        apis={[
          [
            configApiRef,
            mockApis.config({
              data: {
                partnerPoints: {
                  actionLinks: { hub: 'https://hub.example.com/{ref}' },
                },
              },
            }),
          ],
        ]}
      >
        <ActionList actions={standing.actions} />
      </TestApiProvider>,
    );
    expect(screen.getByRole('link', { name: /Sales tools/ })).toHaveAttribute(
      'href',
      'https://hub.example.com/category%3Asales-tools',
    );
    // Kinds without an override keep the default.
    expect(
      screen.getByRole('link', { name: 'Commercialization playbook' }),
    ).toHaveAttribute('href', '/solutions-lab/playbooks/commercialization');
  });
});
