// OpenTelemetry traces as a collector receives them: an in-test OTLP/HTTP
// receiver checks the spans of a publish and its delivery and their parent
// links (caller → GraphQL operation → publish → attempt, the attempt linked
// to its claim), and that the receiver of the webhook got the attempt's
// traceparent. Without OTEL_* settings nothing is traced or sent.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDeliveryTestBed, stopDeliveryTestBed } from "../utils/delivery-test-bed.ts";
import { publish, subscribe } from "../utils/fixtures.ts";
import type { TestApp } from "../utils/test-app.ts";
import type { TestReceiver } from "../utils/test-receiver.ts";

interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  links?: { traceId: string; spanId: string }[];
  attributes?: { key: string; value: Record<string, unknown> }[];
}

interface CollectedSpan {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId: string;
  name: string;
  links: { traceId: string; spanId: string }[];
}

/** OTLP JSON carries ids as hex (the spec) or, from some encoders, base64: hex either way. */
const hex = (id: string | undefined) => (!id ? "" : /^[0-9a-f]+$/i.test(id) ? id.toLowerCase() : Buffer.from(id, "base64").toString("hex"));

/** An OTLP/HTTP traces endpoint (JSON) on loopback that keeps every span it is sent. */
async function startOtlpReceiver(): Promise<{ url: string; spans: CollectedSpan[]; problems: string[]; close(): Promise<void> }> {
  const spans: CollectedSpan[] = [];
  // What was wrong with a request, for the test to assert (an exception here would not reach it).
  const problems: string[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      if (req.url !== "/v1/traces") problems.push(`posted to ${req.url}`);
      if (!req.headers["content-type"]?.includes("application/json")) problems.push(`sent ${req.headers["content-type"]}`);
      const body = JSON.parse(Buffer.concat(chunks).toString()) as {
        resourceSpans: {
          resource: { attributes: { key: string; value: { stringValue?: string } }[] };
          scopeSpans: { spans: OtlpSpan[] }[];
        }[];
      };
      for (const { resource, scopeSpans } of body.resourceSpans) {
        const service = resource.attributes.find((a) => a.key === "service.name")?.value.stringValue ?? "";
        for (const span of scopeSpans.flatMap((s) => s.spans)) {
          spans.push({
            service,
            name: span.name,
            traceId: hex(span.traceId),
            spanId: hex(span.spanId),
            parentSpanId: hex(span.parentSpanId),
            links: (span.links ?? []).map((l) => ({ traceId: hex(l.traceId), spanId: hex(l.spanId) })),
          });
        }
      }
      res.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    spans,
    problems,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const traceparentPattern = /^00-([0-9a-f]{32})-([0-9a-f]{16})-01$/;

describe("with an OTLP endpoint", () => {
  let t: TestApp;
  let receiver: TestReceiver;
  let collector: Awaited<ReturnType<typeof startOtlpReceiver>>;

  beforeAll(async () => {
    collector = await startOtlpReceiver();
    ({ t, receiver } = await startDeliveryTestBed({
      env: { OTEL_EXPORTER_OTLP_ENDPOINT: collector.url, OTEL_SERVICE_NAME: "switchyard-under-test", OTEL_BSP_SCHEDULE_DELAY: "50" },
    }));
  });
  afterAll(async () => {
    await stopDeliveryTestBed(t, receiver);
    await collector?.close();
  });

  it("traces the caller's publish through to the attempt, and hands the receiver the attempt's traceparent", async () => {
    const { eventType } = await subscribe(t, { url: `${receiver.origin}/hook` });
    // The integrator's own trace: the operation continues it.
    const callerTrace = "4bf92f3577b34da6a3ce929d0e0e4736";
    const callerSpan = "00f067aa0ba902b7";
    const response = await t.app.yoga.fetch("http://switchyard.test/graphql", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${t.adminToken}`,
        traceparent: `00-${callerTrace}-${callerSpan}-01`,
      },
      body: JSON.stringify({
        query: `mutation TracedPublish($input: PublishEventInput!) {
          publishEvent(input: $input) { __typename ... on PublishedEvent { event { id } } }
        }`,
        variables: { input: { type: eventType, payload: { traced: true } } },
      }),
    });
    const { data } = (await response.json()) as { data: { publishEvent: { __typename: string; event: { id: string } } } };
    expect(data.publishEvent.__typename).toBe("PublishedEvent");
    expect(await t.app.worker!.runOnce()).toBe(1);

    const sent = receiver.received[0].headers.traceparent as string;
    const [, sentTrace, sentSpan] = traceparentPattern.exec(sent) ?? [];
    expect(sentTrace).toBe(callerTrace);

    await expect.poll(() => collector.spans.some((s) => s.spanId === sentSpan), { timeout: 10_000 }).toBe(true);
    expect(collector.problems).toEqual([]);
    const spans = collector.spans;
    expect(new Set(spans.map((s) => s.service))).toEqual(new Set(["switchyard-under-test"]));
    const byId = new Map(spans.map((s) => [s.spanId, s]));
    const attempt = byId.get(sentSpan)!;
    const published = byId.get(attempt.parentSpanId)!;
    const operation = byId.get(published.parentSpanId)!;
    expect([operation.name, published.name, attempt.name]).toEqual(["mutation TracedPublish", "publish", "attempt"]);
    expect(operation.parentSpanId).toBe(callerSpan);
    expect([operation, published, attempt].map((s) => s.traceId)).toEqual([callerTrace, callerTrace, callerTrace]);
    // The claim that took the delivery: a trace of its own (it serves many events), linked from the attempt.
    const claim = spans.find((s) => s.name === "claim" && attempt.links.some((l) => l.spanId === s.spanId));
    expect(claim).toBeDefined();
    expect(claim!.parentSpanId).toBe("");
    // The publish's context is stored with the event, which is how a worker in another process finds it.
    const event = await t.app.runtime.prisma.event.findUniqueOrThrow({ where: { id: data.publishEvent.event.id } });
    expect(event.traceparent).toBe(`00-${callerTrace}-${published.spanId}-01`);
  });
});

describe("without OTEL_* settings", () => {
  let t: TestApp;
  let receiver: TestReceiver;

  beforeAll(async () => ({ t, receiver } = await startDeliveryTestBed()));
  afterAll(() => stopDeliveryTestBed(t, receiver));

  it("traces nothing: no traceparent stored or sent", async () => {
    expect(t.app.runtime.tracing.enabled).toBe(false);
    const { eventType } = await subscribe(t, { url: `${receiver.origin}/hook` });
    const { event } = await publish(t, eventType, { traced: false });
    await t.app.worker!.runOnce();
    expect(receiver.received).toHaveLength(1);
    expect(receiver.received[0].headers.traceparent).toBeUndefined();
    expect((await t.app.runtime.prisma.event.findUniqueOrThrow({ where: { id: event.id } })).traceparent).toBeNull();
  });
});
