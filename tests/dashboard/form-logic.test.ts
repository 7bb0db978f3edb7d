// Form logic the browser tests do not reach in every branch: destination and
// webhook inputs, retry schedules, list-field issues, sorting, date inputs.
import { describe, expect, it } from "vitest";
import { groupIssuesUnder, problemFor } from "../../client/src/forms/field-issues.ts";
import { createInput, emptyDestinationForm, updateInput } from "../../client/src/pages/destinations/destination-input.ts";
import {
  createWebhookInput,
  describeSchedule,
  emptyWebhookForm,
  formFromWebhook,
  parseRetrySchedule,
  toggleEventType,
  updateWebhookInput,
} from "../../client/src/pages/webhooks/webhook-input.ts";
import { fromLocalInput, toLocalInput } from "../../client/src/ui/datetime.ts";
import { parseJsonField, prettyBody } from "../../client/src/ui/json.ts";
import { nextSort } from "../../client/src/ui/sort.ts";
import { attemptResultLabel } from "../../client/src/ui/attempt-result.ts";

describe("destination input", () => {
  const values = {
    ...emptyDestinationForm,
    name: "Billing",
    code: { code: " billing ", edited: true },
    url: " https://example.com/hooks ",
    headers: [
      { key: 0, name: " X-Team ", value: "billing" },
      { key: 1, name: "", value: "" },
      { key: 2, name: "", value: "orphan" },
    ],
    timeoutSeconds: "2.5",
  };

  it("creates with what was given, leaving empty optional fields to the API", () => {
    expect(createInput(values)).toEqual({
      name: "Billing",
      code: "billing",
      url: "https://example.com/hooks",
      description: "",
      headers: [
        { name: "X-Team", value: "billing" },
        { name: "", value: "orphan" },
      ],
      timeoutMs: 2500,
    });
    expect(createInput({ ...emptyDestinationForm, name: "n", url: "u" })).not.toHaveProperty("code");
  });

  it("updates with null for a removed credential or rate limit", () => {
    expect(updateInput("dst_1", { ...values, credentialId: "", rateLimit: "" })).toMatchObject({
      id: "dst_1",
      credentialId: null,
      rateLimitPerSecond: null,
    });
    expect(updateInput("dst_1", { ...values, credentialId: "cred_1", rateLimit: "20" })).toMatchObject({
      credentialId: "cred_1",
      rateLimitPerSecond: 20,
    });
  });
});

