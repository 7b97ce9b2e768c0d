import { useState } from 'react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp } from '@backstage/test-utils';
import { ResponseError } from '@backstage/errors';
import type {
  PartnerListPage,
  PartnerSummary,
} from '@partner-studio/plugin-partner-studio-common';
import { PartnerPicker, PartnerPickerProps } from './PartnerPicker';
import { PARTNERS, pageOf } from '../../__testUtils__/partners';
import { installIntersectionObserver } from '../../__testUtils__/intersectionObserver';

function optionTitles(listbox: HTMLElement) {
  return within(listbox)
    .getAllByRole('option')
    .map(option => option.querySelector('[slot="label"]')?.textContent);
}

/** The picker as a page uses it: it shows what was chosen. */
function ChoosingPicker(
  props: Omit<PartnerPickerProps, 'value' | 'onChange'> & {
    onChange(partner: PartnerSummary): void;
  },
) {
  const [chosen, setChosen] = useState<PartnerSummary | null>(null);
  return (
    <PartnerPicker
      {...props}
      value={chosen}
      onChange={partner => {
        setChosen(partner);
        props.onChange(partner);
      }}
    />
  );
}

describe('PartnerPicker', () => {
  it('is a labelled combobox the keyboard reaches and operates', async () => {
    const onChange = jest.fn();
    await renderInTestApp(
      <>
        <button>before</button>
        <ChoosingPicker
          loadPage={async options => pageOf(PARTNERS, options)}
          onChange={onChange}
          label="Partner organisation"
        />
      </>,
    );
    const input = await screen.findByRole('combobox', {
      name: 'Partner organisation',
    });
    await userEvent.tab();
    await userEvent.tab();
    expect(input).toHaveFocus();

    await userEvent.keyboard('north');
    const listbox = await screen.findByRole('listbox');
    expect(optionTitles(listbox)).toEqual(['Northwind Cloud']);
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(onChange).toHaveBeenCalledWith(PARTNERS[3]);
    expect(input).toHaveValue('Northwind Cloud');
  });

  it('pages through the partners as the list reaches its end', async () => {
    const restore = installIntersectionObserver();
    try {
      const requests: Array<{ cursor?: string; limit?: number }> = [];
      await renderInTestApp(
        <PartnerPicker
          pageSize={2}
          loadPage={async options => {
            requests.push(options);
            return pageOf(PARTNERS, options);
          }}
          onChange={jest.fn()}
        />,
      );
      const input = await screen.findByRole('combobox', { name: 'Partner' });
      expect(requests).toEqual([{ cursor: undefined, limit: 2 }]);

      await userEvent.click(input);
      const listbox = await screen.findByRole('listbox');
      await waitFor(() =>
        expect(optionTitles(listbox)).toEqual(PARTNERS.map(p => p.title)),
      );
      expect(requests).toEqual([
        { cursor: undefined, limit: 2 },
        { cursor: '2', limit: 2 },
        { cursor: '4', limit: 2 },
      ]);
    } finally {
      restore();
    }
  });

  it('shows the chosen partner before its page is loaded', async () => {
    await renderInTestApp(
      <PartnerPicker
        pageSize={2}
        loadPage={async options => pageOf(PARTNERS, options)}
        value={PARTNERS[4]}
        onChange={jest.fn()}
      />,
    );
    expect(
      await screen.findByRole('combobox', { name: 'Partner' }),
    ).toHaveValue('Tailspin Toys');
  });

  it('can stay out of the way of a reader with a single partner', async () => {
    await renderInTestApp(
      <>
        <PartnerPicker
          hideWithoutChoice
          loadPage={async () => ({ items: [PARTNERS[1]] })}
          onChange={jest.fn()}
          label="Only Contoso"
        />
        <PartnerPicker
          hideWithoutChoice
          loadPage={async options => pageOf(PARTNERS, options)}
          onChange={jest.fn()}
          label="Every partner"
        />
      </>,
    );
    expect(
      await screen.findByRole('combobox', { name: 'Every partner' }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('combobox', { name: 'Only Contoso' }),
    ).not.toBeInTheDocument();
    expect(screen.queryByText('No partner to choose')).not.toBeInTheDocument();
  });

  it('says what to do when there is no partner to choose', async () => {
    await renderInTestApp(
      <PartnerPicker
        loadPage={async () => ({ items: [] })}
        onChange={jest.fn()}
        empty={{
          title: 'You are not a member of a partner organisation',
          description: 'Standing belongs to partners.',
          nextStep: 'Ask your partner administrator to add you.',
        }}
      />,
    );
    expect(
      await screen.findByText('You are not a member of a partner organisation'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Ask your partner administrator to add you.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
  });

  it('shows a failed load and tries again on request', async () => {
    let fail = true;
    const loadPage = async (options: {
      cursor?: string;
      limit?: number;
    }): Promise<PartnerListPage> => {
      if (fail) {
        fail = false;
        throw await ResponseError.fromResponse(
          new Response(
            JSON.stringify({
              error: { name: 'Error', message: 'Directory unavailable' },
              request: { method: 'GET', url: '/partners' },
              response: { statusCode: 503 },
            }),
            {
              status: 503,
              statusText: 'Service Unavailable',
              headers: { 'Content-Type': 'application/json' },
            },
          ),
        );
      }
      return pageOf(PARTNERS, options);
    };
    await renderInTestApp(
      <PartnerPicker loadPage={loadPage} onChange={jest.fn()} />,
    );
    expect(
      await screen.findByText('Error: The partners could not be loaded'),
    ).toBeInTheDocument();
    expect(screen.getAllByText('Directory unavailable').length).toBeGreaterThan(
      0,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(
      await screen.findByRole('combobox', { name: 'Partner' }),
    ).toBeInTheDocument();
  });
});
