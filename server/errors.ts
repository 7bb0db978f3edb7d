// Errors the domain raises on purpose. The GraphQL layer turns each into a
// typed member of a mutation's result union; anything else is a bug and is
// masked as an internal error.
export interface FieldIssue {
  /** Path of the offending input field, e.g. ["input", "headers", "2", "name"]. */
  path: string[];
  message: string;
}

export class ValidationError extends Error {
  constructor(readonly issues: FieldIssue[]) {
    super(issues.length === 1 ? issues[0].message : `${issues.length} fields are invalid: ${issues.map((i) => i.message).join("; ")}`);
    this.name = "ValidationError";
  }

  static field(path: string[], message: string): ValidationError {
    return new ValidationError([{ path, message }]);
  }
}

export class NotFoundError extends Error {
  constructor(
    readonly resource: string,
    readonly id: string,
  ) {
    super(`${resource} ${id} was not found.`);
    this.name = "NotFoundError";
  }
}

export class ConflictError extends Error {
  constructor(
    message: string,
    readonly path: string[] = [],
  ) {
    super(message);
    this.name = "ConflictError";
  }
}

/** A credential cannot be deleted while destinations call out with it or sources verify with it. */
export class CredentialInUseError extends Error {
  constructor(
    readonly credentialId: string,
    readonly destinations: { id: string; name: string }[],
    readonly sources: { id: string; name: string }[] = [],
  ) {
    const names = [...destinations.map((d) => `destination "${d.name}"`), ...sources.map((s) => `source "${s.name}"`)];
    super(`The credential is used by ${names.join(", ")}; change or delete ${names.length === 1 ? "it" : "them"} first.`);
    this.name = "CredentialInUseError";
  }
}

/** A credential cannot be deleted while a destination still sends its signature in a rotation's grace period. */
export class CredentialInGraceError extends Error {
  constructor(
    readonly credentialId: string,
    readonly destinations: { id: string; name: string; previousCredentialUntil: Date }[],
  ) {
    super(
      `The credential is still signing for ${destinations.map((d) => `destination "${d.name}" until ${d.previousCredentialUntil.toISOString()}`).join(", ")} (the grace period of a rotation); wait until then or end the grace period first.`,
    );
    this.name = "CredentialInGraceError";
  }
}

/** An organization has used its share of something for now: the caller may retry after `retryAfterSeconds`. */
export class RateLimitedError extends Error {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
    this.name = "RateLimitedError";
  }
}

/** Publishing into, or acting in, an organization that has been archived. */
export class OrganizationArchivedError extends Error {
  constructor(readonly organizationId: string) {
    super(`Organization ${organizationId} is archived: nothing is published or delivered for it.`);
    this.name = "OrganizationArchivedError";
  }
}

/** A destination cannot be deleted while webhooks or notification rules send to it. */
export class DestinationInUseError extends Error {
  constructor(
    readonly destinationId: string,
    readonly webhooks: { id: string; name: string }[],
    readonly notificationRules: { id: string; name: string }[] = [],
  ) {
    const names = [...webhooks.map((w) => `webhook "${w.name}"`), ...notificationRules.map((r) => `notification rule "${r.name}"`)];
    super(`The destination is used by ${names.join(", ")}; delete or change ${names.length === 1 ? "it" : "them"} first.`);
    this.name = "DestinationInUseError";
  }
}
