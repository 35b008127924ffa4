/**
 * Reading a CSV of review findings (one row a finding) into reviews for one
 * hub: every row checked, every problem listed by line and column, so a
 * dry run shows all that must be fixed at once. Rows of the same school,
 * review kind and date make one review, of at most MAX_FINDINGS findings.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { CsvError, parse } from "csv-parse/sync";
import { NetworkSchool, School, type Network } from "../organisations/index.js";
import { KeyStage, Phase, Subject, Theme } from "../taxonomy/index.js";
import { QualityReview } from "./quality-review.entity.js";
import { FINDING_TEXT_MAX_LENGTH } from "./review-finding.entity.js";
import { FindingKind, QualityReviewKind } from "./review.enums.js";
import { MAX_FINDING_THEMES, MAX_FINDINGS } from "./review-limits.js";
import {
  TOO_MANY_THEMES,
  reviewAlreadyRecorded,
  reviewDateProblem,
  reviewFull,
  schoolOutsideHub,
} from "./review.rules.js";
import type { FindingValues, ReviewValues } from "./review.service.js";

/** The header an import must start with, in this order. */
export const CSV_COLUMNS = [
  "school_urn",
  "review_kind",
  "review_date",
  "finding_kind",
  "themes",
  "phase",
  "key_stage",
  "subject",
  "text",
] as const;
type Column = (typeof CSV_COLUMNS)[number];

/** At most this many findings in one file. */
export const IMPORT_MAX_ROWS = 5000;

export interface ImportProblem {
  line: number;
  column: string;
  message: string;
}

/** A row's place in the file and its fields by column name. */
interface Row {
  line: number;
  fields: Record<Column, string>;
}

/** Upper case with words joined by underscores, so "area for development" and "Area-for-development" both read. */
const asEnumValue = (value: string) =>
  value
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, "_");
const FINDING_KIND_ALIASES: Record<string, FindingKind> = {
  STRENGTH: FindingKind.STRENGTH,
  WHAT_WENT_WELL: FindingKind.STRENGTH,
  AREA_FOR_DEVELOPMENT: FindingKind.AREA_FOR_DEVELOPMENT,
  EVEN_BETTER_IF: FindingKind.AREA_FOR_DEVELOPMENT,
};

function enumValue<E extends string>(values: Record<string, E>, raw: string): E | undefined {
  const value = asEnumValue(raw);
  return Object.values(values).includes(value as E) ? (value as E) : undefined;
}

/**
 * Invalid UTF-8 arrives as U+FFFD (the text was decoded before it reached us). A NUL, a binary file
 * pasted as text, never gets here: the GraphQL input guard refuses it for the whole argument.
 */
function encodingProblem(value: string): string | null {
  if (value.includes("\uFFFD")) return "is not valid UTF-8: save the file as 'CSV UTF-8' and try again";
  return null;
}

/** The file's rows with their first line numbers, or the problem that stopped the parser. */
function readRows(csv: string): { rows: Row[]; problems: ImportProblem[] } {
  let records: { record: string[]; info: { lines: number; empty_lines: number } }[];
  try {
    records = parse(csv, { bom: true, relax_column_count: true, skip_empty_lines: true, info: true }) as never;
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = (error as CsvError & { lines?: number }).lines ?? 1;
    return { rows: [], problems: [{ line, column: "", message: `is not valid CSV: ${error.message}` }] };
  }
  const problems: ImportProblem[] = [];
  const [header, ...body] = records;
  if (!header) return { rows: [], problems: [{ line: 1, column: "", message: "the file is empty" }] };
  const names = header.record.map((name) => name.trim().toLowerCase());
  if (names.join(",") !== CSV_COLUMNS.join(",")) {
    const at = CSV_COLUMNS.findIndex((name, index) => names[index] !== name);
    const found = names[at] === undefined ? "nothing" : JSON.stringify(header.record[at]);
    const message = `the header must be exactly ${CSV_COLUMNS.join(",")}; column ${at + 1} is ${found}`;
    return { rows: [], problems: [{ line: header.info.lines, column: CSV_COLUMNS[at] ?? "", message }] };
  }
  if (body.length > IMPORT_MAX_ROWS) {
    return {
      rows: [],
      problems: [{ line: 1, column: "", message: `has ${body.length} rows; at most ${IMPORT_MAX_ROWS}` }],
    };
  }
  const rows: Row[] = [];
  let previous = header.info;
  for (const { record, info } of body) {
    // A quoted field may span lines: the row starts after the last one and the blank lines skipped since.
    const line = previous.lines + 1 + (info.empty_lines - previous.empty_lines);
    previous = info;
    if (record.length !== CSV_COLUMNS.length) {
      problems.push({
        line,
        column: "",
        message: `has ${record.length} fields; every row needs ${CSV_COLUMNS.length}`,
      });
      continue;
    }
    rows.push({ line, fields: Object.fromEntries(CSV_COLUMNS.map((name, index) => [name, record[index]!])) as never });
  }
  return { rows, problems };
}

