/** The gateway's cursor: each service's own position, in one opaque string. */
export type Positions = Record<string, string>;

export const encodeCursor = (positions: Positions) => Buffer.from(JSON.stringify(positions)).toString('base64url');

export function decodeCursor(cursor: string | null): Positions | null {
  if (!cursor) return {};
  try {
    const positions = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as unknown;
    if (!positions || typeof positions !== 'object' || Array.isArray(positions)) return null;
    return Object.fromEntries(Object.entries(positions).filter(([, value]) => typeof value === 'string')) as Positions;
  } catch {
    return null;
  }
}
