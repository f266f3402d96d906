import type { ImportFile } from './import-pipeline.js';
import { formatOf } from './table-reader.js';

/** Turns the GraphQL input's content into bytes and a format. */
export function decodeImportFile(input: { fileName: string; content: string; encoding: 'UTF8' | 'BASE64' }): ImportFile {
  const content = input.encoding === 'BASE64' ? Buffer.from(input.content, 'base64') : Buffer.from(input.content, 'utf8');
  return { fileName: input.fileName, content, format: formatOf(input.fileName, content) };
}
