import type { ReactNode } from 'react';
import { STAGES, type Stage } from '../../utils/registration/stage';
import type { Lang } from '../../utils/i18n/table';
import { stageText } from '../../utils/overview/labels';

/** A control with its small label above it: the overview's search, filters and bulk stage. */
export function Field({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block text-xs font-medium text-slate-700">
        {label}
      </label>
      {children}
    </div>
  );
}

/** The stages as options, in their order; `all` adds an empty choice first. */
export function StageOptions({ lang, all }: { lang: Lang; all?: string }) {
  return (
    <>
      {all !== undefined && <option value="">{all}</option>}
      {STAGES.map((s: Stage) => (
        <option key={s} value={s}>
          {stageText(s, lang)}
        </option>
      ))}
    </>
  );
}
