import { createHash } from 'node:crypto';

/**
 * A UUID (version 5 layout, SHA-1 of a label) that is the same on every run: demo records that
 * several subgraphs refer to (a proposal reviewed at a desk meeting, say) get one id without any
 * service reading another's schema. Label conventions: `proposal/<regencyCode>/<fiscalYear>/<scheme>`.
 */
export function deterministicUuid(label: string): string {
  const bytes = createHash('sha1').update(`housing-hub:${label}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The id of the demo proposal of a kab/kota for a fiscal year and scheme (shared by programs and meetings). */
export const demoProposalId = (regencyCode: string, fiscalYear: number, scheme: string) =>
  deterministicUuid(`proposal/${regencyCode}/${fiscalYear}/${scheme}`);
