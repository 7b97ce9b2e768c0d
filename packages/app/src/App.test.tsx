import { render, waitFor } from '@testing-library/react';
import App from './App';

describe('App', () => {
  it('renders the development sign-in page', async () => {
    process.env = {
      NODE_ENV: 'test',
      APP_CONFIG: [
        {
          data: {
            app: { title: 'Test' },
            backend: { baseUrl: 'http://localhost:7007' },
            auth: { environment: 'development' },
          },
          context: 'test',
        },
      ] as any,
    };
    // The sign-in page lists personas from the backend.
    global.fetch = jest.fn(async () => ({
      ok: true,
      json: async () => ({
        items: [
          {
            userEntityRef: 'user:default/nora.dev',
            displayName: 'Nora Lindqvist',
            role: 'partner-developer',
            memberOf: ['group:default/northwind-cloud'],
          },
        ],
      }),
    })) as any;

    const rendered = render(App.createRoot());

    await waitFor(
      () =>
        expect(
          rendered.getByRole('button', { name: 'Sign in as Nora Lindqvist' }),
        ).toBeInTheDocument(),
      { timeout: 10000 },
    );
    expect(rendered.getByText('northwind-cloud')).toBeInTheDocument();
    rendered.unmount();
  });
});
