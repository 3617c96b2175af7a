import { parse } from "csv-parse/sync";

/** The two shapes an import file comes in. */
export const IMPORT_FORMATS = ["csv", "plain"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** The columns of the plain format hand-written scripts read: `First Last email user_id password`. */
export const PLAIN_COLUMNS = ["first name", "last name", "email", "user ID", "password"];

/** At most this many rows per import: a bigger file is split, so a dry run stays readable. */
export const MAX_IMPORT_ROWS = 20_000;

export type ImportLine = { line: number; cells: string[] };
export type ImportFile = { header: string[]; lines: ImportLine[] };

export class ImportFileError extends Error {}

/**
 * The header and the data lines of an import file, each with its line number in the file (the
 * header is line 1 of a CSV). Empty lines are skipped. Throws ImportFileError with the line and
 * what is wrong when the file cannot be read as the format says.
 */
export function readImportFile(text: string, format: ImportFormat): ImportFile {
  const file = format === "csv" ? readCsv(text) : readPlain(text);
  if (file.lines.length === 0) throw new ImportFileError("The file has no rows to import.");
  if (file.lines.length > MAX_IMPORT_ROWS) {
    throw new ImportFileError(
      `The file has ${file.lines.length.toLocaleString("en")} rows; import at most ${MAX_IMPORT_ROWS.toLocaleString("en")} at a time.`,
    );
  }
  return file;
}

type CsvRecord = { record: string[]; raw: string };

/** Line ends of any kind: \r\n, \n, or a bare \r (old Mac files), as the CSV reader takes them. */
const newlines = (text: string) => text.match(/\r\n|\r|\n/g)?.length ?? 0;

function readCsv(text: string): ImportFile {
  let records: CsvRecord[];
  try {
    records = parse(text, {
      bom: true,
      skip_empty_lines: true,
      trim: true,
      raw: true,
      relax_column_count: true,
    }) as unknown as CsvRecord[];
  } catch (error) {
    throw new ImportFileError(`The CSV cannot be read: ${(error as Error).message}`);
  }
  // Each record's raw text holds the empty lines skipped before it and its own line ends, so
  // counting them gives the line it starts on.
  let consumed = 0;
  const numbered = records.map(({ record, raw }) => {
    const line = 1 + consumed + newlines(/^[\r\n]*/.exec(raw)?.[0] ?? "");
    consumed += newlines(raw);
    return { line, cells: record };
  });
  const [first, ...rest] = numbered;
  if (!first) return { header: [], lines: [] };
  const header = first.cells;
  if (header.every((cell) => cell === "")) {
    throw new ImportFileError("The first line must name the columns (a header row).");
  }
  for (const { line, cells } of rest) {
    if (cells.length > header.length) {
      throw new ImportFileError(
        `Line ${line} has ${cells.length} fields; the header names ${header.length}.`,
      );
    }
  }
  return { header, lines: rest };
}

function readPlain(text: string): ImportFile {
  const lines: ImportLine[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const cells = raw.trim().split(/\s+/);
    if (raw.trim() === "") return;
    if (cells.length < 4 || cells.length > PLAIN_COLUMNS.length) {
      throw new ImportFileError(
        `Line ${index + 1} has ${cells.length} words; the plain format is "First Last email user_id password" (the password may be left out).`,
      );
    }
    lines.push({ line: index + 1, cells });
  });
  return { header: PLAIN_COLUMNS, lines };
}
