// The confirmation every destructive action asks for: what happens, the API's
// refusal if it gives one, Cancel (focused) and the action. Once the action is
// refused for good (`refused`), only Close is left.
import type { ReactNode } from "react";
import { FormErrors } from "../forms/field.tsx";
import { problemFor, type MutationProblem } from "../forms/field-issues.ts";
import { Dialog } from "./dialog.tsx";

export interface ConfirmDialogProps {
  title: string;
  problem: MutationProblem;
  /** The action's button, and what it says while the action runs. */
  action: { label: string; busyLabel: string; busy: boolean; run(): void };
  refused?: boolean;
  onClose(): void;
  children: ReactNode;
}

export function ConfirmDialog({ title, problem, action, refused = false, onClose, children }: ConfirmDialogProps) {
  return (
    <Dialog title={title} onClose={onClose}>
      <FormErrors errors={problemFor(problem, {}).form} />
      {children}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose} autoFocus>
          {refused ? "Close" : "Cancel"}
        </button>
        {!refused && (
          <button type="button" className="button button-danger" onClick={action.run} disabled={action.busy}>
            {action.busy ? action.busyLabel : action.label}
          </button>
        )}
      </div>
    </Dialog>
  );
}
