import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { PrimaryKeyProp } from '@mikro-orm/core';
import { DateScalar } from '@housing-hub/subgraph-kit';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum MeetingKind {
  RAKOR = 'RAKOR',
  RAKORNIS = 'RAKORNIS',
  EVALUATION = 'EVALUATION',
  DESK_SINKRONISASI = 'DESK_SINKRONISASI',
  POKJA = 'POKJA',
  BRIEFING = 'BRIEFING',
  WORKSHOP = 'WORKSHOP',
  OTHER = 'OTHER',
}
registerEnumType(MeetingKind, {
  name: 'MeetingKind',
  description: 'What kind of meeting',
  valuesConfig: {
    RAKOR: { description: 'Rapat koordinasi: coordination meeting' },
    RAKORNIS: { description: 'Rapat koordinasi teknis: technical coordination meeting' },
    EVALUATION: { description: 'Evaluasi: evaluation of results' },
    DESK_SINKRONISASI: { description: "Desk Sinkronisasi Usulan: local governments' proposals checked one by one against need and priority indicators" },
    POKJA: { description: 'Meeting of a working group (Pokja PKP)' },
    BRIEFING: { description: 'Sosialisasi: briefing on a policy or programme' },
    WORKSHOP: { description: 'Workshop, bimbingan teknis' },
    OTHER: { description: 'Any other meeting' },
  },
});

export enum AttendanceMode {
  IN_PERSON = 'IN_PERSON',
  ONLINE = 'ONLINE',
  HYBRID = 'HYBRID',
}
registerEnumType(AttendanceMode, {
  name: 'AttendanceMode',
  description: 'How a meeting was held, or how one participant attended',
  valuesConfig: {
    IN_PERSON: { description: 'Luring' },
    ONLINE: { description: 'Daring' },
    HYBRID: { description: 'Daring dan luring' },
  },
});

@ObjectType({ description: 'A coordination meeting, evaluation, desk session or briefing, with who took part and what was decided' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'meeting' })
@Index({ properties: ['startsAt', 'id'] })
export class Meeting {
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

  @Field(() => DateScalar, { description: 'The calendar day it started, in its local time zone (what `from`/`to` filters compare)' })
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
