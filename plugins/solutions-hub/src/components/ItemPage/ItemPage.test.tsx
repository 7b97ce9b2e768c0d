import { screen, waitFor } from '@testing-library/react';
import { registerMswTestHooks } from '@backstage/test-utils';
import { SOURCES_OK, SDK_TOOL } from '../../__testUtils__/fixtures';
import { mockHubBackend, server } from '../../__testUtils__/backend';
import { renderHubPage } from '../../__testUtils__/render';

registerMswTestHooks(server);
jest.setTimeout(30_000);

function address() {
  return screen.getByRole('status', { name: 'Current address' }).textContent;
}

describe('ItemPage', () => {
  it("opens a play's tool page from the program's play id", async () => {
    const requests = mockHubBackend();
    await renderHubPage('/solutions-hub/plays/zero-trust-security');
    await waitFor(() =>
      expect(address()).toBe(
        '/solutions-hub/tools/default/play-zero-trust-security',
      ),
    );
    expect(
      await screen.findByRole('heading', {
        level: 2,
        name: 'Zero trust security play',
      }),
    ).toBeInTheDocument();
    expect(requests[0].params.getAll('category')).toEqual(['sales-play']);
  });

  it("opens a course's tool page from the program's course id", async () => {
    mockHubBackend();
    await renderHubPage('/solutions-hub/courses/ignite-selling-value');
    await waitFor(() =>
      expect(address()).toBe(
        '/solutions-hub/tools/default/ignite-selling-value',
      ),
    );
  });

  it('finds the item on a later page', async () => {
    const plays = Array.from({ length: 150 }, (_, i) => ({
      ...SDK_TOOL,
      ref: `tool:default/play-${i}`,
      name: `play-${i}`,
      title: `Play ${String(i).padStart(3, '0')}`,
      category: 'sales-play' as const,
      play: { playId: `play-${i}` },
    }));
    const requests = mockHubBackend({ tools: plays, sources: SOURCES_OK });
    await renderHubPage('/solutions-hub/plays/play-140');
    await waitFor(() =>
      expect(address()).toBe('/solutions-hub/tools/default/play-140'),
    );
    expect(requests.map(r => r.params.get('cursor'))).toEqual([null, '100']);
  });

  it('says when the Hub has no tool for the play, naming it from the program', async () => {
    mockHubBackend();
    await renderHubPage('/solutions-hub/plays/edge-starter');
    expect(
      await screen.findByText('No such sales play in the Hub'),
    ).toBeInTheDocument();
    expect(
      await screen.findByText(
        'The program’s sales play “Edge starter” has no Hub item you may see yet.',
        { exact: false },
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'See every sales play in the Hub' }),
    ).toHaveAttribute('href', '/solutions-hub?category=sales-play');
  });
});
