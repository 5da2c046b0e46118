import type { OverviewRow } from './rows';
import { COLUMN_LABELS } from '../i18n/overview';
import { dutchDate, missingText, payPeriodText, rightsText, stageText } from './labels';
import { dayText } from '../registration/dates';

/**
 * "Exporteren als CSV": what the table shows, for Excel in the Netherlands. Excel opens a .csv
 * by double-click with the system's list separator (`;` under Dutch regional settings) and reads
 * UTF-8 only when the file starts with a BOM. Writing needs only RFC 4180 quoting (csvCell); a CSV
 * library is not bundled because papaparse, the well-kept one, carries XMLHttpRequest code for
 * remote files, and the extension ships no network code (trust.spec). The tests read every
 * export back with papaparse, so the quoting is checked by a real parser.
 */

/**
 * An identifier Excel must not turn into a number (leading zeros lost, 16+ digits rounded,
 * "1E5" read as scientific): written as the formula ="…", which Excel and LibreOffice show as
 * the exact text. A leading apostrophe is not used: Excel shows it in CSV cells.
 */
export function idCell(value: string): string {
  return value ? `="${value.replace(/"/g, '""')}"` : '';
}

/** Reads an idCell back (tests and anyone parsing the file). */
export function fromIdCell(cell: string): string {
  const m = /^="(.*)"$/s.exec(cell);
  return m ? m[1]!.replace(/""/g, '"') : cell;
}

/**
 * Free text from Loket.nl or the user (names) may start with = + - @: spreadsheet programs would
 * run it as a formula (CSV injection). A leading apostrophe keeps it text and visible as such.
 */
export function textCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * Dutch headers, in table order (the DGA column split in a count and the names). Headers and cells
 * stay Dutch in English mode too: the file is for Excel in the Netherlands and for Dutch colleagues,
 * and a file's columns must not change with the language of whoever exported it.
 */
export const CSV_HEADERS = [
  COLUMN_LABELS.name.nl,
  COLUMN_LABELS.werkgeverId.nl,
  'Loonheffingennummer',
  'Andere loonheffingennummers',
  'Administratie',
  "Aantal DGA's",
  "Namen DGA's",
  COLUMN_LABELS.verloning.nl,
  COLUMN_LABELS.dertiendeMaand.nl,
  COLUMN_LABELS.missing.nl,
  COLUMN_LABELS.rights.nl,
  COLUMN_LABELS.stage.nl,
  'Fase sinds',
  'Keylane contact',
  'Bevestigd op',
  COLUMN_LABELS.firstExchange.nl,
  COLUMN_LABELS.lastSeen.nl,
] as const;

export function csvRecord(row: OverviewRow): string[] {
  const chosen = row.numbers.find((n) => n.chosen);
  const others = row.numbers.filter((n) => !n.chosen);
  return [
    textCell(row.name),
    idCell(row.werkgeverId),
    idCell(chosen?.number ?? ''),
    textCell(others.map((n) => (n.administration ? `${n.number} · ${n.administration}` : n.number)).join(', ')),
    textCell(chosen?.administration ?? ''),
    String(row.dgaNames.length),
    textCell(row.dgaNames.join(', ')),
    row.verloning ? payPeriodText(row.verloning, 'nl') : '',
    row.dertiendeMaand === null ? '' : row.dertiendeMaand ? 'Ja' : 'Nee',
    missingText(row, 'nl'),
    rightsText(row.rights, 'nl'),
    stageText(row.stage, 'nl'),
    dutchDate(row.stageDate),
    dayText(row.keylaneContact),
    dutchDate(row.confirmed),
    dayText(row.firstExchange),
    dutchDate(row.lastSeen),
  ];
}

const BOM = '\uFEFF';

/** A cell as RFC 4180 writes it: quoted (quotes doubled) when it holds `;`, a quote, a line break or edge spaces. */
export function csvCell(value: string): string {
  return /[";\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function rowsToCsv(rows: readonly OverviewRow[]): string {
  const lines = [[...CSV_HEADERS], ...rows.map(csvRecord)].map((cells) => cells.map(csvCell).join(';'));
  return BOM + lines.join('\r\n') + '\r\n';
}

export function csvFileName(now: Date): string {
  return `werkgevers-${now.toISOString().slice(0, 10)}.csv`;
}
