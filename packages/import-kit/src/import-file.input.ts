import { Field, InputType, registerEnumType } from 'type-graphql';
import { ImportSourceInput } from './import-source.js';

export enum FileEncoding {
  UTF8 = 'UTF8',
  BASE64 = 'BASE64',
}
registerEnumType(FileEncoding, {
  name: 'FileEncoding',
  description: 'How `content` carries the file: text (CSV) or base64 (XLSX, or any CSV)',
});

@InputType({ description: 'A file to import, sent inline (CSV text, or base64 for XLSX)' })
export class ImportFileInput {
  @Field({ description: 'The file name; ".xlsx" means XLSX, anything else CSV' })
  fileName!: string;

  @Field()
  content!: string;

  @Field(() => FileEncoding, { defaultValue: FileEncoding.UTF8 })
  encoding!: FileEncoding;

  @Field({ defaultValue: false, description: 'Validate and report what would change; write nothing' })
  dryRun!: boolean;

  @Field(() => ImportSourceInput)
  source!: ImportSourceInput;
}
