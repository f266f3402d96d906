import type { EntityManager } from '@mikro-orm/core';
import { DataLoader, groupedLoader, keyedLoader } from '@housing-hub/subgraph-kit';
import { DataSource } from './data-source.entity.js';
import { fundingKeyId, type FundingFigure, type FundingKey, type SummaryFigure } from './funding.service.js';
import type { ThreeMillionHomesTarget } from './national-programme.types.js';
import { fundingOfProposals, type ProposalFunding } from './proposal-funding.js';
import { Program } from './program.entity.js';
import type { FundingScheme } from './funding-scheme.enum.js';
import type { ProgramsServices } from './programs.context.js';
import { Target } from './target.entity.js';
import { UnitValue } from './unit-value.entity.js';

/** The per-request DataLoaders of the programs subgraph: every list lookup is one statement per batch. */
export function createProgramsLoaders(em: EntityManager, { funding, proposals, nationalProgrammes }: ProgramsServices) {
  return {
    proposalFunding: new DataLoader<string, ProposalFunding>((ids) => fundingOfProposals(em, ids)),
    // One read per year and request, however many progress fields (nation, provinces, work areas) share it.
    deliveredByProvince: new DataLoader<number, SummaryFigure[]>((years) =>
      Promise.all(years.map((year) => nationalProgrammes.deliveredByProvince(year))),
    ),
    threeMillionHomesTarget: new DataLoader<number, ThreeMillionHomesTarget | null>((years) =>
      Promise.all(years.map((year) => nationalProgrammes.threeMillionHomesTarget(year))),
    ),
    programByCode: keyedLoader(
      (codes: readonly FundingScheme[]) => em.find(Program, { code: { $in: [...codes] } }),
      (p) => p.code,
    ),
    sourceByCode: keyedLoader(
      (codes: readonly string[]) => em.find(DataSource, { code: { $in: [...codes] } }),
      (s) => s.code,
    ),
    targetsByScheme: groupedLoader(
      (codes: readonly FundingScheme[]) =>
        em.find(Target, { scheme: { $in: [...codes] } }, { orderBy: { year: 'asc', provinceCode: 'asc', kind: 'asc' } }),
      (t) => t.scheme,
    ),
    unitValuesByScheme: groupedLoader(
      (codes: readonly FundingScheme[]) =>
        em.find(UnitValue, { scheme: { $in: [...codes] } }, { orderBy: { year: 'asc', category: 'asc' } }),
      (v) => v.scheme,
    ),
    regencyFunding: new DataLoader<FundingKey, FundingFigure[], string>((keys) => funding.regencyFunding(keys), {
      cacheKeyFn: fundingKeyId,
    }),
    provinceFunding: new DataLoader<FundingKey, FundingFigure[], string>((keys) => funding.provinceFunding(keys), {
      cacheKeyFn: fundingKeyId,
    }),
    proposalById: keyedLoader(
      (ids: readonly string[]) => proposals.byIds(ids),
      (p) => p.id,
      (id) => id.toLowerCase(),
    ),
    proposalsByRegency: groupedLoader(
      (codes: readonly string[]) => proposals.ofRegencies(codes),
      (p) => p.regencyCode,
    ),
    proposalHistory: groupedLoader(
      (ids: readonly string[]) => proposals.historyOf(ids),
      (e) => e.proposalId,
    ),
  };
}

export type ProgramsLoaders = ReturnType<typeof createProgramsLoaders>;
