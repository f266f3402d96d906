import { hashSeed } from './seeded-random.js';

/**
 * The publication date a news or press URL carries in its path ("/2026/01/03/", "/read/20230907/"),
 * as YYYY-MM-DD; null when it carries none. The reference files give a URL per figure but no date
 * column, and most Indonesian news sites date their article paths: this keeps `publishedOn` honest
 * (a date only where the source itself states one).
 */
export function publicationDateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const match = /\/(20\d{2})\/(\d{2})\/(\d{2})(?:\/|$)/.exec(path) ?? /\/(20\d{2})(\d{2})(\d{2})\//.exec(path);
  if (!match) return null;
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  // A path segment that only looks like a date (month 13, day 32) is not one.
  if (date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) return null;
  return `${year}-${month}-${day}`;
}

/** A `data_source` row for a figure published at `url`: one per address, whoever cites it. */
export function publishedSourceRow(url: string) {
  const host = new URL(url).hostname;
  return {
    code: `PUB-${hashSeed(url).toString(36).toUpperCase()}`,
    name: `Published figure (${host})`,
    publisher: host,
    published_on: publicationDateFromUrl(url) ?? STATED_PUBLICATION_DATES[url] ?? null,
    url,
    modeled: false,
  };
}

/**
 * When the hub published its modeled demo dataset (its first release, the date of the demo's first
 * migration): the publication date of every modeled source, since the hub is their publisher.
 */
export const DEMO_DATASET_PUBLISHED_ON = '2026-11-23';

/**
 * Publication dates the reference files state in a note where the address carries none
 * (PROVENANCE.md: national_bsps.csv, "SNVT Jawa Tengah slide 2018-02-12").
 */
export const STATED_PUBLICATION_DATES: Readonly<Record<string, string>> = {
  'https://id.scribd.com/document/726705794/Bahan-Tayang-Fgd-12-Feb': '2018-02-12',
};

/** Why a source has no publication date, in its record (`undated_reason`), by what it is. */
export const UNDATED_REASONS = {
  page: 'Undated: the cited page states no date the hub could verify; its address carries none and the reference files (PROVENANCE.md) give none, so the hub does not guess one',
  target:
    'Undated: the Program 3 Juta Rumah target was announced by the government in many statements; the reference files cite no single dated publication',
  unstated: 'Undated: no publication date was given for this source when it was recorded, and it cites no page',
} as const;

/**
 * The statements that give every source of `schema.data_source` a publication date, or a reason in
 * `undated_reason` why it has none: modeled sources take the demo's release date, published ones the
 * date their reference note states. Idempotent (only rows still without a date are touched), so a
 * service runs it after every seed, and a database seeded before the column existed is filled too.
 */
export function publicationDateStatements(schema: string): string[] {
  const quote = (value: string) => `'${value.replace(/'/g, "''")}'`;
  const stated = Object.entries(STATED_PUBLICATION_DATES)
    .map(([url, date]) => `when url = ${quote(url)} then date ${quote(date)}`)
    .join(' ');
  return [
    // Only rows that get a date: an undated source is not rewritten at every start.
    `update ${schema}.data_source set published_on = case when modeled then date ${quote(DEMO_DATASET_PUBLISHED_ON)} ${stated} end
     where published_on is null and (modeled or url in (${Object.keys(STATED_PUBLICATION_DATES).map(quote).join(', ') || 'null'}))`,
    `update ${schema}.data_source set undated_reason = case
       when code = 'P3JR-TARGET' then ${quote(UNDATED_REASONS.target)}
       when url is not null then ${quote(UNDATED_REASONS.page)}
       else ${quote(UNDATED_REASONS.unstated)} end
     where published_on is null and undated_reason is null`,
    // A source that got its date later (a re-issued import) keeps no stale reason.
    `update ${schema}.data_source set undated_reason = null where published_on is not null and undated_reason is not null`,
  ];
}