/** The rows the import reads, looked up in a few queries: schools, the hub's schools, themes, subjects, reviews. */
interface Lookups {
  schoolsByUrn: Map<string, School>;
  hubSchoolIds: Set<string>;
  themesBySlug: Map<string, Theme>;
  subjectsBySlug: Map<string, Subject>;
  recorded: Set<string>;
}

const reviewKey = (urn: string, kind: string, date: string) => `${urn}|${kind}|${date}`;

async function lookups(em: EntityManager, hub: Network, rows: Row[]): Promise<Lookups> {
  const urns = [...new Set(rows.map((row) => row.fields.school_urn.trim()))];
  const schools = await em.find(School, { urn: { $in: urns } });
  const schoolIds = schools.map((school) => school.uuid);
  const [inHub, themes, subjects, reviews] = await Promise.all([
    em.find(NetworkSchool, { network: hub, school: { $in: schoolIds } }),
    em.find(Theme, {}),
    em.find(Subject, {}),
    em.find(QualityReview, { school: { $in: schoolIds } }, { populate: ["school"] }),
  ]);
  return {
    schoolsByUrn: new Map(schools.map((school) => [school.urn, school])),
    hubSchoolIds: new Set(inHub.map((link) => link.school.uuid)),
    themesBySlug: new Map(themes.map((theme) => [theme.slug, theme])),
    subjectsBySlug: new Map(subjects.map((subject) => [subject.slug, subject])),
    recorded: new Set(reviews.map((review) => reviewKey(review.school.unwrap().urn, review.kind, review.reviewDate))),
  };
}

