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

/**
 * Splits RFC 4180 CSV into records: quoted fields with `""` escapes, commas
 * and line breaks inside quotes, CRLF or LF line ends. Returns the records
 * and, for each, the line on which it starts.
 */
export function parseCsvRecords(text: string): {
  records: string[][];
  lines: number[];
  error?: { line: number; message: string };
} {
  const records: string[][] = [];
  const lines: number[] = [];
  let record: string[] = [];
  let field = '';
  let inQuotes = false;
  let quotedField = false;
  let line = 1;
  let recordLine = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; // skip a BOM

  const endField = () => {
    record.push(field);
    field = '';
    quotedField = false;
  };
  const endRecord = () => {
    endField();
    // Skip blank lines.
    if (!(record.length === 1 && record[0] === '')) {
      records.push(record);
      lines.push(recordLine);
    }
    record = [];
  };

  for (; i < text.length; i++) {
    const c = text[i];
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          inQuotes = false;
        }
      } else {
        if (c === '\n') line++;
        field += c;
      }
      continue;
    }
    if (c === '"') {
      if (field !== '' || quotedField) {
        return {
          records,
          lines,
          error: { line, message: 'unexpected quote inside a field' },
        };
      }
      inQuotes = true;
      quotedField = true;
    } else if (c === ',') {
      endField();
    } else if (c === '\r' && text[i + 1] === '\n') {
      // handled with the \n
    } else if (c === '\n') {
      endRecord();
      line++;
      recordLine = line;
    } else {
      if (quotedField) {
        return {
          records,
          lines,
          error: { line, message: 'text after a closing quote' },
        };
      }
      field += c;
    }
  }
  if (inQuotes) {
    return {
      records,
      lines,
      error: { line: recordLine, message: 'unterminated quoted field' },
    };
  }
  if (field !== '' || record.length > 0) endRecord();
  return { records, lines };
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
