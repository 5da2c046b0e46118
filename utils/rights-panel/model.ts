// What the panel on a Loket.nl rights page says (pure). A user's page: that user's checklist by
// the decision the popup and the badge use (linkUserChecklist), with the page as it is now in
// place of the stored reading. A team's page: the team's own six rights.

import { REQUIRED_RIGHTS, type RightName, type RightsCapture, type TeamCapture } from '../loket/types';
import {
  checklistVerdict,
  helpdeskMail,
  linkUserChecklist,
  type CheckState,
  type ChecklistItem,
  type EmployerRef,
  type StoredCheck,
} from '../rights/checklist';
import { translate, type Lang } from '../i18n/table';
import { CHECK_STATE_TEXT } from '../i18n/rights';
import { PANEL_TEXT } from '../i18n/rights-panel';

export interface PanelLine {
  id: string;
  label: string;
  state: CheckState;
  stateText: string;
  /** Where it comes from ("via team Koppelingen") or where to look; '' when nothing to add. */
  note: string;
}

export interface PanelModel {
  lang: Lang;
  title: string;
  verdict: 'ok' | 'missing' | 'open';
  headline: string;
  /** The six rights, in Loket.nl's order. */
  rights: Array<PanelLine & { right: RightName }>;
  /** User type, status, access, dedicated use (a user's page only). */
  conditions: PanelLine[];
  /** Employer line, or team members line; '' when none. */
  context: string;
  /** The e-mail asking for exactly what is missing; null when nothing is. */
  mail: { href: string; text: string } | null;
  /** One short sentence for screen readers when the summary changes. */
  announce: string;
}

const isRight = (id: string): id is RightName => (REQUIRED_RIGHTS as readonly string[]).includes(id);
const t = (key: keyof typeof PANEL_TEXT, lang: Lang, values?: Record<string, string | number>) => translate(PANEL_TEXT, key, lang, values);

function line(item: ChecklistItem, lang: Lang): PanelLine {
  const note = item.state === 'granted' ? (item.source?.[lang] ?? '') : item.state === 'missing' || item.state === 'undetermined' || item.state === 'unchecked' ? item.whereToLook[lang] : '';
  return { id: item.id, label: item.label[lang], state: item.state, stateText: translate(CHECK_STATE_TEXT, item.state, lang), note };
}

function mailOf(missing: ChecklistItem[], name: string, employer: EmployerRef | undefined, kind: 'user' | 'team'): PanelModel['mail'] {
  if (missing.length === 0) return null;
  const { to, subject, body } = helpdeskMail(missing, name, employer, kind);
  return {
    href: `mailto:${to}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`,
    text: `Aan: ${to}\nOnderwerp: ${subject}\n\n${body}`,
  };
}

function headlineOf(items: readonly { state: CheckState }[], verdict: PanelModel['verdict'], lang: Lang): string {
  if (verdict === 'ok') return t('ready', lang);
  const n = items.filter((i) => i.state === 'missing').length;
  const open = items.filter((i) => i.state !== 'missing' && i.state !== 'granted').length;
  return t('notReady', lang, { n, open });
}

/** The panel for a user's rights page. */
export function userPanel(live: RightsCapture, checks: readonly StoredCheck[], employer: EmployerRef | undefined, lang: Lang): PanelModel {
  const { items } = linkUserChecklist(checks, employer, live.userName, live);
  const lines = items.map((i) => line(i, lang));
  const rights = lines.filter((l): l is PanelLine & { right: RightName } => isRight(l.id)).map((l) => ({ ...l, right: l.id as RightName }));
  return panelOf(items, rights, lang, {
    title: t('titleUser', lang, { user: live.userName }),
    conditions: lines.filter((l) => !isRight(l.id)),
    context: employer ? t('employer', lang, { employer: `${employer.werkgeverNaam || '?'} (Werkgever ID ${employer.werkgeverId || '?'})` }) : t('noEmployer', lang),
    mail: mailOf(items.filter((i) => i.state === 'missing'), live.userName, employer, 'user'),
  });
}

/** The panel for a team's rights page: the team's own six rights (they count for every member). */
export function teamPanel(live: TeamCapture, employer: EmployerRef | undefined, lang: Lang): PanelModel {
  const items: ChecklistItem[] = REQUIRED_RIGHTS.map((right) => {
    const value = live.rights[right];
    const state: CheckState = value === true ? 'granted' : value === false ? 'missing' : 'undetermined';
    return {
      id: right,
      label: { nl: `Recht “${right}”`, en: `Right “${right}”` },
      state,
      whereToLook: { nl: 'Teams en Gebruikers → Teams → ' + live.teamName, en: 'Teams en Gebruikers → Teams → ' + live.teamName },
      ...(state === 'granted' ? { source: { nl: `via team ${live.teamName}`, en: `via team ${live.teamName}` } } : {}),
    };
  });
  const rights = items.map((i) => ({ ...line(i, lang), right: i.id as RightName }));
  return panelOf(items, rights, lang, {
    title: t('titleTeam', lang, { team: live.teamName }),
    conditions: [],
    context: [live.members?.length ? t('teamMembers', lang, { members: live.members.join(', ') }) : '', t('teamNote', lang)].filter(Boolean).join(' '),
    mail: mailOf(items.filter((i) => i.state === 'missing'), live.teamName, employer, 'team'),
  });
}

/** What a user's and a team's panel sum up alike: the verdict, its headline and what is announced. */
function panelOf(
  items: ChecklistItem[],
  rights: PanelModel['rights'],
  lang: Lang,
  own: Pick<PanelModel, 'title' | 'conditions' | 'context' | 'mail'>,
): PanelModel {
  const verdict = checklistVerdict(items);
  const headline = headlineOf(items, verdict, lang);
  const granted = rights.filter((r) => r.state === 'granted').length;
  return { lang, verdict, headline, rights, ...own, announce: `${t('rightsCount', lang, { granted })}. ${headline}` };
}
