import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { regencyStub, Regency } from './area.types.js';
import { Award } from './award.js';
import { Meeting } from './meeting.entity.js';
import type { MeetingsContext } from './meetings.context.js';

@Resolver(() => Award)
export class AwardResolver {
  @FieldResolver(() => Regency, { nullable: true, description: 'The kab/kota awarded' })
  regency(@Root() award: Award): Regency {
    return regencyStub(award.regencyCode);
  }
}

@Resolver(() => Meeting)
export class MeetingAwardsResolver {
  @FieldResolver(() => [Award], { description: 'Awards given at the meeting, by category and rank' })
  awards(@Root() meeting: Meeting, @Ctx() { loaders }: MeetingsContext): Promise<Award[]> {
    return loaders.awardsOfMeeting.load(meeting.id);
  }
}
