import { useEffect, useRef, useState } from 'react';
import type { Profile, RegistrationStatus } from '../../utils/registration/schema';
import { stageIndex } from '../../utils/registration/stage';
import type { Lang } from '../../utils/i18n/table';
import { sendText } from '../../utils/i18n/send';
import { text } from '../../utils/i18n/popup';
import { day } from '../../utils/popup/already-sent';
import { nextEmployer, type NextEmployer } from '../../utils/popup/next-employer';
import { noticedSendFor, sendNoticeItem, type SendNotice } from '../../utils/asr-button/sent-notice';
import { readAllEmployers } from '../../utils/store';
import { buttonClass } from './button';

export interface SendStepProps {
  tabId: number;
  employerId: string;
  /** The employer's name as the user knows it. */
  name: string;
  status: RegistrationStatus;
  profile: Profile;
  lang: Lang;
  /** A fill on this page load is shown: the next step is checking and sending. */
  filled: boolean;
  /** Records the send, on this date (ISO). */
  onMarkSent: (at: string) => void;
  /** Opens a fresh form for this employer in the tab. */
  onOpenNext: (id: string) => void;
}

const boxClass = 'space-y-1.5 rounded-md border border-sky-700 bg-sky-50 p-2';

/**
 * The step after a fill (issue 24), at the top of the fill panel: check the form and send it
 * yourself, then "Verstuurd" (with the date when the page confirmed the user's own send), then
 * the next employer ready to fill. The extension never submits.
 */
export function SendStep(props: SendStepProps) {
  const { tabId, employerId, name, status, lang, filled, onMarkSent } = props;
  const [notice, setNotice] = useState<SendNotice | null>(null);
  const [marked, setMarked] = useState(false);
  useEffect(() => {
    void sendNoticeItem.getValue().then(setNotice, () => undefined);
    return sendNoticeItem.watch(setNotice);
  }, []);
  const noticed = noticedSendFor(notice, tabId, employerId);
  if (stageIndex(status.stage) >= stageIndex('verstuurd')) return <NextOffer {...props} focus={marked} />;
  if (!filled && !noticed) return null;
  return (
    <div className={boxClass}>
      <p id="send-check" className="text-xs text-slate-900">
        {noticed ? sendText('sendNoticed', lang, { name }) : sendText('sendCheck', lang)}
      </p>
      <button
        type="button"
        aria-describedby="send-check"
        onClick={() => {
          setMarked(true);
          onMarkSent(noticed ?? new Date().toISOString());
        }}
        className={buttonClass + 'bg-sky-800 text-white hover:bg-sky-900'}
      >
        {noticed ? sendText('markSentOn', lang, { date: day(noticed, lang) }) : sendText('markSent', lang)}
      </button>
    </div>
  );
}

function NextOffer({ employerId, name, profile, lang, onOpenNext, focus }: SendStepProps & { focus: boolean }) {
  const [next, setNext] = useState<NextEmployer | null | undefined>(undefined);
  const [opening, setOpening] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    let cancelled = false;
    void readAllEmployers().then(
      (all) => !cancelled && setNext(nextEmployer(profile, Object.values(all), employerId)),
      () => !cancelled && setNext(null),
    );
    return () => {
      cancelled = true;
    };
    // The profile decides readiness only through validation: read again per employer, not per keystroke.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [employerId]);
  useEffect(() => {
    // "Verstuurd" was pressed here: its button is gone, focus goes to the step it led to.
    if (focus && next) button.current?.focus();
  }, [focus, next]);
  if (next === undefined) return <p className="h-16" />;
  const nextName = next ? next.record.draft.werkgeverNaam.trim() || next.record.draft.werkgeverId || text('unnamedEmployer', lang) : '';
  return (
    <section aria-labelledby="next-employer-heading" className={boxClass}>
      <h3 id="next-employer-heading" className="text-xs font-semibold text-slate-900">
        {sendText('nextHeading', lang)}
      </h3>
      <p className="text-xs text-slate-800">
        {sendText('nextSent', lang, { name })}{' '}
        {next
          ? `${nextName}: ${next.ready ? sendText('nextReady', lang) : sendText('nextMissing', lang, { n: next.missing })}`
          : sendText('nextNone', lang)}
      </p>
      {next && (
        <button
          ref={button}
          type="button"
          disabled={opening}
          aria-busy={opening}
          onClick={() => {
            setOpening(true);
            onOpenNext(next.record.id);
          }}
          className={buttonClass + 'bg-sky-800 text-white hover:bg-sky-900 disabled:cursor-progress'}
        >
          {sendText('nextOpen', lang, { name: nextName })}
        </button>
      )}
    </section>
  );
}
