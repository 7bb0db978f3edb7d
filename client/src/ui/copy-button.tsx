import { useState } from "react";

// navigator.clipboard exists only in secure contexts (https, localhost); a
// dashboard opened over plain http on a LAN address falls back to execCommand.
async function copyText(text: string): Promise<void> {
  if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.className = "offscreen";
  document.body.append(area);
  area.select();
  const copied = document.execCommand("copy");
  area.remove();
  if (!copied) throw new Error("copy refused");
}

export interface CopyButtonProps {
  text: string;
  label?: string;
  small?: boolean;
}

export function CopyButton({ text, label = "Copy", small = false }: CopyButtonProps) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  const copy = () => {
    copyText(text).then(
      () => setState("copied"),
      () => setState("failed"),
    );
  };
  return (
    <span className="copy">
      <button type="button" className={small ? "button button-small" : "button"} onClick={copy}>
        {label}
      </button>
      <span role="status" className="copy-status">
        {state === "copied" && (small ? "Copied." : "Copied to the clipboard.")}
        {state === "failed" && "Could not copy: select the text and copy it."}
      </span>
    </span>
  );
}

/** A value people copy elsewhere (a URL, an id, a key), with its copy button. */
export function CopyValue({ value, name }: { value: string; /** What it is, for the button: "Copy URL". */ name: string }) {
  return (
    <span className="copy-value">
      <code>{value}</code>
      <CopyButton text={value} label={`Copy ${name}`} small />
    </span>
  );
}
