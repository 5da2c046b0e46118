import { beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseAsrRequest } from '../../../utils/asr/request';
import { AsrRequestSchema } from '../../../utils/messages/fill';
import { CaptureMessageSchema, isFromThisExtension } from '../../../utils/messages/captures';
import { probeAsrTab, requestFill, toFillValues } from '../../../utils/popup/fill-request';
import { emptyEmployerDraft, EMPTY_PROFILE } from '../../../utils/registration/schema';

const validFill = {
  type: 'asr/fill',
  values: {
    bedrijfsnaam: 'Salarisbureau Noord B.V.',
    email: 'a@b.nl',
    raamwerkcontractnummer: 'A020',
    loonheffingennummer: '123456782L01',
    werkgeverId: '20720',
    hasDga: true,
    dgas: [{ naam: 'Jan', personeelsnummer: '1' }],
    verloning: 'maand',
    dertiendeMaand: false,
  },
  options: { overwriteConflicts: false },
};

// Mutations of a valid request: each key replaced by a random JSON value, or removed.
const mutatedFill = fc
  .record({
    path: fc.constantFrom('type', 'values', 'options', ...Object.keys(validFill.values).map((k) => `values.${k}`), 'options.overwriteConflicts', 'values.dgas.0', 'values.dgas.0.naam'),
    value: fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.string({ maxLength: 600 })),
  })
  .map(({ path, value }) => {
    const copy = structuredClone(validFill) as Record<string, unknown>;
    const parts = path.split('.');
    let node = copy as Record<string, unknown>;
    for (const p of parts.slice(0, -1)) node = node[p] as Record<string, unknown>;
    if (value === undefined) delete node[parts.at(-1)!];
    else node[parts.at(-1)!] = value;
    return copy;
  });

describe('the a.s.r. content script accepts exactly what the message schema accepts', () => {
  it('agrees with the zod schema on valid, mutated and random messages', () => {
    fc.assert(
      fc.property(fc.oneof(mutatedFill, fc.jsonValue(), fc.constant(validFill), fc.constant({ type: 'asr/probe' })), (message) => {
        const schema = AsrRequestSchema.safeParse(message);
        const guard = parseAsrRequest(message);
        expect(guard !== null).toBe(schema.success);
        if (schema.success) expect(guard).toEqual(schema.data);
      }),
      { numRuns: 2000 },
    );
  });

  it('drops unknown keys instead of passing them on', () => {
    const parsed = parseAsrRequest({ ...validFill, extra: 'x', values: { ...validFill.values, bsn: '111222333' } });
    expect(JSON.stringify(parsed)).not.toContain('111222333');
    expect(JSON.stringify(parsed)).not.toContain('extra');
  });
});

describe('captures are validated before they are stored', () => {
  it('rejects a capture with a malformed loonheffingennummer or an unknown kind', () => {
    const company = { kind: 'company', werkgeverId: '20720', loonheffingennummers: ['123456782L01'] };
    expect(CaptureMessageSchema.safeParse({ type: 'loket/capture', capture: company }).success).toBe(true);
    expect(
      CaptureMessageSchema.safeParse({ type: 'loket/capture', capture: { ...company, loonheffingennummers: ['111222333'] } }).success,
    ).toBe(false);
    expect(CaptureMessageSchema.safeParse({ type: 'loket/capture', capture: { ...company, kind: 'bsn' } }).success).toBe(false);
    // A BSN-shaped "Werkgever ID" never reaches storage; an ordinary employer number does.
    expect(CaptureMessageSchema.safeParse({ type: 'loket/capture', capture: { ...company, werkgeverId: '111222333' } }).success).toBe(false);
    expect(CaptureMessageSchema.safeParse({ type: 'loket/capture', capture: { ...company, werkgeverId: '111222334' } }).success).toBe(true);
  });

  it('administrations: names with their numbers pass; a BSN-shaped name or a malformed number does not', () => {
    const company = { kind: 'company', werkgeverId: '20720', loonheffingennummers: ['123456782L01'] };
    const capture = (administraties: unknown) => ({ type: 'loket/capture', capture: { ...company, administraties } });
    const parsed = CaptureMessageSchema.safeParse(capture([{ naam: 'Bakkerij Noord B.V. – maandloon', loonheffingennummer: '123456782L01' }]));
    expect(parsed.success && parsed.data.capture.kind === 'company' && parsed.data.capture.administraties).toEqual([
      { naam: 'Bakkerij Noord B.V. – maandloon', loonheffingennummer: '123456782L01' },
    ]);
    expect(CaptureMessageSchema.safeParse({ type: 'loket/capture', capture: company }).success).toBe(true);
    for (const naam of ['Admin 111222333', 'Admin 111 222 333', '', '12']) {
      expect(CaptureMessageSchema.safeParse(capture([{ naam, loonheffingennummer: '123456782L01' }])).success).toBe(false);
    }
    expect(CaptureMessageSchema.safeParse(capture([{ naam: 'Holding', loonheffingennummer: '123456782' }])).success).toBe(false);
  });

  it('only the extension itself is a valid sender', () => {
    expect(isFromThisExtension({ id: 'abc' }, 'abc')).toBe(true);
    expect(isFromThisExtension({ id: 'other' }, 'abc')).toBe(false);
    expect(isFromThisExtension({}, 'abc')).toBe(false);
  });
});

describe('the popup and a content script that is gone', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a failed probe or fill asks the user to reload the page', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
    expect(await probeAsrTab(5)).toEqual({ kind: 'reload-needed' });
    const values = toFillValues(EMPTY_PROFILE, emptyEmployerDraft());
    expect(await requestFill(5, values, { overwriteConflicts: false })).toEqual({ kind: 'reload-needed' });
  });

  it('a malformed reply is not shown as a report', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ fields: 'nonsense' });
    const values = toFillValues(EMPTY_PROFILE, emptyEmployerDraft());
    expect(await requestFill(5, values, { overwriteConflicts: false })).toEqual({ kind: 'reload-needed' });
  });

  it('each probe and fill first has the filler put into the tab, then asks it; a failed injection still ends in the reload message', async () => {
    const order: string[] = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      order.push(`inject ${JSON.stringify(message)}`);
      return { injected: true };
    });
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (tabId: number, message: unknown) => {
      order.push(`${tabId} ${(message as { type: string }).type}`);
      return { formFound: true, origin: 'https://www.asr.nl', page: 'p1' };
    });
    expect(await probeAsrTab(5)).toEqual({ kind: 'form', page: 'p1' });
    expect(order).toEqual(['inject {"type":"asr/filler","tabId":5}', '5 asr/probe']);
    // The background's own caller (the in-page button) passes the injection itself.
    const ensured: number[] = [];
    const values = toFillValues(EMPTY_PROFILE, emptyEmployerDraft());
    await requestFill(7, values, { overwriteConflicts: false }, async (id) => ensured.push(id));
    expect(ensured).toEqual([7]);
    expect(order.at(-1)).toBe('7 asr/fill');
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('No permission'));
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
    expect(await probeAsrTab(5)).toEqual({ kind: 'reload-needed' });
  });

  it('a weekly payroll is never sent as month or four weeks', () => {
    const values = toFillValues(EMPTY_PROFILE, { ...emptyEmployerDraft(), verloning: 'week' });
    expect(values.verloning).toBeNull();
  });
});
