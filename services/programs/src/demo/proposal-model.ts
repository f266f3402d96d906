import { demoBspsProposedUnits, demoProposalId, DEMO_PROPOSAL_FISCAL_YEAR, hashSeed } from '@housing-hub/demo-kit';
import type { AreaFrame } from '@housing-hub/reference-frame';
import { FundingScheme } from '../funding-scheme.enum.js';
import { ProposalStatus } from '../proposal-status.enum.js';
import { pathTo } from '../proposal-flow.js';

export interface ProposalRow {
  id: string;
  regency_code: string;
  province_code: string;
  scheme: FundingScheme;
  fiscal_year: number;
  proposed_units: number;
  status: ProposalStatus;
  proposer: string;
  note: string | null;
  source_code: string;
  created_at: string;
  updated_at: string;
}

export interface ProposalEventRow {
  proposal_id: string;
  from_status: ProposalStatus | null;
  to_status: ProposalStatus;
  note: string | null;
  actor: string;
  at: string;
}

export const DEMO_FISCAL_YEAR = DEMO_PROPOSAL_FISCAL_YEAR;

/** Every demo proposal says it is demo data: it points at this modeled source (`Proposal.source.modeled`). */
export const DEMO_PROPOSAL_SOURCE = {
  code: `DEMO-PROPOSALS-${DEMO_PROPOSAL_FISCAL_YEAR}`,
  name: `Demo dataset: modeled ${DEMO_PROPOSAL_FISCAL_YEAR} proposals (not real submissions)`,
  publisher: 'Housing data hub (modeled demo dataset)',
  published_on: null,
  url: null,
  modeled: true,
};

// Where the demo proposals stand: most are somewhere in verification, a few decided, a few still drafts.
const STATUS_MIX: [ProposalStatus, number][] = [
  [ProposalStatus.DRAFT, 8],
  [ProposalStatus.SUBMITTED, 22],
  [ProposalStatus.ADMIN_VERIFIED, 25],
  [ProposalStatus.TECH_VERIFIED, 20],
  [ProposalStatus.APPROVED, 15],
  [ProposalStatus.REJECTED, 10],
];

function statusOf(label: string): ProposalStatus {
  let pick = hashSeed(label) % 100;
  for (const [status, share] of STATUS_MIX) {
    if (pick < share) return status;
    pick -= share;
  }
  return ProposalStatus.SUBMITTED;
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * The demo proposals: one BSPS proposal for fiscal year 2026 from every kab/kota (the meetings
 * subgraph's desk reviews point at them by `demoProposalId(code, 2026, 'BSPS')`), in varied statuses,
 * and PSU proposals from about a fifth of the kab/kota. Each has its history of flow steps.
 */
export function buildProposalModel(frame: AreaFrame): {
  source: typeof DEMO_PROPOSAL_SOURCE;
  proposals: ProposalRow[];
  events: ProposalEventRow[];
} {
  const proposals: ProposalRow[] = [];
  const events: ProposalEventRow[] = [];
  const bspsUnits = demoBspsProposedUnits(frame.regencies);
  const start = Date.UTC(2025, 6, 1);
  const add = (code: string, provinceCode: string, name: string, scheme: FundingScheme, units: number) => {
    const id = demoProposalId(code, DEMO_FISCAL_YEAR, scheme);
    const status = statusOf(`proposal-status/${code}/${DEMO_FISCAL_YEAR}/${scheme}`);
    const created = start + (hashSeed(`proposal-created/${id}`) % 60) * DAY;
    const steps = pathTo(status);
    let at = created;
    let from: ProposalStatus | null = null;
    for (const step of steps) {
      events.push({
        proposal_id: id,
        from_status: from,
        to_status: step,
        note: from === null ? 'Created in SIBARU' : null,
        actor: 'demo',
        at: new Date(at).toISOString(),
      });
      from = step;
      at += (3 + (hashSeed(`proposal-step/${id}/${step}`) % 20)) * DAY;
    }
    proposals.push({
      id,
      regency_code: code,
      province_code: provinceCode,
      scheme,
      fiscal_year: DEMO_FISCAL_YEAR,
      proposed_units: units,
      status,
      proposer: `Dinas Perkim ${name}`,
      note: null,
      source_code: DEMO_PROPOSAL_SOURCE.code,
      created_at: new Date(created).toISOString(),
      updated_at: events.at(-1)!.at,
    });
  };
  frame.regencies.forEach((regency) => {
    add(regency.code, regency.provinceCode, regency.name, FundingScheme.BSPS, bspsUnits.get(regency.code)!);
    if (hashSeed(`proposal-psu/${regency.code}`) % 5 === 0) {
      add(
        regency.code,
        regency.provinceCode,
        regency.name,
        FundingScheme.PSU,
        20 + (hashSeed(`proposal-psu-units/${regency.code}`) % 180),
      );
    }
  });
  return { source: DEMO_PROPOSAL_SOURCE, proposals, events };
}
