import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Agency } from './agency.entity.js';
import { AgendaItem, Speaker } from './agenda-item.entity.js';
import { proposalStub, regencyStub, Proposal, Regency } from './area.types.js';
import { Decision } from './decision.entity.js';
import type { MeetingsContext } from './meetings.context.js';
import { Participant } from './participant.entity.js';

@Resolver(() => Participant)
export class ParticipantResolver {
  @FieldResolver(() => Agency)
  async agency(@Root() participant: Participant, @Ctx() { loaders }: MeetingsContext): Promise<Agency> {
    const agency = await loaders.agencyById.load(participant.agencyId);
    if (!agency) throw new Error(`Participant ${participant.id} points at missing agency ${participant.agencyId}`);
    return agency;
  }
}

@Resolver(() => AgendaItem)
export class AgendaItemResolver {
  @FieldResolver(() => Speaker, { nullable: true, description: 'Who spoke to it, where the source says' })
  speaker(@Root() item: AgendaItem): Speaker | null {
    if (!item.speakerName && !item.speakerRole && !item.speakerAgencyId) return null;
    return { name: item.speakerName, role: item.speakerRole, agencyId: item.speakerAgencyId };
  }
}

@Resolver(() => Speaker)
export class SpeakerResolver {
  @FieldResolver(() => Agency, { nullable: true, description: 'The agency the speaker spoke for' })
  agency(@Root() speaker: Speaker, @Ctx() { loaders }: MeetingsContext): Promise<Agency | null> | null {
    return speaker.agencyId ? loaders.agencyById.load(speaker.agencyId) : null;
  }
}

@Resolver(() => Decision)
export class DecisionResolver {
  @FieldResolver(() => Regency, { nullable: true, description: 'The kab/kota the decision is about, if one' })
  regency(@Root() decision: Decision): Regency | null {
    return decision.regencyCode ? regencyStub(decision.regencyCode) : null;
  }

  @FieldResolver(() => Proposal, { nullable: true, description: 'The proposal the decision is about, if one' })
  proposal(@Root() decision: Decision): Proposal | null {
    return decision.proposalId ? proposalStub(decision.proposalId) : null;
  }
}
