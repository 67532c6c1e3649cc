import { describe, expect, it } from 'vitest';
import { normalizePhone, toInternationalPhone } from './normalizePhone';

describe('toInternationalPhone', () => {
  it.each([
    ['0912345678', '+84912345678'],
    ['0912 345 678', '+84912345678'],
    ['0912.345.678', '+84912345678'],
    ['0912-345-678', '+84912345678'],
    ['+84 912 345 678', '+84912345678'],
    ['+84912345678', '+84912345678'],
    ['84 912 345 678', '+84912345678'],
    ['0084 912 345 678', '+84912345678'],
    ['+84 (0) 912 345 678', '+84912345678'],
    ['+84 0912 345 678', '+84912345678'],
    ['912345678', '+84912345678'],
    ['0205 3812 345', '+842053812345'],
    ['(0205) 3812345', '+842053812345'],
    ['+84 205 3812 345', '+842053812345'],
    ['024 3825 1234', '+842438251234'],
    ['0386 123 456', '+84386123456'],
    ['0584 123 456', '+84584123456'],
    ['0708 123 456', '+84708123456'],
    ['0812 345 678', '+84812345678'],
  ])('%s → %s', (raw, expected) => {
    expect(toInternationalPhone(raw)).toBe(expected);
  });

  it.each([
    '12345',
    '0123 456',
    '0123 456 789', // 01x prefixes were retired in 2018
    '0912 345 67', // one digit short
    '0912 345 6789', // one digit too many
    '+1 415 555 0100',
    '+86 771 123 4567',
    'không có',
    '',
    '0612 345 678', // 06x is not a mobile prefix
  ])('rejects %j', (raw) => {
    expect(toInternationalPhone(raw)).toBeUndefined();
  });
});

describe('normalizePhone', () => {
  it('splits several numbers and keeps them in order without repeats', () => {
    expect(normalizePhone('0912-345-679 / (0205) 3812 346; 0912 345 679')).toEqual({
      ok: true,
      value: ['+84912345679', '+842053812346'],
    });
    expect(normalizePhone('0205 3812 345 - 0912 345 678')).toEqual({
      ok: true,
      value: ['+842053812345', '+84912345678'],
    });
  });

  it('names the bad number and how to write it', () => {
    const r = normalizePhone('0912 345 678, 12345');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.field).toBe('phone');
      expect(r.error.reason).toBe('"12345" is not a Vietnamese phone number');
      expect(r.error.fix).toMatch(/^use 0xxx xxx xxxx or \+84/);
    }
  });

  it('explains why 1900 numbers are refused', () => {
    const r = normalizePhone('1900 1234');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.reason).toMatch(/1800\/1900/);
  });
});
