import type { EntityManager } from '@mikro-orm/core';
import type { RequiredArea, RequiredNeed } from './area.types.js';
import type { FundingFigure } from './funding.service.js';
import type { FundingScheme } from './funding-scheme.enum.js';
import { Proposal } from './proposal.entity.js';
import { ProposalStatus } from './proposal-status.enum.js';

/** The need indicators an area brings through `@requires` (the same names as regions' `NeedIndicator`). */
export enum NeedIndicator {
  HOUSEHOLDS = 'HOUSEHOLDS',
  OWNERSHIP_BACKLOG = 'OWNERSHIP_BACKLOG',
  HABITABILITY_BACKLOG = 'HABITABILITY_BACKLOG',
  UNINHABITABLE_HOMES = 'UNINHABITABLE_HOMES',
}

const NEED_FIELDS = {
  [NeedIndicator.HOUSEHOLDS]: 'households',
  [NeedIndicator.OWNERSHIP_BACKLOG]: 'ownershipBacklog',
  [NeedIndicator.HABITABILITY_BACKLOG]: 'habitabilityBacklog',
  [NeedIndicator.UNINHABITABLE_HOMES]: 'uninhabitableHomes',
} as const;

/** The selection of an area's latest need that programs requires from regions: every indicator, with whether it is modeled. */
export const REQUIRED_NEED_SELECTION = `latestNeed { year ${Object.values(NEED_FIELDS)
  .map((field) => `${field} ${field}Source { modeled }`)
  .join(' ')} }`;

/** An indicator's value in a required need, and whether that value is modeled. */
export function needValue(
  need: RequiredNeed | null | undefined,
  indicator: NeedIndicator,
): { value: number | null; modeled: boolean } {
  const field = NEED_FIELDS[indicator];
  const value = need?.[field] ?? null;
  return { value, modeled: need?.[`${field}Source`]?.modeled === true };
}

export interface FundingAgainstNeedRow {
  rank: number;
  code: string;
  units: number;
  amountIdr: string;
  needYear: number | null;
  needValue: number | null;
  /** units / needValue; null without a need figure. */
  ratio: number | null;
  modeled: boolean;
}

/**
 * Ranks areas by what the schemes delivered against one need indicator (e.g. FLPP units per household
 * in ownership backlog; all schemes per RTLH for coverage). Areas without the figure rank last; the
 * code breaks ties, so the same question always gets the same order.
 */
export function rankFundingAgainstNeed(
  areas: readonly RequiredArea[],
  funding: readonly FundingFigure[][],
  schemes: readonly FundingScheme[],
  indicator: NeedIndicator,
  descending: boolean,
  first: number | null,
): FundingAgainstNeedRow[] {
  const wanted = new Set(schemes);
  const rows = areas.map((area, index) => {
    const figures = (funding[index] ?? []).filter((f) => wanted.has(f.scheme));
    const units = figures.reduce((total, f) => total + f.units, 0);
    const amount = figures.reduce((total, f) => total + BigInt(f.amountIdr), 0n);
    const need = needValue(area.latestNeed, indicator);
    return {
      rank: 0,
      code: area.code,
      units,
      amountIdr: amount.toString(),
      needYear: area.latestNeed?.year ?? null,
      needValue: need.value,
      ratio: need.value ? units / need.value : null,
      modeled: need.modeled || figures.some((f) => f.source?.modeled === true),
    };
  });
  rows.sort((a, b) => {
    if (a.ratio === null || b.ratio === null)
      return a.ratio === b.ratio ? a.code.localeCompare(b.code) : a.ratio === null ? 1 : -1;
    return (descending ? b.ratio - a.ratio : a.ratio - b.ratio) || a.code.localeCompare(b.code);
  });
  for (const [index, row] of rows.entries()) row.rank = index + 1;
  return first == null ? rows : rows.slice(0, first);
}

export enum NeedComparison {
  /** More units proposed than the kab/kota's RTLH count. */
  EXCEEDS_NEED = 'EXCEEDS_NEED',
  /** The kab/kota has no RTLH figure to check against. */
  NO_NEED_DATA = 'NO_NEED_DATA',
}

export interface ProposalAgainstNeed {
  proposal: Proposal;
  comparison: NeedComparison;
  rtlh: number | null;
  needYear: number | null;
  /** proposedUnits - RTLH; null without an RTLH figure. */
  excess: number | null;
  needModeled: boolean;
}

