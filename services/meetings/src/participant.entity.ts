import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { AttendanceMode } from './attendance-mode.enum.js';

@ObjectType({ description: 'An agency that took part in a meeting' })
@Entity({ tableName: 'participant' })
export class Participant {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  meetingId!: string;

  @Property({ type: 'integer' })
  position!: number;

  /** Resolved to `Participant.agency` through a loader. */
  @Property({ type: 'uuid' })
  agencyId!: string;

  @Field(() => AttendanceMode, { nullable: true, description: 'How it attended, where the source says' })
  @Enum({ items: () => AttendanceMode, nullable: true })
  mode!: AttendanceMode | null;

  @Field(() => String, { nullable: true, description: 'Its role: organizer, presenter, participant, who spoke for it' })
  @Property({ type: 'text', nullable: true })
  role!: string | null;
}
