// The event types of a webhook: a checkbox per event type with its
// description; the "?" beside it shows the example payload. Partner-only
// types are marked, and closed to a program's webhook.
import { useId, useState } from "react";
import { prettyJson } from "../../ui/json.ts";
import { eventTypeOpen, toggleEventType } from "./webhook-input.ts";

export interface EventTypeChoice {
  id: string;
  name: string;
  description: string;
  example?: unknown;
  /** Only global webhooks may subscribe to it. */
  partnerOnly?: boolean;
  /** Raised by Switchyard itself. */
  system?: boolean;
}

export interface EventTypePickerProps {
  eventTypes: readonly EventTypeChoice[];
  selected: readonly string[];
  onChange(selected: string[]): void;
  disabled?: boolean;
  errorId?: string;
  /** The program of the webhook; empty for a global one. */
  programId?: string;
}

export function EventTypePicker({ eventTypes, selected, onChange, disabled, errorId, programId = "" }: EventTypePickerProps) {
  // Subscribed types that are no longer in the catalogue (archived) stay visible, so they can be unticked.
  const known = new Set(eventTypes.map((t) => t.name));
  const choices: EventTypeChoice[] = [
    ...eventTypes,
    ...selected
      .filter((name) => !known.has(name))
      .map((name) => ({ id: name, name, description: "No longer in the catalogue (archived)." })),
  ];
  return (
    <ul className="event-types" aria-describedby={errorId}>
      {choices.map((type) => (
        <EventTypeOption
          key={type.id}
          type={type}
          checked={selected.includes(type.name)}
          disabled={disabled || !eventTypeOpen(type, programId, selected.includes(type.name))}
          onChange={(checked) => onChange(toggleEventType(selected, type.name, checked))}
        />
      ))}
    </ul>
  );
}

function EventTypeOption({
  type,
  checked,
  disabled,
  onChange,
}: {
  type: EventTypeChoice;
  checked: boolean;
  disabled?: boolean;
  onChange(checked: boolean): void;
}) {
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <li className="event-type">
      <div className="event-type-row">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          disabled={disabled}
          onChange={(e) => onChange(e.target.checked)}
          aria-describedby={`${id}-description`}
        />
        <label htmlFor={id} className="event-type-name">
          <code>{type.name}</code>
        </label>
        {type.partnerOnly && <span className="badge badge-warning">Partner-only</span>}
        {type.system && <span className="badge badge-muted">System</span>}
        <button
          type="button"
          className="help-button"
          aria-expanded={open}
          aria-controls={`${id}-example`}
          aria-label={`About ${type.name}`}
          title={type.description || type.name}
          onClick={() => setOpen((o) => !o)}
        >
          ?
        </button>
      </div>
      <p id={`${id}-description`} className="event-type-description">
        {type.description || "No description."}
        {type.partnerOnly && " Partner-only: for global webhooks, not a program's."}
      </p>
      {open && (
        <div id={`${id}-example`} className="event-type-example">
          <p className="muted">Example payload</p>
          {type.example === undefined || type.example === null ? <p>None given for this type.</p> : <pre>{prettyJson(type.example)}</pre>}
        </div>
      )}
    </li>
  );
}
