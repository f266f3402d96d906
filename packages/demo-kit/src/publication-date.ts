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
    published_on: publicationDateFromUrl(url),
    url,
    modeled: false,
  };
}
