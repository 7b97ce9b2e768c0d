import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp } from '@backstage/test-utils';
import { ResponseError } from '@backstage/errors';
import {
  AsyncContent,
  EmptyState,
  ErrorState,
  LoadingState,
  errorReason,
  hasStatus,
} from '.';

async function responseError(status: number, message: string) {
  return ResponseError.fromResponse(
    new Response(
      JSON.stringify({
        error: { name: status === 404 ? 'NotFoundError' : 'Error', message },
        request: { method: 'GET', url: '/standing' },
        response: { statusCode: status },
      }),
      {
        status,
        statusText: status === 404 ? 'Not Found' : 'Internal Server Error',
        headers: { 'Content-Type': 'application/json' },
      },
    ),
  );
}

const notFound = {
  title: 'No partner to show',
  description: 'No partner you can see has this entity ref.',
  nextStep: 'Open the partner from its group page in the catalog.',
};

describe('LoadingState', () => {
  it('shows a labelled progress bar in a status region', async () => {
    await renderInTestApp(<LoadingState label="Loading the standing" />);
    expect(screen.getByRole('status')).toBeInTheDocument();
    expect(
      await screen.findByRole('progressbar', { name: 'Loading the standing' }),
    ).toBeInTheDocument();
  });
});

describe('EmptyState', () => {
  it('says what is missing and what to do next, full size', async () => {
    await renderInTestApp(
      <EmptyState
        {...notFound}
        nextStep={<a href="/catalog">Open the catalog</a>}
      />,
    );
    expect(
      screen.getByRole('heading', { name: 'No partner to show' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('No partner you can see has this entity ref.'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Open the catalog' }),
    ).toHaveAttribute('href', '/catalog');
  });

  it('is three lines of text in a card', async () => {
    await renderInTestApp(<EmptyState {...notFound} compact />);
    expect(screen.queryByRole('heading')).not.toBeInTheDocument();
    expect(screen.getByText('No partner to show')).toBeInTheDocument();
    expect(
      screen.getByText('Open the partner from its group page in the catalog.'),
    ).toBeInTheDocument();
  });
});

describe('ErrorState', () => {
  it('turns a status the person can act on into an empty state', async () => {
    const error = await responseError(404, 'No such partner');
    await renderInTestApp(
      <ErrorState error={error} statusMessages={{ 404: notFound }} />,
    );
    expect(screen.getByText('No partner to show')).toBeInTheDocument();
    expect(
      screen.getByText('Open the partner from its group page in the catalog.'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Request failed/)).not.toBeInTheDocument();
  });

  it('shows other errors with the reason and a way to try again', async () => {
    const onRetry = jest.fn();
    const error = await responseError(500, 'Ledger unavailable');
    await renderInTestApp(
      <ErrorState
        error={error}
        statusMessages={{ 404: notFound }}
        onRetry={onRetry}
      />,
    );
    expect(
      screen.getByText(/Request failed with 500 Internal Server Error/),
    ).toBeInTheDocument();
    expect(screen.getAllByText('Ledger unavailable').length).toBeGreaterThan(0);
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('reads statuses and reasons of response errors', async () => {
    const error = await responseError(404, 'No such partner');
    expect(hasStatus(error, 404)).toBe(true);
    expect(hasStatus(error, 403)).toBe(false);
    expect(hasStatus(new Error('plain'), 404)).toBe(false);
    expect(errorReason(error)).toBe('No such partner');
    expect(errorReason(new Error('plain'))).toBe('plain');
  });
});

describe('AsyncContent', () => {
  const render = (value: string[]) => <p>{value.join(', ')}</p>;
  const empty = {
    title: 'No partners yet',
    description: 'The catalog holds no partner organisation.',
    nextStep: 'Register the organisation’s catalog location.',
  };

  it('shows progress until the first value arrives', async () => {
    await renderInTestApp(
      <AsyncContent state={{ loading: true }} loadingLabel="Loading partners">
        {render}
      </AsyncContent>,
    );
    expect(
      await screen.findByRole('progressbar', { name: 'Loading partners' }),
    ).toBeInTheDocument();
  });

  it('keeps the value on screen while it reloads', async () => {
    await renderInTestApp(
      <AsyncContent state={{ loading: true, value: ['Contoso'] }}>
        {render}
      </AsyncContent>,
    );
    expect(screen.getByText('Contoso')).toBeInTheDocument();
    expect(screen.queryByTestId('progress')).not.toBeInTheDocument();
  });

  it('says what to do when the value is empty', async () => {
    await renderInTestApp(
      <AsyncContent
        state={{ loading: false, value: [] }}
        isEmpty={v => v.length === 0}
        empty={empty}
      >
        {render}
      </AsyncContent>,
    );
    expect(screen.getByText('No partners yet')).toBeInTheDocument();
    expect(
      screen.getByText('Register the organisation’s catalog location.'),
    ).toBeInTheDocument();
  });

  it('shows an error instead of a stale value', async () => {
    const error = await responseError(404, 'gone');
    await renderInTestApp(
      <AsyncContent
        state={{ loading: false, value: ['Contoso'], error }}
        errorProps={{ statusMessages: { 404: notFound } }}
      >
        {render}
      </AsyncContent>,
    );
    expect(screen.getByText('No partner to show')).toBeInTheDocument();
    expect(screen.queryByText('Contoso')).not.toBeInTheDocument();
  });
});
