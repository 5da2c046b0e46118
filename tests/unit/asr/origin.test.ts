import { describe, expect, it } from 'vitest';
import { isAsrOrigin } from '../../../utils/asr/origin';

describe('isAsrOrigin', () => {
  it.each([
    ['https://asr.nl', true],
    ['https://www.asr.nl', true],
    ['https://mijn.asr.nl', true],
    ['https://a.b.asr.nl', true],
    ['https://WWW.ASR.NL', true],
    ['https://www.asr.nl/', true],
    ['http://www.asr.nl', false],
    ['http://asr.nl', false],
    ['https://evil-asr.nl', false],
    ['https://asr.nl.evil.com', false],
    ['https://asr.nl.example.com', false],
    ['https://www.asr.nl.example.com', false],
    ['https://asrnl.com', false],
    ['https://xasr.nl', false],
    ['https://www.asr.nl:8443', false],
    ['https://user@www.asr.nl', false],
    ['wss://www.asr.nl', false],
    ['null', false],
    ['', false],
    ['asr.nl', false],
    ['https://asr.nl.', false],
  ])('%s -> %s', (origin, expected) => {
    expect(isAsrOrigin(origin)).toBe(expected);
  });
});
