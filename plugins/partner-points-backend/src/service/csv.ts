/**
 * CSV import of performance events, for partner managers moving data from a
 * spreadsheet. One event per row, with a header row naming the columns:
 *
 * `id,partnerId,type,occurredAt,businessModel,customerId,quantity,amount,attributes`
 *
 * `attributes` is a JSON object. Empty cells are absent fields. Columns may
 * come in any order; `id`, `partnerId`, `type` and `occurredAt` are required
 * columns, unknown columns are refused.
 */
import { CsvError, parse } from 'csv-parse/sync';

/** The columns of the CSV import. */
export const CSV_COLUMNS = [
  'id',
  'partnerId',
  'type',
  'occurredAt',
  'businessModel',
  'customerId',
  'quantity',
  'amount',
  'attributes',
] as const;

const REQUIRED_COLUMNS = ['id', 'partnerId', 'type', 'occurredAt'];

/** A problem with the CSV document itself, located by row (header = row 1). */
export interface CsvIssue {
  path: string;
  message: string;
}

/** The parsed document: events in row order, with their row numbers. */
export interface CsvEvents {
  events: unknown[];
  /** `rows[i]` is the 1-based row number of `events[i]` (the header is row 1). */
  rows: number[];
  issues: CsvIssue[];
}

/** What csv-parse reports, by its error codes, in words for a spreadsheet user. */
const CSV_ERRORS: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'unterminated quoted field',
  CSV_INVALID_CLOSING_QUOTE: 'text after a closing quote',
  INVALID_OPENING_QUOTE: 'unexpected quote inside a field',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'text after a closing quote',
};

/**
 * Splits RFC 4180 CSV into records with csv-parse (quoted fields with `""`
 * escapes, commas and line breaks inside quotes, CRLF or LF, a BOM; blank
 * lines skipped). Returns the records and, for each, the line on which it
 * starts; a syntax error says where, never what the file holds.
 */
export function parseCsvRecords(text: string): {
  records: string[][];
  lines: number[];
  error?: { line: number; message: string };
} {
  try {
    const endLines: number[] = [];
    const records = parse(text, {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      // Spreadsheets mix line ends; accept each of them anywhere.
      record_delimiter: ['\r\n', '\n', '\r'],
      // The line each record ends on; it starts after the previous one.
      on_record: (record: string[], context) => {
        endLines.push(context.lines);
        return record;
      },
    });
    const lines = records.map((record, i) => {
      const breaks = record.reduce(
        (n, field) => n + (field.match(/\n/g)?.length ?? 0),
        0,
      );
      return Math.max(i === 0 ? 1 : endLines[i - 1] + 1, endLines[i] - breaks);
    });
    return { records, lines };
  } catch (error) {
    if (error instanceof CsvError) {
      return {
        records: [],
        lines: [],
        error: {
          line: typeof error.lines === 'number' ? error.lines : 1,
          message: CSV_ERRORS[error.code] ?? 'the file is not valid CSV',
        },
      };
    }
    throw error;
  }
}

const NUMBER_RE = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Turns a CSV document into raw event objects for the same validation as the
 * JSON ingestion. Cells become fields: numbers for `quantity` and `amount`
 * when they look like numbers (otherwise left as text, so validation reports
 * them), a parsed object for `attributes`.
 */
export function csvToEvents(text: string): CsvEvents {
  const { records, lines, error } = parseCsvRecords(text);
  if (error) {
    return {
      events: [],
      rows: [],
      issues: [{ path: `line ${error.line}`, message: error.message }],
    };
  }
  if (records.length === 0) {
    return {
      events: [],
      rows: [],
      issues: [{ path: 'row 1', message: 'the header row is missing' }],
    };
  }

  const header = records[0].map(h => h.trim());
  const issues: CsvIssue[] = [];
  const known = new Set<string>(CSV_COLUMNS);
  header.forEach((name, index) => {
    if (!known.has(name)) {
      issues.push({
        path: 'row 1',
        message: `unknown column "${name}" (column ${
          index + 1
        }); expected ${CSV_COLUMNS.join(',')}`,
      });
    } else if (header.indexOf(name) !== index) {
      issues.push({ path: 'row 1', message: `duplicate column "${name}"` });
    }
  });
  for (const name of REQUIRED_COLUMNS) {
    if (!header.includes(name)) {
      issues.push({ path: 'row 1', message: `missing column "${name}"` });
    }
  }
  if (issues.length > 0) return { events: [], rows: [], issues };

  const events: unknown[] = [];
  const rows: number[] = [];
  for (let r = 1; r < records.length; r++) {
    const record = records[r];
    const rowNumber = r + 1;
    if (record.length !== header.length) {
      issues.push({
        path: `row ${rowNumber}`,
        message: `has ${record.length} cells, the header has ${header.length} (line ${lines[r]})`,
      });
      continue;
    }
    const event: Record<string, unknown> = {};
    header.forEach((name, index) => {
      const cell = record[index];
      if (cell.trim() === '') return;
      if (name === 'quantity' || name === 'amount') {
        const trimmed = cell.trim();
        event[name] = NUMBER_RE.test(trimmed) ? Number(trimmed) : cell;
      } else if (name === 'attributes') {
        try {
          event.attributes = JSON.parse(cell);
        } catch {
          issues.push({
            path: `row ${rowNumber}.attributes`,
            message: 'is not valid JSON',
          });
        }
      } else {
        event[name] = cell.trim();
      }
    });
    events.push(event);
    rows.push(rowNumber);
  }
  return { events, rows, issues };
}
