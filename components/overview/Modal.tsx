import { useEffect, useRef, type ReactNode } from 'react';

interface ModalProps {
  titleId: string;
  onClose: () => void;
  /** Width and background of the dialog; padding and text of its scrolling body. */
  className: string;
  bodyClassName: string;
  /** Gets `close`, which closes the dialog the way Escape does (onClose follows). */
  children: (close: () => void) => ReactNode;
}

/** The overview's modal dialog: opened on mount, focus kept inside, Escape closes. */
export function Modal({ titleId, onClose, className, bodyClassName, children }: ModalProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);
  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      onClose={onClose}
      className={'m-auto max-w-[95vw] rounded-lg border border-slate-300 p-0 shadow-xl backdrop:bg-slate-900/30 ' + className}
    >
      <div className={'max-h-[85vh] space-y-3 overflow-auto text-slate-900 ' + bodyClassName}>{children(() => dialog.current?.close())}</div>
    </dialog>
  );
}
