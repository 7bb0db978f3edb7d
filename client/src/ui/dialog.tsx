// A modal dialog on the native <dialog> element: it traps focus, closes on
// Escape, and gives focus back to what opened it. Render it only while open.
import { useId, useLayoutEffect, useRef, type ReactNode } from "react";

export interface DialogProps {
  title: string;
  /** Escape, or a button that closes it. */
  onClose(): void;
  children: ReactNode;
}

export function Dialog({ title, onClose, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  // Layout effect: close() must run while the dialog is still in the document
  // for the browser to restore focus.
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      // Ignore a close that React's StrictMode remount has already undone.
      onClose={(event) => {
        if (!event.currentTarget.open) onClose();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}
