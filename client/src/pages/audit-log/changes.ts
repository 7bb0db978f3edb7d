// What an audit entry changed: the top-level fields whose values differ
// between before and after, and where in the dashboard the record lives.

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Top-level fields that differ; every field of the one side when the other is missing (created, deleted). */
export function changedFields(before: unknown, after: unknown): string[] {
  const a = isRecord(before) ? before : {};
  const b = isRecord(after) ? after : {};
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  // Timestamps every write touches say nothing about the change.
  return keys.filter((key) => key !== "updatedAt" && JSON.stringify(a[key]) !== JSON.stringify(b[key])).sort();
}

const pathsByType: Record<string, (id: string) => string> = {
  Destination: (id) => `/destinations/${id}`,
  Webhook: (id) => `/webhooks/${id}/edit`,
  NotificationRule: (id) => `/notification-rules/${id}/edit`,
};

/** The dashboard page of the changed record, unless it is gone or has no page of its own. */
export function resourcePath(entry: { resourceType: string; resourceId: string; action: string }): string | null {
  if (entry.action.endsWith(".deleted")) return null;
  return pathsByType[entry.resourceType]?.(entry.resourceId) ?? null;
}

/** The kinds of record the audit log names, as the API spells them, with labels. */
export const resourceTypes: readonly { value: string; label: string }[] = [
  { value: "AccessToken", label: "Access token" },
  { value: "Credential", label: "Credential" },
  { value: "Delivery", label: "Delivery" },
  { value: "Destination", label: "Destination" },
  { value: "EventType", label: "Event type" },
  { value: "NotificationRule", label: "Notification rule" },
  { value: "Organization", label: "Organization" },
  { value: "Program", label: "Program" },
  { value: "Webhook", label: "Webhook" },
];
