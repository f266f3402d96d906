import type { EntityManager } from '@mikro-orm/core';
import { RegencyKind } from './regency-kind.enum.js';

/** How an analyst types an area: "Kab. Bekasi", "kabupaten bekasi", "KOTA BIMA", "Prov. NTB", "Bekasí". */
export interface ParsedAreaQuery {
  /** The name without its kind: lowercase, no accents, words separated by one space. */
  core: string;
  /** The kind the text names, when it names one. */
  kind: RegencyKind | null;
  /** True when the text says "provinsi" / "prov.". */
  province: boolean;
}

const KIND_WORDS: Record<string, RegencyKind> = {
  kab: RegencyKind.KABUPATEN,
  kabupaten: RegencyKind.KABUPATEN,
  kota: RegencyKind.KOTA,
  kodya: RegencyKind.KOTA,
  kotamadya: RegencyKind.KOTA,
};
const PROVINCE_WORDS = new Set(['prov', 'provinsi', 'propinsi']);
// Words of the official names that people leave out or shorten ("Kab. Adm. Kep. Seribu").
const DROPPED_WORDS = new Set(['adm', 'administrasi']);
const EXPANDED_WORDS: Record<string, string> = { kep: 'kepulauan' };

/** Lowercase, accents removed, anything but letters and digits turned into single spaces. */
export function normalizeAreaText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function parseAreaQuery(text: string): ParsedAreaQuery {
  const words = normalizeAreaText(text).split(' ').filter(Boolean);
  let kind: RegencyKind | null = null;
  let province = false;
  // Kind words count only in front ("Kota Bima"), not inside a name ("Kotabaru" is one word anyway).
  while (words.length > 1 && (KIND_WORDS[words[0]!] || PROVINCE_WORDS.has(words[0]!) || DROPPED_WORDS.has(words[0]!))) {
    const word = words.shift()!;
    if (KIND_WORDS[word]) kind = KIND_WORDS[word]!;
    if (PROVINCE_WORDS.has(word)) province = true;
  }
  const core = words
    .filter((w) => !DROPPED_WORDS.has(w))
    .map((w) => EXPANDED_WORDS[w] ?? w)
    .join(' ');
  return { core, kind, province };
}

// The same normalization as normalizeAreaText, in SQL (translate covers the accented letters of Latin-1).
const ACCENTED = 'ÀÁÂÃÄÅàáâãäåÈÉÊËèéêëÌÍÎÏìíîïÒÓÔÕÖòóôõöÙÚÛÜùúûüÇçÑñÝýÿ';
const PLAIN = 'AAAAAAaaaaaaEEEEeeeeIIIIiiiiOOOOOoooooUUUUuuuuCcNnYyy';
const normalized = (column: string) =>
  `trim(regexp_replace(lower(translate(${column}, '${ACCENTED}', '${PLAIN}')), '[^a-z0-9]+', ' ', 'g'))`;

export interface AreaMatch {
  level: 'PROVINCE' | 'REGENCY';
  code: string;
  name: string;
  kind: RegencyKind | null;
  score: number;
}

interface MatchRow {
  level: 'PROVINCE' | 'REGENCY';
  code: string;
  name: string;
  kind: string | null;
  score: string | number;
}

/**
 * Finds provinces and kab/kota by name, ranked in SQL: the whole name without its kind first, then
 * names that start with the text, then a word of the name, then anywhere in it; a kind or level the
 * text names lifts the areas of that kind ("Kota Bima" puts Kota Bima before Kabupaten Bima). A code
 * ("52.01" or "5201") finds its area.
 */
export class AreaSearchService {
  constructor(private readonly em: EntityManager) {}

  async search(text: string, limit: number): Promise<AreaMatch[]> {
    const query = parseAreaQuery(text);
    if (query.core === '') return [];
    const code = /^\d{2}(\.?\d{2})?$/.test(text.trim()) ? text.trim().replace(/^(\d{2})\.?(\d{2})$/, '$1.$2') : null;
    const rows = await this.em.getConnection().execute<MatchRow[]>(
      `with areas as (
         select 'PROVINCE' as level, p.code, p.name, null::text as kind, ${normalized('p.name')} as core from regions.province p
         union all
         select 'REGENCY', r.code, r.name, r.kind::text,
           ${normalized(`regexp_replace(r.name, '^(Kabupaten|Kota)( Administrasi){0,1} ', '')`)} from regions.regency r
       ),
       scored as (
         select a.*,
           case
             when a.code = ? then 200
             when a.core = ? then 100
             when a.core like ? || '%' then 80
             when (' ' || a.core) like '% ' || ? || '%' then 60
             when a.core like '%' || ? || '%' then 40
             else 0
           end
           + case when ?::text is null then 0 when a.kind = ? then 10 else -30 end
           + case when ? then (case when a.level = 'PROVINCE' then 10 else -30 end) else 0 end as score
         from areas a
       )
       select level, code, name, kind, score from scored where score > 0
       order by score desc, level, kind nulls first, code
       limit ?`,
      [code, query.core, query.core, query.core, query.core, query.kind, query.kind, query.province, limit],
      'all',
    );
    return (rows as MatchRow[]).map((row) => ({
      ...row,
      kind: (row.kind as RegencyKind | null) ?? null,
      score: Number(row.score),
    }));
  }
}