describe("webhook input", () => {
  it("reads retry schedules as whole seconds", () => {
    expect(parseRetrySchedule("")).toEqual({ ok: true, seconds: null });
    expect(parseRetrySchedule(" 5, 300 1800,")).toEqual({ ok: true, seconds: [5, 300, 1800] });
    expect(parseRetrySchedule("5, 1.5")).toMatchObject({ ok: false });
    expect(parseRetrySchedule("soon")).toMatchObject({ ok: false });
    expect(parseRetrySchedule(" None ")).toEqual({ ok: true, seconds: [] });
    expect(describeSchedule([0, 5, 300, 7200])).toBe("at once, 5 s, 5 min, 2 h");
  });

  it("creates with a new endpoint (URL, and the secret only when one is typed) or with an existing destination", () => {
    const values = { ...emptyWebhookForm, name: "w", eventTypes: ["a.b"], url: " https://hooks.example.com/in ", secret: "" };
    expect(createWebhookInput(values, null)).toMatchObject({ endpoint: { url: "https://hooks.example.com/in" } });
    expect(createWebhookInput(values, null)).not.toHaveProperty("destinationId");
    expect(createWebhookInput({ ...values, secret: " whsec_abc " }, null).endpoint).toEqual({
      url: "https://hooks.example.com/in",
      secret: "whsec_abc",
    });
    const existing = createWebhookInput({ ...values, target: "destination", destinationId: "dst_1" }, null);
    expect(existing).toMatchObject({ destinationId: "dst_1" });
    expect(existing).not.toHaveProperty("endpoint");
  });

  it("restores the default schedule on update, and leaves it out on create", () => {
    const values = { ...emptyWebhookForm, name: "w", target: "destination" as const, destinationId: "dst_1", eventTypes: ["a.b"] };
    expect(createWebhookInput(values, null).options).toEqual({ verifyTls: true, payloadFormat: "ENVELOPE", maxEventsPerRequest: 1 });
    expect(updateWebhookInput("wh_1", values, null)).toEqual({
      id: "wh_1",
      name: "w",
      eventTypes: ["a.b"],
      enabled: true,
      options: { verifyTls: true, payloadFormat: "ENVELOPE", maxEventsPerRequest: 1, retrySchedule: null },
    });
    expect(updateWebhookInput("wh_1", values, [5]).options?.retrySchedule).toEqual([5]);
    expect(updateWebhookInput("wh_1", values, []).options?.retrySchedule).toEqual([]);
  });

  it("shows a webhook's own empty schedule as none, not as the default's empty field", () => {
    const webhook = {
      name: "w",
      destination: { id: "dst_1" },
      program: null,
      eventTypes: ["a.b"],
      enabled: true,
      verifyTls: true,
      payloadFormat: "ENVELOPE" as const,
      maxEventsPerRequest: 1,
    };
    const form = (retrySchedule: number[], customRetrySchedule: boolean) =>
      formFromWebhook({ ...webhook, retrySchedule, customRetrySchedule } as unknown as Parameters<typeof formFromWebhook>[0]).retrySchedule;
    expect(form([], true)).toBe("none");
    expect(form([5, 300], true)).toBe("5, 300");
    expect(form([5, 300, 1800], false)).toBe("");
  });

  it("toggles event types without duplicates", () => {
    expect(toggleEventType(["a"], "b", true)).toEqual(["a", "b"]);
    expect(toggleEventType(["a", "b"], "b", true)).toEqual(["a", "b"]);
    expect(toggleEventType(["a", "b"], "a", false)).toEqual(["b"]);
  });
});

describe("issues about parts of a list field", () => {
  it("are shown on the list's one control", () => {
    const problem = groupIssuesUnder(
      {
        issues: [
          { path: ["input", "eventTypes", "1"], message: "No active event type legacy.event." },
          { path: ["input", "eventTypes"], message: "Subscribe to at least one event type." },
          { path: ["input", "name"], message: "Name is required." },
        ],
        message: null,
      },
      [["input", "eventTypes"]],
    );
    expect(problemFor(problem, { eventTypes: ["input", "eventTypes"], name: ["input", "name"] }).fields).toEqual({
      eventTypes: ["No active event type legacy.event.", "Subscribe to at least one event type."],
      name: ["Name is required."],
    });
  });
});

describe("small helpers", () => {
  it("sorts by a column in its natural direction, then reverses", () => {
    expect(nextSort({ field: "NAME", direction: "ASC" }, "CREATED_AT", "DESC")).toEqual({ field: "CREATED_AT", direction: "DESC" });
    expect(nextSort({ field: "NAME", direction: "ASC" }, "NAME")).toEqual({ field: "NAME", direction: "DESC" });
  });

  it("names an attempt's result by its status, or its error", () => {
    expect(attemptResultLabel({ succeeded: true, responseStatus: 204 })).toBe("204");
    expect(attemptResultLabel({ succeeded: false, responseStatus: null, errorCode: "CONNECTION_REFUSED" })).toBe("connection refused");
  });

  it("round-trips datetime-local values", () => {
    const date = new Date(2025, 4, 1, 13, 45);
    expect(toLocalInput(date)).toBe("2025-05-01T13:45");
    expect(fromLocalInput("2025-05-01T13:45")).toBe(date.toISOString());
    expect(fromLocalInput("")).toBeNull();
  });

  it("pretty-prints JSON bodies and reads JSON fields", () => {
    expect(prettyBody('{"a":1}')).toBe('{\n  "a": 1\n}');
    expect(prettyBody("plain text")).toBe("plain text");
    expect(parseJsonField("  ", "Example")).toBeNull();
    expect(parseJsonField("{", "Example")).toEqual({ ok: false, message: "Example is not valid JSON." });
  });
});
