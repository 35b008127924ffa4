import { useEffect, useId, useState } from "react";

/** True once React has hydrated the page in the browser, so JavaScript-only controls can appear. */
function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}

interface CopyFieldProps {
  readonly label: string;
  readonly value: string;
  /** Rows for a multi-line value (an attribution); a single line otherwise. */
  readonly rows?: number;
}

/**
 * Text to copy: selectable in a read-only field without JavaScript, with a "Copy" button
 * once JavaScript runs (the clipboard needs it). The result is announced to screen readers.
 */
export function CopyField({ label, value, rows }: CopyFieldProps) {
  const id = useId();
  const hydrated = useHydrated();
  const [status, setStatus] = useState("");
  const copy = () => {
    navigator.clipboard.writeText(value).then(
      () => setStatus("Copied."),
      () => setStatus("Your browser did not allow copying: select the text and copy it instead."),
    );
  };
  return (
    <div className="attribution">
      <label htmlFor={id}>{label}</label>
      {rows ? (
        <textarea id={id} readOnly rows={rows} value={value} />
      ) : (
        <input id={id} type="text" readOnly value={value} />
      )}
      {hydrated && (
        <p>
          <button type="button" className="button--secondary" onClick={copy}>
            Copy {label.toLowerCase()}
          </button>{" "}
          <span role="status">{status}</span>
        </p>
      )}
    </div>
  );
}
