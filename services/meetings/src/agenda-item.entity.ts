import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Who spoke to an agenda item' })
export class Speaker {
  @Field(() => String, { nullable: true, description: 'The name as the source gives it' })
  name!: string | null;

  @Field(() => String, { nullable: true, description: 'The function, e.g. "Kepala Balai", "Ketua The HUD Institute"' })
  role!: string | null;

  /** Resolved to `Speaker.agency` through a loader. */
  agencyId!: string | null;
}

@ObjectType({ description: 'One item of a meeting agenda' })
@Entity({ tableName: 'agenda_item' })
export class AgendaItem {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  meetingId!: string;

  @Field(() => Int, { description: 'Order in the agenda, from 1' })
  @Property({ type: 'integer' })
  position!: number;

  @Field()
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description!: string | null;

  @Property({ type: 'text', nullable: true })
  speakerName!: string | null;

  @Property({ type: 'text', nullable: true })
  speakerRole!: string | null;

  @Property({ type: 'uuid', nullable: true })
  speakerAgencyId!: string | null;
}
