import type { EmployerRecord } from '../employers/record';
import type { Profile } from '../registration/schema';
import {
  asrFormUrlItem,
  chosenEmployerIdItem,
  entryOf,
  lastEmployerIdItem,
  readEmployers,
  readProfile,
  readQuarantine,
  readRights,
  readSettings,
  type EmployerIndexEntry,
  type QuarantineEntry,
  type RightsRecord,
  type Settings,
} from '../store';
import type { TargetTab } from './target-tab';
import { FIRST_READ_GLOBAL, readFirstPaint, type FirstRead } from './first-read';
import { siteOf } from '../browser/sites';
import { chooseEmployer } from './choose-employer';

export interface PopupData {
  profile: Profile;
  /** Every employer, small entries only (the switcher's list); just the shown one until read. */
  index: EmployerIndexEntry[];
  /** The employers read in full: the one shown (and any shown before in this popup). */
  records: Record<string, EmployerRecord>;
  selectedId: string | null;
  rights: Record<string, RightsRecord>;
  quarantine: QuarantineEntry[];
  settings: Settings;
  /** On an a.s.r. tab: the popup's choice and the employer last seen in Loket.nl differ; ask. */
  mustPick: boolean;
  chosenId: string | null;
  lastSeenId: string | null;
  /** Where the a.s.r. form was last found. */
  asrFormUrl: string | null;
}

async function loadAll(first: Promise<FirstRead>): Promise<PopupData> {
  // What the first read brought is validated here; the index of all employers is read right
  // after the first paint (see load in popup-store.ts).
  const { target, items, tabEmployerId, candidateIds, employers } = await first;
  const lastSeenId = lastEmployerIdItem.valueIn(items);
  const chosenId = chosenEmployerIdItem.valueIn(items);
  const [profile, found, rights, settings, quarantine] = await Promise.all([
    readProfile(items),
    readEmployers(candidateIds, items, employers ?? undefined),
    readRights(items),
    readSettings(items),
    // As read before the validations here: what they set aside is read after the first paint.
    readQuarantine(items),
  ]);
  const choice = chooseEmployer({
    site: siteOf(target?.url),
    ids: new Set(found.keys()),
    tabEmployerId,
    chosenId,
    lastSeenId,
  });
  const wanted = new Set([choice.selectedId, choice.mustPick ? lastSeenId : null]);
  const shown = [...found.values()].filter((r) => wanted.has(r.id));
  const records = Object.fromEntries(shown.map((r) => [r.id, r]));
  const index = shown.map(entryOf);
  const asrFormUrl = asrFormUrlItem.valueIn(items);
  return { profile, index, records, selectedId: choice.selectedId, rights, quarantine, settings, mustPick: choice.mustPick, chosenId, lastSeenId, asrFormUrl };
}

export interface PopupBoot {
  target: Promise<TargetTab | null>;
  data: Promise<PopupData>;
  /** Both, when they were there before React's first render (the usual case). */
  ready?: { target: TargetTab | null; data: PopupData };
}

/**
 * Started before React renders, so the reads overlap with loading the UI: taken from the
 * first-read script when popup.html ran it, else read here.
 */
export function bootPopup(search: string): PopupBoot {
  const started = (globalThis as Record<string, unknown>)[FIRST_READ_GLOBAL] as Promise<FirstRead> | undefined;
  const first = started ?? readFirstPaint(search);
  return { target: first.then((f) => f.target, () => null), data: loadAll(first) };
}
