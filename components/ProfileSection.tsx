import { useState } from 'react';
import type { Profile, ValidationIssue } from '@/utils/registration/schema';
import { text, type Lang } from '@/utils/i18n';
import { TextField } from './TextField';
import { hasError } from './IssueText';

/**
 * The processor's own details. Once valid they shrink to one line with "Wijzigen": they are typed
 * once and must not push the next action below the fold. Props unchanged.
 */
export function ProfileSection({
  profile,
  issues,
  lang,
  onChange,
}: {
  profile: Profile;
  issues: ValidationIssue[];
  lang: Lang;
  onChange: (patch: Partial<Profile>) => void;
}) {
  const t = (key: Parameters<typeof text>[0]) => text(key, lang);
  const of = (field: ValidationIssue['field']) => issues.filter((i) => i.field === field);
  const valid = !hasError([...of('bedrijfsnaam'), ...of('email'), ...of('raamwerkcontractnummer')]) && profile.bedrijfsnaam.trim() !== '';
  // Decided when shown: a profile that becomes valid while typed stays open under the cursor.
  const [open, setOpen] = useState(!valid);
  const dutch = lang === 'en' ? 'nl' : undefined;
  if (!open) {
    return (
      <section aria-labelledby="profile-heading" className="flex items-center gap-2 rounded-lg border border-slate-200 bg-white px-3 py-1.5 text-xs">
        <h2 id="profile-heading" className="font-semibold">
          {t('profile')}:
        </h2>
        <p className="min-w-0 flex-1 truncate text-slate-700">
          {profile.bedrijfsnaam} · {profile.raamwerkcontractnummer}
        </p>
        <button
          type="button"
          aria-label={`${t('change')}: ${t('profile')}`}
          onClick={() => setOpen(true)}
          className="rounded border border-slate-300 px-1.5 py-0.5 font-medium text-slate-700 outline-none hover:bg-slate-50 focus-visible:ring-2 focus-visible:ring-sky-600"
        >
          {t('change')}
        </button>
      </section>
    );
  }
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
