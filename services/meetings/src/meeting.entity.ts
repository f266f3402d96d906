import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { PrimaryKeyProp } from '@mikro-orm/core';
import { DateScalar } from '@housing-hub/subgraph-kit';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { MeetingKind } from './meeting-kind.enum.js';
import { AttendanceMode } from './attendance-mode.enum.js';
import { Authored } from './authorship.js';

@ObjectType({
  description: 'A coordination meeting, evaluation, desk session or briefing, with who took part and what was decided',
})
@Directive('@key(fields: "id")')
@Entity({ tableName: 'meeting' })
@Index({ properties: ['startsAt', 'id'] })
export class Meeting extends Authored {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field()
  @Property({ type: 'text' })
  title!: string;

  @Field(() => MeetingKind)
  @Enum({ items: () => MeetingKind })
  kind!: MeetingKind;

  @Field({ description: 'When it started; where the source gives only the day, 09:00 local time (see notes)' })
  @Property({ type: 'datetime' })
  startsAt!: Date;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  endsAt!: Date | null;

  @Field(() => DateScalar, {
    description: 'The calendar day it started, in its local time zone (what `from`/`to` filters compare)',
  })
  @Property({ type: 'date' })
  startsOn!: string;

  @Field({ description: 'IANA time zone of the venue, e.g. "Asia/Pontianak"' })
  @Property({ type: 'text' })
  timeZone!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  venue!: string | null;

  @Field(() => AttendanceMode)
  @Enum({ items: () => AttendanceMode })
  mode!: AttendanceMode;

  /** Resolved to `Meeting.organizer` through a loader. */
  @Property({ type: 'uuid' })
  organizerId!: string;

  @Field({ description: 'True for meetings of the modeled demo dataset; false for recorded meetings' })
  @Property({ type: 'boolean', default: false })
  modeled!: boolean;

  @Field(() => String, { nullable: true, description: 'Where the record comes from (an article, minutes, a URL)' })
  @Property({ type: 'text', nullable: true })
  source!: string | null;
}

/** A province a meeting covers. */
@Entity({ tableName: 'meeting_province' })
export class MeetingProvince {
  [PrimaryKeyProp]?: ['meetingId', 'provinceCode'];

  @PrimaryKey({ type: 'uuid' })
  meetingId!: string;

  @PrimaryKey({ type: 'string', length: 2 })
  provinceCode!: string;
}

/** A kab/kota a meeting covers. */
@Entity({ tableName: 'meeting_regency' })
export class MeetingRegency {
  [PrimaryKeyProp]?: ['meetingId', 'regencyCode'];

  @PrimaryKey({ type: 'uuid' })
  meetingId!: string;

  @PrimaryKey({ type: 'string', length: 5 })
  regencyCode!: string;
}

/** A note attached to a meeting (context, what the source says where it differs from the record). */
@Entity({ tableName: 'meeting_note' })
export class MeetingNote {
  [PrimaryKeyProp]?: ['meetingId', 'position'];

  @PrimaryKey({ type: 'uuid' })
  meetingId!: string;

  @PrimaryKey({ type: 'integer' })
  position!: number;

  @Property({ type: 'text' })
  text!: string;
}
