import { useState, type ReactNode } from 'react';
import type { Lang } from '../../utils/i18n/table';
import { conflictKey, type RestoreConflict, type RestorePlan } from '../../utils/overview/backup';
import { dataLang, dutchDate } from '../../utils/overview/labels';
import { ot } from '../../utils/i18n/overview';
import { FieldName, FieldValue, Phrase, UseOther } from './Phrase';
import { Modal } from './Modal';

interface RestoreDialogProps {
  plan: RestorePlan;
  createdAt: string;
  lang: Lang;
  onConfirm: (flipped: ReadonlySet<string>) => void;
  onCancel: () => void;
}

/** What a back-up would add and change, with the choice per differing value, before anything is written. */
export function RestoreDialog({ plan, createdAt, lang, onConfirm, onCancel }: RestoreDialogProps) {
  const [flipped, setFlipped] = useState<ReadonlySet<string>>(new Set());
  const toggle = (key: string) =>
    setFlipped((s) => {
      const next = new Set(s);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  const conflictLine = (localId: string, c: RestoreConflict) => {
    const key = conflictKey(localId, c);
    const kept = c.kept === 'local' ? c.local : c.backup;
    const other = c.kept === 'local' ? c.backup : c.local;
    const value = (v: unknown) => <FieldValue field={c.field} value={v} lang={lang} />;
    return (
      <li key={key} className="text-xs">
        <p>
          <Phrase text={ot('restoreConflict', lang)} parts={{ field: <FieldName field={c.field} lang={lang} />, kept: value(kept), other: value(other) }} />
        </p>
        <label className="mt-0.5 flex items-center gap-1.5">
          <input type="checkbox" checked={flipped.has(key)} onChange={() => toggle(key)} className="accent-sky-700" />
          <span>
            <UseOther field={c.field} other={other} lang={lang} />
          </span>
        </label>
      </li>
    );
  };
  return (
    <Modal titleId="restore-title" onClose={onCancel} className="w-[560px] bg-white" bodyClassName="p-4 text-sm">
      {(close) => (
        <>
          <h2 id="restore-title" className="text-base font-semibold">
            {ot('restoreTitle', lang)}
          </h2>
          <p data-testid="restore-summary">
            {ot('restorePlan', lang, { date: dutchDate(createdAt), add: plan.add.length, change: plan.change.length, same: plan.same })}
          </p>
          <PlanList id="restore-add" title={`${ot('restoreAdd', lang)} (${plan.add.length})`} className="text-xs">
            {plan.add.map((r) => (
              <li key={r.id} lang={r.draft.werkgeverNaam ? dataLang(lang) : undefined}>
                {r.draft.werkgeverNaam || r.draft.werkgeverId || ot('unnamed', lang)}
              </li>
            ))}
          </PlanList>
          <PlanList id="restore-change" title={`${ot('restoreChange', lang)} (${plan.change.length})`} className="space-y-1">
            {plan.change.map((c) => (
              <li key={c.localId}>
                <span className="text-xs font-medium" lang={c.name ? dataLang(lang) : undefined}>
                  {c.name || ot('unnamed', lang)}
                </span>
                {c.conflicts.length > 0 && <ul className="space-y-1">{c.conflicts.map((conflict) => conflictLine(c.localId, conflict))}</ul>}
              </li>
            ))}
          </PlanList>
          <div className="flex gap-2">
            <button type="button" onClick={() => onConfirm(flipped)} className="rounded-md bg-sky-800 px-3 py-1.5 text-sm font-semibold text-white">
              {ot('restoreConfirm', lang)}
            </button>
            <button type="button" onClick={close} className="rounded-md border border-slate-300 px-3 py-1.5 text-sm">
              {ot('cancel', lang)}
            </button>
          </div>
        </>
      )}
    </Modal>
  );
}

/** One part of the plan (new, changed) with its heading; nothing when it is empty. */
function PlanList({ id, title, className, children }: { id: string; title: string; className: string; children: ReactNode[] }) {
  if (children.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h3 id={id} className="font-semibold">
        {title}
      </h3>
      <ul className={'ml-4 list-disc ' + className}>{children}</ul>
    </section>
  );
}
