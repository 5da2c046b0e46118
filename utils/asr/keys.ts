// THE list of a.s.r. field keys and report states. Types (here) and zod enums
// (utils/messages/replies.ts) derive from these arrays; nothing else spells them out.

/** Text fields filled once; order is the order of the report. */
export const TEXT_FIELDS = ['bedrijfsnaam', 'email', 'raamwerkcontractnummer', 'loonheffingennummer', 'werkgeverId'] as const;
/** Fields of a DGA row (one pair per DGA). */
export const ROW_FIELDS = ['dgaNaam', 'dgaPersoneelsnummer'] as const;
/** Questions answered by choosing an option. */
export const CHOICE_FIELDS = ['hasDga', 'verloning', 'dertiendeMaand'] as const;

export type TextFieldKey = (typeof TEXT_FIELDS)[number];
export type RowFieldKey = (typeof ROW_FIELDS)[number];
export type ChoiceFieldKey = (typeof CHOICE_FIELDS)[number];
export type AsrFieldKey = TextFieldKey | RowFieldKey | ChoiceFieldKey;

/** Every field key, in report order (text fields, questions, then DGA rows). */
export const ASR_FIELD_KEYS: readonly [AsrFieldKey, ...AsrFieldKey[]] = [...TEXT_FIELDS, ...CHOICE_FIELDS, ...ROW_FIELDS];

/**
 * filled: the page shows what was meant (read back after the fill);
 * not-taken: we set it, but the page shows something else (detail: what it shows);
 * not-found: no control could be tied to the question with confidence (detail: why);
 * conflict: the page held another value, left alone; skipped: nothing to do (detail: why).
 */
export const FILL_STATUSES = ['filled', 'not-taken', 'not-found', 'conflict', 'skipped'] as const;
export type FillStatus = (typeof FILL_STATUSES)[number];

export const PAY_PERIODS = ['maand', '4weken'] as const;
export type AsrPayPeriod = (typeof PAY_PERIODS)[number];

/**
 * Report details (prefix + what the row holds) of a DGA row left on the form from another
 * employer ("extra DGA-rij: Piet Puk", a conflict), and of one the filler removed on "Toch
 * overschrijven" and read back as gone ("verwijderde DGA-rij: Piet Puk", filled). Here, not in
 * plan.ts, so the popup's report phrases import two strings and not the planner.
 */
export const EXTRA_ROW = 'extra DGA-rij: ';
export const REMOVED_ROW = 'verwijderde DGA-rij: ';
/** Report detail of a DGA question left unanswered: "Nee" would hide another employer's rows still on the form. */
export const ROWS_FIRST = 'eerst de extra DGA-rijen verwijderen';
/** Report detail of an empty DGA row left on the form that the filler could not remove (a conflict). */
export const EMPTY_ROW = 'lege DGA-rij';
