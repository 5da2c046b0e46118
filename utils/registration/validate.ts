import { loonheffingennummerProblems, normalizeLoonheffingennummer } from './loonheffingennummer';
import { messageFor, type MessageCode } from './messages';
import {
  type EmployerDraft,
  type FieldKey,
  type Profile,
  type Severity,
  type ValidationIssue,
} from './schema';
import { normalizeWerkgeverId, werkgeverIdKind } from './werkgever-id';

// Pragmatic on purpose: catches typos (missing @ or domain, spaces), not every RFC 5322 corner.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@.]+$/;
const DIGITS = /^\d+$/;
const USUAL_RAAMWERK_PREFIX = 'A020';

interface IssueExtras {
  dgaIndex?: number;
  dgaPart?: 'naam' | 'personeelsnummer';
  overridable?: boolean;
}

function issue(field: FieldKey, severity: Severity, code: MessageCode, extras: IssueExtras = {}): ValidationIssue {
  return { field, severity, code, ...extras, message: messageFor(code, extras.dgaIndex) };
}

export function normalizeProfile(profile: Profile): Profile {
  return {
    bedrijfsnaam: profile.bedrijfsnaam.trim(),
    email: profile.email.trim(),
    raamwerkcontractnummer: profile.raamwerkcontractnummer.trim().toUpperCase(),
  };
}

/** Generic so a narrowed draft (see CompleteRegistrationSchema) keeps its narrowed type. */
export function normalizeEmployer<T extends EmployerDraft>(draft: T): T {
  return {
    ...draft,
    werkgeverId: normalizeWerkgeverId(draft.werkgeverId),
    werkgeverNaam: draft.werkgeverNaam.trim(),
    loonheffingennummer: normalizeLoonheffingennummer(draft.loonheffingennummer),
    dgas: draft.dgas.map((dga) => ({ naam: dga.naam.trim(), personeelsnummer: dga.personeelsnummer.trim() })),
  };
}

/** Validates the normalised form, so callers may pass what the user typed. */
export function validateProfile(profile: Profile): ValidationIssue[] {
  const p = normalizeProfile(profile);
  const issues: ValidationIssue[] = [];

  if (!p.bedrijfsnaam) issues.push(issue('bedrijfsnaam', 'error', 'bedrijfsnaam.required'));

  if (!p.email) issues.push(issue('email', 'error', 'email.required'));
  else if (!EMAIL.test(p.email)) issues.push(issue('email', 'error', 'email.invalid'));

  if (!p.raamwerkcontractnummer) {
    issues.push(issue('raamwerkcontractnummer', 'error', 'raamwerkcontractnummer.required'));
  } else if (!p.raamwerkcontractnummer.startsWith(USUAL_RAAMWERK_PREFIX)) {
    // "Usually" A020, not always: a different prefix must not block a real contract number.
    issues.push(issue('raamwerkcontractnummer', 'warning', 'raamwerkcontractnummer.unusualPrefix'));
  }
  return issues;
}

/**
 * Validates the normalised form of an employer draft.
 *
 * Override of a failed eleven-test: when `elevenTestAcceptedFor` is this very number, the check-digit error is
 * downgraded to a warning (code `loonheffingennummer.checkDigitAccepted`), not dropped, so
 * the accepted deviation stays visible wherever issues are shown. Shape and sub-number
 * errors are never overridable.
 */
export function validateEmployer(draft: EmployerDraft, choices: readonly string[] = []): ValidationIssue[] {
  const d = normalizeEmployer(draft);
  const issues: ValidationIssue[] = [];

  if (!d.werkgeverId) issues.push(issue('werkgeverId', 'error', 'werkgeverId.required'));
  else if (werkgeverIdKind(d.werkgeverId) === null) issues.push(issue('werkgeverId', 'error', 'werkgeverId.invalid'));

  if (!d.loonheffingennummer) {
    // Several administrations in Loket.nl: which one is registered is the user's choice, never ours.
    issues.push(issue('loonheffingennummer', 'error', choices.length > 1 ? 'loonheffingennummer.choose' : 'loonheffingennummer.required'));
  } else {
    for (const problem of loonheffingennummerProblems(d.loonheffingennummer)) {
      if (problem === 'checkDigit') {
        issues.push(
          d.elevenTestAcceptedFor === d.loonheffingennummer
            ? issue('loonheffingennummer', 'warning', 'loonheffingennummer.checkDigitAccepted', { overridable: true })
            : issue('loonheffingennummer', 'error', 'loonheffingennummer.checkDigit', { overridable: true }),
        );
      } else {
        issues.push(issue('loonheffingennummer', 'error', `loonheffingennummer.${problem}`));
      }
    }
  }

  issues.push(...dgaIssues(d));

  if (d.verloning === null) issues.push(issue('verloning', 'error', 'verloning.unanswered'));
  else if (d.verloning === 'week') issues.push(issue('verloning', 'error', 'verloning.week'));

  if (d.dertiendeMaand === null) issues.push(issue('dertiendeMaand', 'error', 'dertiendeMaand.unanswered'));

  return issues;
}

function dgaIssues(d: EmployerDraft): ValidationIssue[] {
  if (d.hasDga === null) return [issue('hasDga', 'error', 'hasDga.unanswered')];
  if (d.hasDga === false) {
    // Rows typed before switching to "Nee" are kept (nothing typed is lost) but not sent: say so.
    return d.dgas.length > 0 ? [issue('dgas', 'warning', 'dgas.ignored')] : [];
  }
  if (d.dgas.length === 0) return [issue('dgas', 'error', 'dgas.empty')];

  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  d.dgas.forEach((dga, dgaIndex) => {
    if (!dga.naam) issues.push(issue('dgas', 'error', 'dga.naam.required', { dgaIndex, dgaPart: 'naam' }));

    const at = { dgaIndex, dgaPart: 'personeelsnummer' } as const;
    if (!dga.personeelsnummer) {
      issues.push(issue('dgas', 'error', 'dga.personeelsnummer.required', at));
    } else if (!DIGITS.test(dga.personeelsnummer)) {
      issues.push(issue('dgas', 'error', 'dga.personeelsnummer.digits', at));
    } else {
      // Loket.nl's personeelsnummer is an integer, so "007" and "7" are the same employee.
      const key = dga.personeelsnummer.replace(/^0+(?=\d)/, '');
      if (seen.has(key)) issues.push(issue('dgas', 'error', 'dga.personeelsnummer.duplicate', at));
      seen.add(key);
    }
  });
  return issues;
}

/** `choices`: the loonheffingennummers Loket.nl shows for this employer (one per administration). */
export function validateRegistration(profile: Profile, draft: EmployerDraft, choices: readonly string[] = []): ValidationIssue[] {
  return [...validateProfile(profile), ...validateEmployer(draft, choices)];
}

/** True when any error remains; an accepted eleven-test failure is already a warning by then. */
export function hasBlockingErrors(issues: readonly ValidationIssue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}
