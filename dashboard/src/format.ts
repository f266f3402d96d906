// Numbers the Indonesian way (9.900.000; Rp34,64 triliun), or the English way when chosen.
export type Lang = 'id' | 'en';

const locale = (lang: Lang) => (lang === 'id' ? 'id-ID' : 'en-US');

export function formatNumber(value: number | null | undefined, lang: Lang): string {
  if (value === null || value === undefined) return '–';
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 0 }).format(value);
}

export function formatDecimal(value: number, lang: Lang, digits = 2): string {
  return new Intl.NumberFormat(locale(lang), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

const RUPIAH_SCALES: Record<Lang, [number, string][]> = {
  id: [
    [1e12, 'triliun'],
    [1e9, 'miliar'],
    [1e6, 'juta'],
  ],
  en: [
    [1e12, 'trillion'],
    [1e9, 'billion'],
    [1e6, 'million'],
  ],
};

/** Exact integer rupiah (a decimal string, as the graph serves it) in words: "Rp34,64 triliun". */
export function formatRupiah(amountIdr: string | null | undefined, lang: Lang): string {
  if (amountIdr === null || amountIdr === undefined) return '–';
  // Display only: two decimals of the largest scale; the exact figure stays in the graph.
  const value = Number(amountIdr);
  for (const [scale, word] of RUPIAH_SCALES[lang]) {
    if (Math.abs(value) >= scale) return `Rp${formatDecimal(value / scale, lang)} ${word}`;
  }
  return `Rp${formatNumber(value, lang)}`;
}

export function formatPercent(ratio: number | null | undefined, lang: Lang): string {
  if (ratio === null || ratio === undefined) return '–';
  return `${formatDecimal(ratio * 100, lang)}%`;
}

export function formatDate(isoDate: string | null | undefined, lang: Lang): string {
  if (!isoDate) return '–';
  // A Date scalar is a calendar day: format it at UTC so no time zone shifts it.
  return new Intl.DateTimeFormat(locale(lang), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${isoDate.slice(0, 10)}T00:00:00Z`),
  );
}

/** Today's calendar day at UTC (YYYY-MM-DD), as the graph's overdueFollowUps compares. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A moment (ms since the epoch) as the browser's local time of day: "14.05" / "2:05 PM". */
export function formatTime(epochMs: number, lang: Lang): string {
  return new Intl.DateTimeFormat(locale(lang), { hour: 'numeric', minute: '2-digit' }).format(new Date(epochMs));
}