/** One row checked: its review's key and values, its finding, and what is wrong with it. */
function checkRow(row: Row, hub: Network, found: Lookups, problems: ImportProblem[]) {
  const problem = (column: Column, message: string) => problems.push({ line: row.line, column, message });
  const bad = new Set<Column>();
  for (const column of CSV_COLUMNS) {
    const message = encodingProblem(row.fields[column]);
    if (message) {
      problem(column, message);
      bad.add(column);
    }
  }
  const value = (column: Column) => (bad.has(column) ? undefined : row.fields[column].trim());

  const urn = value("school_urn");
  const school = urn === undefined ? undefined : found.schoolsByUrn.get(urn);
  if (urn !== undefined && !school) problem("school_urn", `names no school with URN ${JSON.stringify(urn)}`);
  if (school && !found.hubSchoolIds.has(school.uuid)) problem("school_urn", schoolOutsideHub(school.urn, hub.name));

  const rawKind = value("review_kind");
  const kind = rawKind === undefined ? undefined : enumValue(QualityReviewKind, rawKind);
  if (rawKind !== undefined && !kind) problem("review_kind", `must be QAR or MLQAR, not ${JSON.stringify(rawKind)}`);

  const date = value("review_date");
  const dateProblem = date === undefined ? null : reviewDateProblem(date);
  if (dateProblem) problem("review_date", dateProblem);
  if (school && kind && date && !dateProblem && found.recorded.has(reviewKey(school.urn, kind, date))) {
    problem("review_date", reviewAlreadyRecorded(kind, date));
  }

  const rawFindingKind = value("finding_kind");
  const findingKind = rawFindingKind === undefined ? undefined : FINDING_KIND_ALIASES[asEnumValue(rawFindingKind)];
  if (rawFindingKind !== undefined && !findingKind) {
    problem("finding_kind", `must be STRENGTH or AREA_FOR_DEVELOPMENT, not ${JSON.stringify(rawFindingKind)}`);
  }

  const themeSlugs = [
    ...new Set(
      (value("themes") ?? "")
        .split(";")
        .map((slug) => slug.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
  if (!bad.has("themes") && themeSlugs.length === 0)
    problem("themes", "must name at least one theme (slugs separated by ';')");
  if (themeSlugs.length > MAX_FINDING_THEMES) problem("themes", `${TOO_MANY_THEMES}, not ${themeSlugs.length}`);
  const unknownThemes = themeSlugs.filter((slug) => !found.themesBySlug.has(slug));
  if (unknownThemes.length > 0) {
    problem("themes", `names no known theme for ${unknownThemes.map((slug) => JSON.stringify(slug)).join(", ")}`);
  }

  const optional = <T>(
    column: Column,
    read: (raw: string) => T | undefined,
    expected: string,
  ): T | null | undefined => {
    const raw = value(column);
    if (raw === undefined) return undefined;
    if (raw === "") return null;
    const read_ = read(raw);
    if (read_ === undefined) problem(column, `must be ${expected} or empty, not ${JSON.stringify(raw)}`);
    return read_;
  };
  const phase = optional("phase", (raw) => enumValue(Phase, raw), `one of ${Object.values(Phase).join(", ")}`);
  const keyStage = optional(
    "key_stage",
    (raw) => enumValue(KeyStage, raw.replace(/\s+/g, "")),
    `one of ${Object.values(KeyStage).join(", ")}`,
  );
  const subject = optional("subject", (raw) => found.subjectsBySlug.get(raw.toLowerCase()), "a subject's slug");

  const text = value("text");
  if (text !== undefined && (text.length < 3 || text.length > FINDING_TEXT_MAX_LENGTH)) {
    problem("text", `must say what the review found, in 3 to ${FINDING_TEXT_MAX_LENGTH} characters`);
  }

  const themesBad = unknownThemes.length > 0 || themeSlugs.length > MAX_FINDING_THEMES;
  if (!school || !kind || !date || !findingKind || text === undefined || themesBad) return null;
  const finding: FindingValues = {
    kind: findingKind,
    themes: themeSlugs.map((slug) => found.themesBySlug.get(slug)!),
    phase: phase ?? null,
    keyStage: keyStage ?? null,
    subject: subject ?? null,
    text,
  };
  return { key: reviewKey(school.urn, kind, date), review: { school, hub, kind, reviewDate: date }, finding };
}

/**
 * Every problem with a CSV import for `hub`, by line then column, and the
 * reviews it makes (complete only when there are no problems).
 */
export async function readReviewCsv(
  em: EntityManager,
  hub: Network,
  csv: string,
): Promise<{ problems: ImportProblem[]; reviews: ReviewValues[]; findingCount: number }> {
  const { rows, problems } = readRows(csv);
  if (rows.length === 0 && problems.length === 0) {
    problems.push({ line: 2, column: "", message: "has no findings below the header" });
  }
  const found = await lookups(em, hub, rows);
  const reviews = new Map<string, ReviewValues>();
  const seen = new Map<string, number>();
  let findingCount = 0;
  for (const row of rows) {
    const checked = checkRow(row, hub, found, problems);
    const sameRow = CSV_COLUMNS.map((column) => row.fields[column].trim().toLowerCase()).join("\u0001");
    const first = seen.get(sameRow);
    if (first !== undefined) problems.push({ line: row.line, column: "", message: `repeats line ${first}` });
    else seen.set(sameRow, row.line);
    if (!checked || first !== undefined) continue;
    const review = reviews.get(checked.key) ?? { ...checked.review, findings: [] };
    if (review.findings.length === MAX_FINDINGS) {
      problems.push({ line: row.line, column: "", message: reviewFull(review.kind, review.reviewDate) });
      continue;
    }
    review.findings.push(checked.finding);
    reviews.set(checked.key, review);
    findingCount += 1;
  }
  const order = (column: string) => CSV_COLUMNS.indexOf(column as Column);
  problems.sort((a, b) => a.line - b.line || order(a.column) - order(b.column));
  return { problems, reviews: [...reviews.values()], findingCount };
}
