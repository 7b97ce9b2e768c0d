import { screen } from '@testing-library/react';
import { renderInTestApp } from '@backstage/test-utils';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import { WholeWordTable } from './WholeWordTable';

function Row(props: { text: string }) {
  return (
    <TableBody>
      <TableRow>
        <TableCell>{props.text}</TableCell>
      </TableRow>
    </TableBody>
  );
}

describe('WholeWordTable', () => {
  it('breaks lines between words only, under the theme that breaks inside them', async () => {
    await renderInTestApp(
      <>
        <Table aria-label="Themed">
          <Row text="Resellers" />
        </Table>
        <WholeWordTable aria-label="Whole words">
          <Row text="Specialization" />
        </WholeWordTable>
      </>,
    );
    // The theme's rule, which the table overrides, is in force here.
    expect(getComputedStyle(screen.getByText('Resellers')).wordBreak).toBe(
      'break-word',
    );
    expect(getComputedStyle(screen.getByText('Specialization')).wordBreak).toBe(
      'normal',
    );
  });

  it('passes its props to the table, keeps its class and scrolls sideways', async () => {
    await renderInTestApp(
      <WholeWordTable aria-label="Whole words" size="small" className="own">
        <Row text="Specialization" />
      </WholeWordTable>,
    );
    const table = screen.getByRole('table', { name: 'Whole words' });
    expect(table).toHaveClass('own');
    expect(table).toHaveClass('MuiTable-root');
    expect(screen.getByText('Specialization')).toHaveClass(
      'MuiTableCell-sizeSmall',
    );
    expect(getComputedStyle(table.parentElement!).overflowX).toBe('auto');
  });
});