export interface ProposalsAgainstNeedRequest {
  fiscalYear: number;
  schemes?: readonly FundingScheme[] | null;
  statuses?: readonly ProposalStatus[] | null;
  exceedingNeed: boolean;
  withoutNeed: boolean;
  limit: number | null;
}

/**
 * Proposals checked against the RTLH of their kab/kota, the way a desk sinkronisasi checks them. The
 * need comes from regions through the graph (`@requires`) and is joined here as a parameter: one
 * statement, filtered and ordered in SQL (largest excess first, then those without need data).
 */
export async function proposalsAgainstNeed(
  em: EntityManager,
  regencies: readonly RequiredArea[],
  request: ProposalsAgainstNeedRequest,
): Promise<ProposalAgainstNeed[]> {
  if (!request.exceedingNeed && !request.withoutNeed) return [];
  const need = regencies.map((r) => ({
    code: r.code,
    rtlh: r.latestNeed?.uninhabitableHomes ?? null,
    year: r.latestNeed?.year ?? null,
    modeled: r.latestNeed?.uninhabitableHomesSource?.modeled === true,
  }));
  const conditions = ['p.fiscal_year = ?'];
  const params: unknown[] = [JSON.stringify(need), request.fiscalYear];
  if (request.schemes) {
    conditions.push('p.scheme::text in (select json_array_elements_text(?::json))');
    params.push(JSON.stringify(request.schemes));
  }
  if (request.statuses) {
    conditions.push('p.status::text in (select json_array_elements_text(?::json))');
    params.push(JSON.stringify(request.statuses));
  }
  const which = [
    ...(request.exceedingNeed ? ['p.proposed_units > n.rtlh'] : []),
    ...(request.withoutNeed ? ['n.rtlh is null'] : []),
  ];
  conditions.push(`(${which.join(' or ')})`);
  if (request.limit != null) params.push(request.limit);
  const rows = await em
    .getConnection()
    .execute<(Record<string, unknown> & { n_rtlh: number | null; n_year: number | null; n_modeled: boolean | null })[]>(
      `with n as (select * from json_to_recordset(?::json) as r(code text, rtlh int, year int, modeled boolean))
     select p.*, n.rtlh as n_rtlh, n.year as n_year, n.modeled as n_modeled
     from programs.proposal p left join n on n.code = p.regency_code
     where ${conditions.join(' and ')}
     order by (p.proposed_units - n.rtlh) desc nulls last, p.regency_code, p.id${request.limit != null ? ' limit ?' : ''}`,
      params,
      'all',
    );
  return (rows as (Record<string, unknown> & { n_rtlh: number | null; n_year: number | null; n_modeled: boolean | null })[]).map(
    (row) => {
      const { n_rtlh: rtlh, n_year: needYear, n_modeled: modeled, ...columns } = row;
      const proposal = em.map(Proposal, columns as never);
      return {
        proposal,
        comparison: rtlh === null ? NeedComparison.NO_NEED_DATA : NeedComparison.EXCEEDS_NEED,
        rtlh,
        needYear,
        excess: rtlh === null ? null : proposal.proposedUnits - rtlh,
        needModeled: Boolean(modeled),
      };
    },
  );
}

/** The proposal statuses that count as verified (administratively, technically, or decided). */
export const VERIFIED_STATUSES = [ProposalStatus.ADMIN_VERIFIED, ProposalStatus.TECH_VERIFIED, ProposalStatus.APPROVED];

/** Of the kab/kota given, those without a verified proposal for the fiscal year (one statement), in code order. */
export async function withoutVerifiedProposal(
  em: EntityManager,
  regencyCodes: readonly string[],
  fiscalYear: number,
): Promise<string[]> {
  const rows = await em.getConnection().execute<{ code: string }[]>(
    `select c.code from (select distinct json_array_elements_text(?::json) as code) c
     where not exists (select 1 from programs.proposal p where p.regency_code = c.code and p.fiscal_year = ?
       and p.status::text in (select json_array_elements_text(?::json)))
     order by c.code`,
    [JSON.stringify(regencyCodes), fiscalYear, JSON.stringify(VERIFIED_STATUSES)],
    'all',
  );
  return (rows as { code: string }[]).map((row) => row.code);
}
