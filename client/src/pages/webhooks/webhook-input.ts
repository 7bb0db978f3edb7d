// The webhook form's values, and the create/update inputs built from them.
import type { CreateWebhookInput, PayloadFormat, UpdateWebhookInput, WebhookDetailsFragment } from "../../gql/graphql.ts";

export interface WebhookFormValues {
  name: string;
  /** Creating: a new endpoint (URL and secret, as the seeds' form asks) or an existing destination. */
  target: "endpoint" | "destination";
  url: string;
  /** A Standard Webhooks secret; empty to have one generated. */
  secret: string;
  destinationId: string;
  /** The program it is linked to; empty for a global webhook. Fixed once created. */
  programId: string;
  eventTypes: string[];
  enabled: boolean;
  verifyTls: boolean;
  payloadFormat: PayloadFormat;
  /** As typed: 1 to 100. */
  maxEventsPerRequest: string;
  /** Seconds before each retry, comma-separated; "none" for no retries; empty for the default schedule. */
  retrySchedule: string;
}

export const emptyWebhookForm: WebhookFormValues = {
  name: "",
  target: "endpoint",
  url: "",
  secret: "",
  destinationId: "",
  programId: "",
  eventTypes: [],
  enabled: true,
  verifyTls: true,
  payloadFormat: "ENVELOPE",
  maxEventsPerRequest: "1",
  retrySchedule: "",
};

export function formFromWebhook(w: WebhookDetailsFragment): WebhookFormValues {
  return {
    name: w.name,
    target: "destination",
    url: w.url,
    secret: "",
    destinationId: w.destination.id,
    programId: w.program?.id ?? "",
    eventTypes: [...w.eventTypes],
    enabled: w.enabled,
    verifyTls: w.verifyTls,
    payloadFormat: w.payloadFormat,
    maxEventsPerRequest: String(w.maxEventsPerRequest),
    retrySchedule: !w.customRetrySchedule ? "" : w.retrySchedule.length === 0 ? NO_RETRIES : w.retrySchedule.join(", "),
  };
}

export type ParsedSchedule = { ok: true; seconds: number[] | null } | { ok: false; message: string };

/** What the retry schedule field shows for a webhook's own empty schedule: empty means the default. */
export const NO_RETRIES = "none";

/** "5, 300, 1800" → [5, 300, 1800]; "none" → [] (no retries); empty → null (the default schedule). */
export function parseRetrySchedule(text: string): ParsedSchedule {
  if (text.trim().toLowerCase() === NO_RETRIES) return { ok: true, seconds: [] };
  const parts = text
    .split(/[\s,]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return { ok: true, seconds: null };
  if (!parts.every((p) => /^\d+$/.test(p)))
    return { ok: false, message: `Enter whole seconds separated by commas, e.g. 5, 300, 1800, or "${NO_RETRIES}".` };
  return { ok: true, seconds: parts.map(Number) };
}

/** "5 s, 5 min, 2 h": a schedule people can read. */
export function describeSchedule(seconds: readonly number[]): string {
  return seconds
    .map((s) => (s === 0 ? "at once" : s % 3600 === 0 ? `${s / 3600} h` : s % 60 === 0 ? `${s / 60} min` : `${s} s`))
    .join(", ");
}

/** Toggles one event type, keeping the catalogue's order out of it: the order picked. */
export function toggleEventType(selected: readonly string[], name: string, checked: boolean): string[] {
  if (checked) return selected.includes(name) ? [...selected] : [...selected, name];
  return selected.filter((n) => n !== name);
}

function options(values: WebhookFormValues, schedule: number[] | null, isCreate: boolean) {
  const max = Number(values.maxEventsPerRequest);
  return {
    verifyTls: values.verifyTls,
    payloadFormat: values.payloadFormat,
    ...(values.maxEventsPerRequest.trim() && Number.isFinite(max) && { maxEventsPerRequest: max }),
    // On update, null puts the default schedule back; on create, leaving it out does.
    ...(schedule ? { retrySchedule: schedule } : isCreate ? {} : { retrySchedule: null }),
  };
}

export function createWebhookInput(values: WebhookFormValues, schedule: number[] | null): CreateWebhookInput {
  return {
    name: values.name,
    ...(values.target === "endpoint"
      ? { endpoint: { url: values.url.trim(), ...(values.secret.trim() && { secret: values.secret.trim() }) } }
      : { destinationId: values.destinationId }),
    ...(values.programId && { programId: values.programId }),
    eventTypes: values.eventTypes,
    enabled: values.enabled,
    options: options(values, schedule, true),
  };
}

/** The destination and the program are left out: they are fixed once the webhook exists. */
export function updateWebhookInput(id: string, values: WebhookFormValues, schedule: number[] | null): UpdateWebhookInput {
  return { id, name: values.name, eventTypes: values.eventTypes, enabled: values.enabled, options: options(values, schedule, false) };
}

/**
 * Whether an event type can be ticked: partner-only types are for global
 * webhooks, so a program's webhook cannot take them (one already ticked can
 * still be unticked).
 */
export function eventTypeOpen(type: { partnerOnly?: boolean }, programId: string, checked: boolean): boolean {
  return checked || !type.partnerOnly || !programId;
}
