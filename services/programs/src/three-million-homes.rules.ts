import { FundingScheme } from './funding-scheme.enum.js';
import { HousingSegment } from './housing-segment.enum.js';
import type { SegmentRule } from './national-programme.types.js';

/**
 * Which scheme counts toward which segment of Program 3 Juta Rumah. The ministry publishes no
 * scheme-by-scheme split: this is the hub's reading of the programme (rural = mostly renovation,
 * under Ditjen Perumahan Perdesaan; urban = mostly new homes, under Ditjen Perumahan Perkotaan),
 * served with each reason so that an analyst can see and question it.
 */
export const SEGMENT_RULES: readonly SegmentRule[] = [
  {
    scheme: FundingScheme.BSPS,
    segment: HousingSegment.RURAL,
    reason:
      "BSPS upgrades (PK) or rebuilds (PB) a low-income household's own house, overwhelmingly in villages, and is run by Ditjen Perumahan Perdesaan: the renovation the 2 million rural homes are mostly made of",
  },
  {
    scheme: FundingScheme.CSR,
    segment: HousingSegment.RURAL,
    reason:
      "Companies' CSR housing is mostly the renovation of uninhabitable village houses (rumah layak huni programmes beside BSPS), so it counts with BSPS",
  },
  {
    scheme: FundingScheme.FLPP,
    segment: HousingSegment.URBAN,
    reason:
      'FLPP finances the purchase of new subsidised homes in urban and peri-urban estates built by developers: the new homes the 1 million urban target counts',
  },
];
