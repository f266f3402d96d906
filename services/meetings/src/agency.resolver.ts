import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role, WriteFor } from '@housing-hub/subgraph-kit';
import { Agency } from './agency.entity.js';
import { AgencyKind } from './agency-kind.enum.js';
import { provinceStub, regencyStub, Province, Regency } from './area.types.js';
import type { MeetingsContext } from './meetings.context.js';
import { RecordAgencyInput } from './record-meeting.input.js';

@Resolver(() => Agency)
export class AgencyResolver {
  @Query(() => [Agency], {
    nullable: true,
    description: 'Agencies, by province (with those of its kab/kota), kab/kota or kind; national bodies first',
  })
  agencies(
    @Arg('kind', () => AgencyKind, { nullable: true }) kind: AgencyKind | null,
    @Arg('provinceCode', () => ID, { nullable: true }) provinceCode: string | null,
    @Arg('regencyCode', () => ID, { nullable: true }) regencyCode: string | null,
    @Ctx() { services }: MeetingsContext,
  ): Promise<Agency[]> {
    return services.agencies.listAgencies({ kind, provinceCode, regencyCode });
  }

  @Query(() => Agency, { nullable: true })
  agency(@Arg('id', () => ID) id: string, @Ctx() { loaders }: MeetingsContext): Promise<Agency | null> {
    return loaders.agencyById.load(id.toLowerCase());
  }

  @FieldResolver(() => Province, { nullable: true, description: 'The province it belongs to' })
  province(@Root() agency: Agency): Province | null {
    return agency.provinceCode ? provinceStub(agency.provinceCode) : null;
  }

  @FieldResolver(() => Regency, { nullable: true, description: 'The kab/kota it belongs to' })
  regency(@Root() agency: Agency): Regency | null {
    return agency.regencyCode ? regencyStub(agency.regencyCode) : null;
  }

  @FieldResolver(() => Agency, {
    nullable: true,
    description: 'The body it is part of (a directorate of a directorate general, ...)',
  })
  parent(@Root() agency: Agency, @Ctx() { loaders }: MeetingsContext): Promise<Agency | null> | null {
    return agency.parentId ? loaders.agencyById.load(agency.parentId) : null;
  }

  @FieldResolver(() => [Province], { nullable: true, description: 'For a BP3KP / Balai P3KP: the provinces it works in' })
  async coveredProvinces(@Root() agency: Agency, @Ctx() { loaders }: MeetingsContext): Promise<Province[]> {
    return (await loaders.coverageOfAgency.load(agency.id)).map((row) => provinceStub(row.code));
  }

  @Mutation(() => Agency, { description: 'Records an agency; its area codes are checked against the Kemendagri frame' })
  @WriteFor(Role.DIRECTORATE, Role.DATA_STEWARD)
  async recordAgency(
    @Arg('input', () => RecordAgencyInput) input: RecordAgencyInput,
    @Ctx() { services, loaders, caller }: MeetingsContext,
  ): Promise<Agency> {
    const id = await services.writer.recordAgency(input, caller);
    const agency = await loaders.agencyById.load(id);
    if (!agency) throw new Error(`Agency ${id} vanished after it was written`);
    return agency;
  }
}
