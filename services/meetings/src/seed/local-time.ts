/** UTC offsets of the Indonesian time zones the hub uses (no daylight saving time in Indonesia). */
const OFFSET_HOURS: Record<string, number> = {
  'Asia/Jakarta': 7,
  'Asia/Pontianak': 7,
  'Asia/Makassar': 8,
  'Asia/Jayapura': 9,
};

/** An ISO instant for a local day and time in an Indonesian time zone: `localInstant('2025-06-12', '09:00', 'Asia/Pontianak')`. */
export function localInstant(day: string, time: string, timeZone: string): string {
  const offset = OFFSET_HOURS[timeZone];
  if (offset === undefined) throw new Error(`No UTC offset known for ${timeZone}`);
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return new Date(Date.UTC(year, month - 1, date, hours - offset, minutes)).toISOString();
}
