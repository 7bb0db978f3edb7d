// A secret shown the one time it exists in the clear (a token's secret, a
// generated signing secret), with a copy button, and a warning that says so.
import type { ReactNode } from "react";
import { Field } from "../forms/field.tsx";
import { CopyButton } from "./copy-button.tsx";

export interface SecretOnceProps {
  /** The warning: what it is, and what to do if it is lost. */
  warning: ReactNode;
  label: string;
  hint?: string;
  secret: string;
  copyLabel: string;
  onDone(): void;
}

export function SecretOnce({ warning, label, hint, secret, copyLabel, onDone }: SecretOnceProps) {
  return (
    <>
      <div className="callout callout-warning">{warning}</div>
      <Field label={label} hint={hint}>
        {(control) => <input {...control} className="input mono" readOnly value={secret} onFocus={(e) => e.currentTarget.select()} />}
      </Field>
      <div className="dialog-actions">
        <CopyButton text={secret} label={copyLabel} />
        <button type="button" className="button button-primary" onClick={onDone} autoFocus>
          Done
        </button>
      </div>
    </>
  );
}

/** A signing secret Switchyard generated (a credential's, a new webhook endpoint's), shown the one time. */
export function GeneratedSigningSecret({ name, secret, onDone }: { name: string; secret: string; onDone(): void }) {
  return (
    <SecretOnce
      warning={
        <p>
          <strong>Copy the signing secret of “{name}” now.</strong> Switchyard generated it and will never show it again. Receivers verify
          signatures with it.
        </p>
      }
      label="Signing secret"
      secret={secret}
      copyLabel="Copy signing secret"
      onDone={onDone}
    />
  );
}
