import { useEffect, useState, useSyncExternalStore } from 'react';
import { createPopupStore } from '../../utils/popup/popup-store';
import type { PopupBoot } from '../../utils/popup/load';

/**
 * Binds the popup's store (utils/popup/popup-store.ts: its state, saving and watchers) to React,
 * and writes what was typed when the popup hides (it closes the moment it loses focus).
 */
export function usePopupData(boot: PopupBoot) {
  const [store] = useState(() => createPopupStore(boot.ready));
  const { data, target, loadFailed, saveError } = useSyncExternalStore(store.subscribe, store.getState);

  // The promises, not the object: main.tsx renders again with the same promises once they are there.
  useEffect(() => store.load(boot.target, boot.data), [store, boot.target, boot.data]);
  useEffect(() => store.watch(), [store]);

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void store.flush(true);
    };
    const onPageHide = () => void store.flush(true);
    window.addEventListener('pagehide', onPageHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, [store]);

  return {
    data,
    target,
    loadFailed,
    saveError,
    editEmployer: store.editEmployer,
    editProfile: store.editProfile,
    selectEmployer: store.selectEmployer,
    storeChoice: store.storeChoice,
    removeEmployer: store.removeEmployer,
    restoreEmployer: store.restoreEmployer,
    replaceEmployers: store.replaceEmployers,
    rememberAsrForm: store.rememberAsrForm,
    setLang: store.setLang,
    flush: store.flush,
  };
}
