import { useRef } from 'react';
import type { Lang } from '../../utils/i18n/table';
import { ot } from '../../utils/i18n/overview';
import { button } from './styles';

interface ToolbarProps {
  lang: Lang;
  onSwitchLang: () => void;
  /** Off until the records are read, and while no row is shown. */
  canExport: boolean;
  onExportCsv: () => void;
  onBackup: () => void;
  onRestoreFile: (file: File | undefined) => void;
}

/** The page's heading with the language switch, CSV export, back-up and restore. */
export function OverviewToolbar({ lang, onSwitchLang, canExport, onExportCsv, onBackup, onRestoreFile }: ToolbarProps) {
  const fileInput = useRef<HTMLInputElement>(null);
  return (
    <header className="flex flex-wrap items-end justify-between gap-3">
      <h1 className="text-xl font-semibold">{ot('pageTitle', lang)}</h1>
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" lang={lang === 'nl' ? 'en' : 'nl'} onClick={onSwitchLang} className="rounded px-1.5 py-0.5 text-sm text-sky-800 underline outline-none focus-visible:ring-2 focus-visible:ring-sky-600">
          {ot('language', lang)}
        </button>
        <button type="button" onClick={onExportCsv} disabled={!canExport} className={button + 'border-sky-700 text-sky-900'}>
          {ot('exportCsv', lang)}
        </button>
        <button type="button" onClick={onBackup} className={button + 'border-slate-400 text-slate-800'}>
          {ot('backup', lang)}
        </button>
        <button type="button" onClick={() => fileInput.current?.click()} className={button + 'border-slate-400 text-slate-800'}>
          {ot('restore', lang)}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          className="hidden"
          aria-label={ot('restore', lang)}
          data-testid="restore-file"
          onChange={(e) => {
            onRestoreFile(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </div>
    </header>
  );
}
