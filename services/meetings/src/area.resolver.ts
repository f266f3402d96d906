import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { DateScalar } from '@housing-hub/subgraph-kit';
import { Nation, Province, Regency, regencyStub } from './area.types.js';
import { Meeting } from './meeting.entity.js';
import { assertDateRange } from './meeting.service.js';
import type { MeetingsContext } from './meetings.context.js';
import { calendarDay } from './validation.js';

function window(from: Date | null, to: Date | null) {
  const range = { from: from ? calendarDay(from) : null, to: to ? calendarDay(to) : null };
  assertDateRange(range.from, range.to);
  return range;
}

@Resolver(() => Regency)
export class RegencyMeetingsResolver {
  @FieldResolver(() => [Meeting], {
    nullable: true,
    description: 'Meetings that covered this kab/kota, in date order; `from`/`to` are inclusive days',
  })
  meetings(
    @Root() regency: Regency,
    @Arg('from', () => DateScalar, { nullable: true }) from: Date | null,
    @Arg('to', () => DateScalar, { nullable: true }) to: Date | null,
    @Ctx() { loaders }: MeetingsContext,
  ): Promise<Meeting[]> {
    return loaders.meetingsOfRegency.load({ code: regency.code, ...window(from, to) });
  }
}

@Resolver(() => Province)
export class ProvinceMeetingsResolver {
  @FieldResolver(() => [Meeting], {
    nullable: true,
    description: 'Meetings that covered this province or any of its kab/kota, in date order',
  })
  meetings(
    @Root() province: Province,
    @Arg('from', () => DateScalar, { nullable: true }) from: Date | null,
    @Arg('to', () => DateScalar, { nullable: true }) to: Date | null,
    @Ctx() { loaders }: MeetingsContext,
  ): Promise<Meeting[]> {
    return loaders.meetingsOfProvince.load({ code: province.code, ...window(from, to) });
  }
}

@Resolver(() => Nation)
export class NationMeetingsResolver {
  @FieldResolver(() => [Regency], {
    description:
      'Kab/kota that took part in a coordination meeting (RAKOR, RAKORNIS), in code order (argument-free, for other subgraphs to @requires)',
  })
  async coordinationAttendees(@Ctx() { services }: MeetingsContext): Promise<Regency[]> {
    return (await services.meetings.coordinationAttendees()).map(regencyStub);
  }
}
