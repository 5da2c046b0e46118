import type { EmployerDraft, Profile, ValidationIssue } from '../../utils/registration/schema';
import { visibleIssues } from '../../utils/popup/issue-visibility';
import { text } from '../../utils/i18n/popup';
import type { Lang } from '../../utils/i18n/table';
import { TextField } from '../shared/TextField';

export interface ProfileProps {
  profile: Profile;
  draft: EmployerDraft;
  /** Every issue; the form shows them per utils/popup/issue-visibility.ts. */
  issues: ValidationIssue[];
  visibility: { touched: ReadonlySet<string>; showAll: boolean };
  lang: Lang;
  onChange: (patch: Partial<Profile>) => void;
}

/** The processor's own details, opened (see ProfileSection). */
export function ProfileForm({ profile, draft, issues: all, visibility, lang, onChange }: ProfileProps) {
  const t = (key: Parameters<typeof text>[0]) => text(key, lang);
  const issues = visibleIssues(all, profile, draft, visibility.touched, visibility.showAll);
  const of = (field: ValidationIssue['field']) => issues.filter((i) => i.field === field);
  const dutch = lang === 'en' ? 'nl' : undefined;
  return (
    <section aria-labelledby="profile-heading" className="space-y-2 rounded-lg border border-slate-200 bg-white p-3">
      <div>
        <h2 id="profile-heading" className="text-sm font-semibold">
          {t('profile')}
        </h2>
        <p className="text-[11px] text-slate-500">{t('profileHint')}</p>
      </div>
      <TextField labelLang={dutch} label={t('bedrijfsnaam')} value={profile.bedrijfsnaam} touchKey="bedrijfsnaam::" onChange={(bedrijfsnaam) => onChange({ bedrijfsnaam })} issues={of('bedrijfsnaam')} lang={lang} autoComplete="organization" />
      <TextField labelLang={dutch} label={t('email')} type="email" inputMode="email" value={profile.email} touchKey="email::" onChange={(email) => onChange({ email })} issues={of('email')} lang={lang} autoComplete="email" />
      <TextField labelLang={dutch}
          label={t('raamwerkcontractnummer')}
          value={profile.raamwerkcontractnummer}
          touchKey="raamwerkcontractnummer::"
          onChange={(raamwerkcontractnummer) => onChange({ raamwerkcontractnummer })}
          issues={of('raamwerkcontractnummer')}
          lang={lang}
        />
    </section>
  );
}
