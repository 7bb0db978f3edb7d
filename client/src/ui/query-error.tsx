import type { CombinedError } from "@urql/core";
import { errorMessage } from "./error-message.ts";

export function QueryError({ error, onRetry }: { error: CombinedError; onRetry?: () => void }) {
  return (
    <div className="callout callout-error" role="alert">
      <p>{errorMessage(error)}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
