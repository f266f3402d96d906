import { Field, InputType } from 'type-graphql';

/** Where the figures of an imported file come from: stored as the DataSource of every fact it brings. */
@InputType({ description: 'Provenance of an imported file' })
export class ImportSourceInput {
  @Field({ description: 'What the publication is, e.g. "Pendataan RTLH 2025"' })
  name!: string;

  @Field({ description: 'Who published it, e.g. "Dinas Perkim Kabupaten Lombok Barat"' })
  publisher!: string;

  @Field(() => String, { nullable: true, description: 'Publication date, YYYY-MM-DD' })
  publishedOn?: string | null;

  @Field(() => String, { nullable: true })
  url?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'A stable code for the source; a re-issue of the same source uses the same code. Defaults to one derived from publisher and name',
  })
  code?: string | null;
}

export interface ImportSource {
  name: string;
  publisher: string;
  publishedOn?: string | null;
  url?: string | null;
  code?: string | null;
}

/** `Dinas Perkim Lombok Barat` + `Pendataan RTLH 2025` -> `DINAS-PERKIM-LOMBOK-BARAT/PENDATAAN-RTLH-2025`. */
export function sourceCodeOf(source: ImportSource): string {
  if (source.code?.trim()) return source.code.trim().toUpperCase();
  const slug = (text: string) =>
    text
      .normalize('NFKD')
      .toUpperCase()
      .replace(/[^A-Z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
  return `${slug(source.publisher)}/${slug(source.name)}`;
}

/** Checks a source before anything is read; returns what is wrong, or nothing. */
export function sourceProblems(source: ImportSource): string[] {
  const problems: string[] = [];
  if (!source.name?.trim()) problems.push('the source needs a name');
  if (!source.publisher?.trim()) problems.push('the source needs a publisher');
  if (source.publishedOn && !/^\d{4}-\d{2}-\d{2}$/.test(source.publishedOn)) problems.push('publishedOn must be YYYY-MM-DD');
  if (source.url && !/^https?:\/\//.test(source.url)) problems.push('url must start with http:// or https://');
  return problems;
}

/** Why an imported source has no publication date: every source has one or says why not. */
export const UNDATED_IMPORT_REASON = 'Undated: the import that recorded this source gave no publication date';

/**
 * The one way an import records its source in a service's `data_source`: as published (an imported
 * file is a publication, so a source seeded as modeled and now imported stops being modeled), its
 * name, publisher, date and URL refreshed. `placeholder(i)` writes the i-th (1-based) parameter in the
 * caller's driver style: `$1` for a raw pg/PGlite query, `?` for MikroORM's `execute`.
 */
export function recordPublishedSource(
  schema: string,
  code: string,
  source: ImportSource,
  placeholder: (index: number) => string,
): { sql: string; params: unknown[] } {
  const [p1, p2, p3, p4, p5, p6] = [1, 2, 3, 4, 5, 6].map(placeholder);
  const publishedOn = source.publishedOn ?? null;
  return {
    sql: `insert into ${schema}.data_source (code, name, publisher, published_on, url, modeled, undated_reason)
          values (${p1}, ${p2}, ${p3}, ${p4}::date, ${p5}, false, ${p6})
          on conflict (code) do update set name = excluded.name, publisher = excluded.publisher,
            published_on = excluded.published_on, url = excluded.url, modeled = false,
            undated_reason = excluded.undated_reason`,
    params: [code, source.name, source.publisher, publishedOn, source.url ?? null, publishedOn ? null : UNDATED_IMPORT_REASON],
  };
}

/**
 * "Was this file imported already?", asked one way by every service: the rows its batch recorded, or
 * null. An UNCHANGED file is answered from the batch, without reading it a second time.
 */
export async function importedBatch(
  execute: (sql: string, params: unknown[]) => Promise<{ id: string; row_count: number; imported_by: string | null }[]>,
  schema: string,
  dataset: string,
  sha256: string,
): Promise<{ batchId: string; rows: number; importedBy: string | null } | null> {
  const [batch] = await execute(
    `select id::text as id, row_count, imported_by from ${schema}.import_batch where dataset = ? and sha256 = ?`,
    [dataset, sha256],
  );
  return batch ? { batchId: String(batch.id), rows: Number(batch.row_count), importedBy: batch.imported_by } : null;
}
