// What the dashboard reads from a pasted staff token (decoded only; the hub verifies it).
import { describe, expect, test } from '@jest/globals';
import { generateKeyPair, SignJWT, type JWTPayload } from 'jose';
import { readToken, seesRestricted } from '../src/staff-token.js';

const { privateKey } = await generateKeyPair('ES256');
const sign = (claims: JWTPayload, subject?: string) => {
  const jwt = new SignJWT(claims).setProtectedHeader({ alg: 'ES256' }).setExpirationTime(1_900_000_000);
  return (subject ? jwt.setSubject(subject) : jwt).sign(privateKey);
};

describe('readToken', () => {
  test('a staff token: subject, roles, areas and expiry', async () => {
    const token = await sign({ roles: ['BP3KP'], areas: ['51', '52'] }, 'bp3kp-nt1');
    expect(readToken(token)).toEqual({
      token,
      subject: 'bp3kp-nt1',
      roles: ['BP3KP'],
      areas: ['51', '52'],
      expiresAt: 1_900_000_000_000,
    });
  });

  test('not a staff token: text, a JWT without subject or without roles', async () => {
    expect(readToken('not a token')).toBeNull();
    expect(readToken(await sign({ roles: ['ADMIN'] }))).toBeNull();
    expect(readToken(await sign({ roles: 'ADMIN' }, 'someone'))).toBeNull();
  });

  test('only roles that may read desk reviews and drafts see the restricted parts', async () => {
    expect(seesRestricted(readToken(await sign({ roles: ['PEMDA'], areas: ['52.71'] }, 'dinas-mataram')))).toBe(true);
    expect(seesRestricted(readToken(await sign({ roles: ['PARTNER'] }, 'bps-sync')))).toBe(false);
    expect(seesRestricted(null)).toBe(false);
  });
});
