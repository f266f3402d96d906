/** A file whose bytes are not text we can read faithfully (reported as UNREADABLE_FILE). */
export class UnreadableTextError extends Error {}

/**
 * The text of a CSV file. UTF-8 (with or without a BOM) and UTF-16 LE/BE with a BOM are decoded;
 * anything else (Windows-1252/Latin-1 from an old Excel "CSV" export, UTF-16 without a BOM) is refused
 * rather than guessed, because a wrong guess would be stored as mojibake in area names.
 */
export function decodeText(content: Uint8Array): string {
  const bytes = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes.includes(0)) {
    throw new UnreadableTextError('the file looks like UTF-16 without a byte-order mark: save it as "CSV UTF-8"');
  }
  try {
    // fatal: a byte sequence that is not UTF-8 throws instead of becoming U+FFFD.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new UnreadableTextError('the file is not UTF-8 (Windows-1252/Latin-1?): save it as "CSV UTF-8"');
  }
}
