import { Entity, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { LabelledMeetingItem } from './meeting-item.entity.js';

@ObjectType({ description: 'A recommendation (rekomendasi) of a meeting' })
@Entity({ tableName: 'recommendation' })
export class Recommendation extends LabelledMeetingItem {
  @Field()
  @Property({ type: 'text' })
  text!: string;
}
