import { lazy, Suspense, useState } from 'react';
import type { ValidationIssue } from '../../utils/registration/schema';
import { text } from '../../utils/i18n/popup';
// Type only: the form itself stays out of the first-paint bundle.
import type { ProfileProps } from './ProfileForm';

// The form is needed once (or when changing): outside the first-paint bundle.
const ProfileForm = lazy(() => import('./ProfileForm').then((m) => ({ default: m.ProfileForm })));

/**
 * The processor's own details. Once valid they shrink to one line with "Wijzigen": they are typed
 * once and must not push the next action below the fold. Props changed (issue 14): draft and
 * visibility added, issues are all issues.
 */
export function ProfileSection({ profile, draft, issues, visibility, lang, onChange }: ProfileProps) {
  const t = (key: Parameters<typeof text>[0]) => text(key, lang);
  const of = (field: ValidationIssue['field']) => issues.filter((i) => i.field === field);
  const valid = ![...of('bedrijfsnaam'), ...of('email'), ...of('raamwerkcontractnummer')].some((i) => i.severity === 'error') && profile.bedrijfsnaam.trim() !== '';
  // Decided when shown: a profile that becomes valid while typed stays open under the cursor.
  const [open, setOpen] = useState(!valid);
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
    <Suspense fallback={<p className="h-40" />}>
      <ProfileForm profile={profile} draft={draft} issues={issues} visibility={visibility} lang={lang} onChange={onChange} />
    </Suspense>
  );
}
