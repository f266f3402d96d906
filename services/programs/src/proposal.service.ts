import { createHash, randomUUID } from 'node:crypto';
import { LockMode, UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import {
  assertKnownRegencies,
  assertProvinceCode,
  assertRegencyCode,
  assertUuid,
  assertYear,
  ErrorCode,
  HubError,
  isUuid,
  keysetPage,
  SortDirection,
  type Caller,
  type Connection,
  type PageRequest,
  type SortKey,
  type SqlPart,
} from '@housing-hub/subgraph-kit';
import type { FundingScheme } from './funding-scheme.enum.js';
import { Proposal, ProposalEvent } from './proposal.entity.js';
import { ProposalStatus } from './proposal-status.enum.js';
import { ProposalOrderField } from './proposal-order-field.enum.js';
import { ALLOWED_TRANSITIONS, canTransition } from './proposal-flow.js';
import { assertMayMoveProposal, assertMaySubmitFor, visibleProposalsSql } from './proposal-rights.js';
import { auditTrail } from './audit-trail.js';

export interface SubmitProposalCommand {
  /** Chosen by the client; a retry with the same key and payload returns the same proposal. */
  idempotencyKey: string;
  regencyCode: string;
  scheme: FundingScheme;
  fiscalYear: number;
  proposedUnits: number;
  proposer: string;
  note?: string | null;
  /** Keep the proposal as a draft instead of submitting it. */
  draft?: boolean | null;
}

export interface ProposalFilter {
  fiscalYear?: number | null;
  provinceCode?: string | null;
  regencyCode?: string | null;
  scheme?: FundingScheme | null;
  status?: ProposalStatus | null;
  statuses?: readonly ProposalStatus[] | null;
  schemes?: readonly FundingScheme[] | null;
  provinceCodes?: readonly string[] | null;
  regencyCodes?: readonly string[] | null;
  fiscalYears?: readonly number[] | null;
  minUnits?: number | null;
  maxUnits?: number | null;
  /** Created on or after / before this instant. */
  createdFrom?: Date | null;
  createdTo?: Date | null;
}

export interface ProposalOrder {
  field: ProposalOrderField;
  direction?: SortDirection | null;
}

// Statuses order by their place in the flow, not by name.
const STATUS_RANK = `array_position(array[${Object.values(ProposalStatus)
  .map((s) => `'${s}'`)
  .join(', ')}]::text[], p.status::text)`;

const ORDER_EXPRESSIONS: Record<ProposalOrderField, string> = {
  [ProposalOrderField.PROPOSED_UNITS]: 'p.proposed_units',
  [ProposalOrderField.CREATED_AT]: 'p.created_at',
  [ProposalOrderField.UPDATED_AT]: 'p.updated_at',
  [ProposalOrderField.STATUS]: STATUS_RANK,
  [ProposalOrderField.REGENCY]: 'p.regency_code',
  [ProposalOrderField.FISCAL_YEAR]: 'p.fiscal_year',
};

const MAX_KEY_LENGTH = 200;

function requestHash(command: SubmitProposalCommand): string {
  const payload = {
    regencyCode: command.regencyCode,
    scheme: command.scheme,
    fiscalYear: command.fiscalYear,
    proposedUnits: command.proposedUnits,
    proposer: command.proposer.trim(),
    note: command.note?.trim() || null,
    draft: Boolean(command.draft),
  };
  return createHash('sha256').update(JSON.stringify(payload)).digest('hex');
}

/** What the audit trail keeps of a proposal before and after a write. */
const proposalValues = (proposal: Proposal) => ({
  regencyCode: proposal.regencyCode,
  scheme: proposal.scheme,
  fiscalYear: proposal.fiscalYear,
  proposedUnits: proposal.proposedUnits,
  status: proposal.status,
  proposer: proposal.proposer,
  note: proposal.note,
});

/** Proposals (usulan): submission (idempotent), the verification flow, and reads. No GraphQL here. */
export class ProposalService {
  constructor(private readonly em: EntityManager) {}

  /** Checks a submission; throws a HubError with a stable code before anything is written. */
  async validate(command: SubmitProposalCommand): Promise<void> {
    const key = command.idempotencyKey?.trim() ?? '';
    if (key === '' || key.length > MAX_KEY_LENGTH) {
      throw new HubError(ErrorCode.VALIDATION_FAILED, `idempotencyKey must be 1 to ${MAX_KEY_LENGTH} characters`, {
        argument: 'idempotencyKey',
      });
    }
    await assertKnownRegencies([command.regencyCode], 'regencyCode');
    assertYear(command.fiscalYear, 'fiscalYear');
    if (!Number.isInteger(command.proposedUnits)) {
      throw new HubError(ErrorCode.VALIDATION_FAILED, 'proposedUnits must be a whole number', {
        argument: 'proposedUnits',
        value: command.proposedUnits,
      });
    }
    if (command.proposedUnits < 0) {
      throw new HubError(ErrorCode.NEGATIVE_NUMBER, `proposedUnits cannot be negative, got ${command.proposedUnits}`, {
        argument: 'proposedUnits',
        value: command.proposedUnits,
      });
    }
    if (command.proposedUnits === 0) {
      throw new HubError(ErrorCode.VALIDATION_FAILED, 'proposedUnits must be at least 1', {
        argument: 'proposedUnits',
        value: 0,
      });
    }
    if (command.proposer.trim() === '')
      throw new HubError(ErrorCode.VALIDATION_FAILED, 'proposer must not be empty', { argument: 'proposer' });
  }

  /**
   * Creates a proposal (SUBMITTED, or DRAFT when asked) with its first history step, in one transaction.
   * The same idempotency key again returns the proposal it created; with a different payload it is a CONFLICT.
   */
  async submit(command: SubmitProposalCommand, caller: Caller): Promise<Proposal> {
    await this.validate(command);
    assertMaySubmitFor(caller, command.regencyCode);
    const actor = caller.id;
    const key = command.idempotencyKey.trim();
    const hash = requestHash(command);
    try {
      return await this.em.transactional(async (tx) => {
        const existing = await tx.findOne(Proposal, { idempotencyKey: key });
        if (existing) return this.replay(existing, hash);
        const now = new Date();
        const status = command.draft ? ProposalStatus.DRAFT : ProposalStatus.SUBMITTED;
        const proposal = tx.create(Proposal, {
          id: randomUUID(),
          regencyCode: command.regencyCode,
          provinceCode: command.regencyCode.slice(0, 2),
          scheme: command.scheme,
          fiscalYear: command.fiscalYear,
          proposedUnits: command.proposedUnits,
          status,
          proposer: command.proposer.trim(),
          note: command.note?.trim() || null,
          idempotencyKey: key,
          requestHash: hash,
          createdAt: now,
          updatedAt: now,
        });
        // The proposal row first: the history rows reference it (the unit of work does not know they do).
        await tx.flush();
        const steps = status === ProposalStatus.DRAFT ? [ProposalStatus.DRAFT] : [ProposalStatus.DRAFT, ProposalStatus.SUBMITTED];
        let from: ProposalStatus | null = null;
        for (const step of steps) {
          tx.create(ProposalEvent, { proposalId: proposal.id, fromStatus: from, toStatus: step, note: null, actor, at: now });
          from = step;
        }
        await tx.flush();
        await auditTrail.record(tx, caller, {
          operation: 'submitProposal',
          entity: 'Proposal',
          entityId: proposal.id,
          before: null,
          after: proposalValues(proposal),
        });
        return proposal;
      });
    } catch (error) {
      // A concurrent submission with the same key won the race: answer as a retry would be answered.
      if (error instanceof UniqueConstraintViolationException) {
        const existing = await this.em.fork().findOne(Proposal, { idempotencyKey: key });
        if (existing) return this.replay(existing, hash);
      }
      throw error;
    }
  }

  private replay(existing: Proposal, hash: string): Proposal {
    if (existing.requestHash !== hash) {
      throw new HubError(ErrorCode.CONFLICT, 'This idempotency key was already used for a different proposal', {
        argument: 'idempotencyKey',
        proposalId: existing.id,
      });
    }
    return existing;
  }

  /** Moves a proposal one step through the flow; a step the flow does not allow is INVALID_TRANSITION. */
  async transition(id: string, to: ProposalStatus, note: string | null | undefined, caller: Caller): Promise<Proposal> {
    const proposalId = assertUuid(id, 'id');
    return this.em.transactional(async (tx) => {
      const proposal = await tx.findOne(Proposal, { id: proposalId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!proposal)
        throw new HubError(ErrorCode.NOT_FOUND, `No proposal has the id ${proposalId}`, { argument: 'id', value: id });
      assertMayMoveProposal(caller, proposal, to);
      const from = proposal.status;
      if (!canTransition(from, to)) {
        throw new HubError(ErrorCode.INVALID_TRANSITION, `A ${from} proposal cannot become ${to}`, {
          from,
          to,
          allowed: [...ALLOWED_TRANSITIONS[from]],
        });
      }
      const now = new Date();
      const before = proposalValues(proposal);
      proposal.status = to;
      proposal.updatedAt = now;
      tx.create(ProposalEvent, {
        proposalId,
        fromStatus: from,
        toStatus: to,
        note: note?.trim() || null,
        actor: caller.id,
        at: now,
      });
      await tx.flush();
      await auditTrail.record(tx, caller, {
        operation: 'transitionProposal',
        entity: 'Proposal',
        entityId: proposalId,
        before,
        after: { ...proposalValues(proposal), note: note?.trim() || null },
      });
      return proposal;
    });
  }

  byIds(ids: readonly string[]): Promise<Proposal[]> {
    const valid = ids.filter(isUuid).map((id) => id.toLowerCase());
    if (valid.length === 0) return Promise.resolve([]);
    return this.em.find(Proposal, { id: { $in: valid } });
  }

  /** Proposals of many kab/kota at once (one statement), in code, scheme and id order. */
  ofRegencies(codes: readonly string[]): Promise<Proposal[]> {
    return this.em.find(
      Proposal,
      { regencyCode: { $in: [...codes] } },
      { orderBy: { regencyCode: 'asc', fiscalYear: 'asc', scheme: 'asc', id: 'asc' } },
    );
  }

  historyOf(ids: readonly string[]): Promise<ProposalEvent[]> {
    return this.em.find(ProposalEvent, { proposalId: { $in: [...ids] } }, { orderBy: { proposalId: 'asc', id: 'asc' } });
  }

  /**
   * A page of proposals, filtered and ordered in SQL (default: kab/kota, then id; the id always breaks
   * ties), with keyset cursors that carry the sort values; only the proposals the caller may see
   * (drafts: see proposal-rights).
   */
  async page(
    filter: ProposalFilter,
    page: PageRequest,
    caller: Caller,
    order: readonly ProposalOrder[] = [],
  ): Promise<Connection<Proposal>> {
    const conditions: SqlPart[] = [];
    const where = (sql: string, ...params: unknown[]) => {
      conditions.push({ sql, params });
    };
    const inList = (column: string, values: readonly unknown[]) =>
      where(`${column}::text in (select json_array_elements_text(?::json))`, JSON.stringify(values));
    const visible = visibleProposalsSql(caller);
    if (visible) where(visible.sql, ...visible.params);
    if (filter.fiscalYear != null) where('p.fiscal_year = ?', assertYear(filter.fiscalYear, 'fiscalYear'));
    if (filter.provinceCode != null) where('p.province_code = ?', assertProvinceCode(filter.provinceCode, 'provinceCode'));
    if (filter.regencyCode != null) where('p.regency_code = ?', assertRegencyCode(filter.regencyCode, 'regencyCode'));
    if (filter.scheme != null) where('p.scheme = ?', filter.scheme);
    if (filter.status != null) where('p.status = ?', filter.status);
    if (filter.statuses) inList('p.status', filter.statuses);
    if (filter.schemes) inList('p.scheme', filter.schemes);
    if (filter.provinceCodes)
      inList(
        'p.province_code',
        filter.provinceCodes.map((c) => assertProvinceCode(c, 'provinceCodes')),
      );
    if (filter.regencyCodes)
      inList(
        'p.regency_code',
        filter.regencyCodes.map((c) => assertRegencyCode(c, 'regencyCodes')),
      );
    if (filter.fiscalYears)
      inList(
        'p.fiscal_year',
        filter.fiscalYears.map((y) => assertYear(y, 'fiscalYears')),
      );
    if (filter.minUnits != null) where('p.proposed_units >= ?', filter.minUnits);
    if (filter.maxUnits != null) where('p.proposed_units <= ?', filter.maxUnits);
    if (filter.createdFrom != null) where('p.created_at >= ?', filter.createdFrom);
    if (filter.createdTo != null) where('p.created_at <= ?', filter.createdTo);

    const keys: SortKey[] = order.map((o, i) => ({
      expr: ORDER_EXPRESSIONS[o.field],
      alias: `s${i}`,
      direction: o.direction ?? SortDirection.ASC,
    }));
    if (order.length === 0) keys.push({ expr: 'p.regency_code', alias: 's0', direction: SortDirection.ASC });
    keys.push({ expr: 'p.id', alias: `s${keys.length}`, direction: SortDirection.ASC });
    return keysetPage(this.em, { from: 'programs.proposal p', conditions, keys }, 'p.*', page, (columns: object) =>
      this.em.map(Proposal, columns as never),
    );
  }
}
