import { useState, type Dispatch, type SetStateAction } from 'react';
import type { EmployerRecord } from '../../utils/employers/record';
import type { MergeResult } from '../../utils/employers/merge';
import type { Stage } from '../../utils/registration/stage';
import type { Lang } from '../../utils/i18n/table';
import { ot } from '../../utils/i18n/overview';
import { stageText } from '../../utils/overview/labels';
import { mergeRecords, restoreRemoved, setStageOf, unmerge } from '../../utils/overview/actions';
import { applyPlan, backupFileName, makeBackup, mergeProfile, mergeRights, planIsEmpty, planRestore, readBackup, type Backup, type RestorePlan } from '../../utils/overview/backup';
import { changeEmployers, deleteEmployers, readPortfolio, writeRestore } from '../../utils/overview/store';
import type { Notice } from './NoticeBanner';
import { downloadText } from './download';

interface ActionContext {
  lang: Lang;
  /** Saves the editor's pending typing; every action waits for it first. */
  flush: () => Promise<void>;
  selectedIds: readonly string[];
  setSelected: Dispatch<SetStateAction<ReadonlySet<string>>>;
  setOpenId: Dispatch<SetStateAction<string | null>>;
  setNotice: Dispatch<SetStateAction<Notice | null>>;
}

/** The overview's actions on stored employers (delete, stage, merge, back-up, restore), each told in a notice. */
export function usePortfolioActions({ lang, flush, selectedIds, setSelected, setOpenId, setNotice }: ActionContext) {
  const [restore, setRestore] = useState<{ backup: Backup; plan: RestorePlan } | null>(null);

  const remove = async (ids: string[]) => {
    await flush();
    const removed = await deleteEmployers(ids);
    setSelected((s) => new Set([...s].filter((id) => !ids.includes(id))));
    setOpenId(null);
    setNotice({
      kind: 'info',
      text: ot('deleted', lang, { n: removed.length }),
      undo: () => changeEmployers((records) => restoreRemoved(records, removed)),
    });
  };

  const setStage = async (stage: Stage) => {
    await flush();
    const ids = new Set(selectedIds);
    const at = new Date().toISOString();
    await changeEmployers((records) => setStageOf(records, ids, stage, at));
    setNotice({ kind: 'info', text: `${stageText(stage, lang)}: ${ids.size}` });
  };

  const merge = async (ids: readonly string[]) => {
    await flush();
    let originals: EmployerRecord[] = [];
    let result: MergeResult | null = null;
    await changeEmployers((records) => {
      const merged = mergeRecords(records, ids);
      if (!merged) return records;
      ({ originals, result } = merged);
      return merged.records;
    });
    const done = result as MergeResult | null;
    if (!done) return;
    setSelected(new Set());
    setNotice({
      kind: 'merged',
      text: ot('mergeDone', lang, { n: originals.length }),
      id: done.merged.id,
      conflicts: done.conflicts,
      undo: () => changeEmployers((records) => unmerge(records, done.merged.id, originals)),
    });
  };

  const backup = async () => {
    await flush();
    const { settings: _settings, ...portfolio } = await readPortfolio();
    downloadText(JSON.stringify(makeBackup(portfolio, new Date()), null, 2), backupFileName(new Date()), 'application/json');
  };

  const chooseRestoreFile = async (file: File | undefined) => {
    if (!file) return;
    const result = readBackup(await file.text());
    if (!result.ok) {
      setNotice({ kind: 'error', text: result.message[lang] });
      return;
    }
    await flush();
    const { settings: _settings, ...local } = await readPortfolio();
    const plan = planRestore(local, result.backup);
    if (planIsEmpty(plan)) setNotice({ kind: 'info', text: ot('restoreNothing', lang) });
    else setRestore({ backup: result.backup, plan });
  };

  const confirmRestore = async (flipped: ReadonlySet<string>) => {
    if (!restore) return;
    const { backup: file } = restore;
    setRestore(null);
    let counts = { add: 0, change: 0 };
    // Planned again against storage as it is now, inside the lock: nothing written meanwhile is lost.
    await writeRestore(
      (records) => {
        const plan = planRestore({ employers: records, rights: {}, profile: file.profile }, file);
        counts = { add: plan.add.length, change: plan.change.length };
        return applyPlan(records, plan, flipped);
      },
      (rights) => mergeRights(rights, file.rights),
      (profile) => mergeProfile(profile, file.profile),
    );
    setNotice({ kind: 'info', text: ot('restoreDone', lang, counts) });
  };

  return { restore, cancelRestore: () => setRestore(null), remove, setStage, merge, backup, chooseRestoreFile, confirmRestore };
}
