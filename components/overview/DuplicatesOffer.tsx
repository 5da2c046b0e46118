import type { Lang } from '../../utils/i18n/table';
import { ot } from '../../utils/i18n/overview';
import { groupNames } from '../../utils/overview/actions';
import type { Records } from '../../utils/overview/store';
import { dataLang } from '../../utils/overview/labels';
import { button } from './styles';

/** The first five groups of employers that look like duplicates, each with its merge button. */
export function DuplicatesOffer({ lang, groups, records, onMerge }: { lang: Lang; groups: string[][]; records: Records | undefined; onMerge: (group: string[]) => void }) {
  return (
    <section aria-labelledby="duplicates-title" className="rounded-md border border-amber-300 bg-amber-50 p-2 text-sm text-amber-950">
      <p id="duplicates-title">{ot('mergeHint', lang)}</p>
      <ul className="mt-1 space-y-1">
        {groups.slice(0, 5).map((group) => (
          <li key={group.join()} className="flex flex-wrap items-center gap-2">
            <span lang={dataLang(lang)}>{groupNames(group, records)}</span>
            <button type="button" onClick={() => onMerge(group)} className={button + 'border-amber-600 bg-white py-0.5'}>
              {ot('merge', lang)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
