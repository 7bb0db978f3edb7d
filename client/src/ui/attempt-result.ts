// How an attempt's result reads: its HTTP status, or what went wrong when there was none.

export interface AttemptResultProps {
  succeeded: boolean;
  responseStatus?: number | null;
  errorCode?: string | null;
}

/** "204", "500", or the error (TIMEOUT…) when there was no response; green for success, red otherwise. */
export function attemptResultLabel({ succeeded, responseStatus, errorCode }: AttemptResultProps): string {
  if (responseStatus != null) return String(responseStatus);
  if (errorCode) return errorCode.replaceAll("_", " ").toLowerCase();
  return succeeded ? "ok" : "failed";
}
