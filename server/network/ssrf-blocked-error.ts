// The refusal to connect to an address the policy blocks. Its code lets the
// delivery engine record it as a permanent, explainable failure.
export class SsrfBlockedError extends Error {
  override name = "SsrfBlockedError";
  readonly code = "SSRF_BLOCKED";

  constructor(
    readonly hostname: string,
    readonly address: string,
    readonly reason: string,
  ) {
    super(
      hostname === address
        ? `Refused to connect to ${address}: it is ${reason}`
        : `Refused to connect to ${hostname}: it resolves to ${address}, ${reason}`,
    );
  }
}
