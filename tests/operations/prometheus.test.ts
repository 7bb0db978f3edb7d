// A real Prometheus (Debian's `prometheus`) scrapes a running Switchyard, with
// the metrics token, and a PromQL query through its HTTP API returns the
// deliveries this test made. Without the binary the test is skipped and says
// so, unless PROMETHEUS_REQUIRED=true (CI), where that is a failure.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDeliveryTestBed, stopDeliveryTestBed } from "../utils/delivery-test-bed.ts";
import { publish, subscribe } from "../utils/fixtures.ts";
import { freePort } from "../utils/private-services.ts";
import type { TestApp } from "../utils/test-app.ts";
import type { TestReceiver } from "../utils/test-receiver.ts";

const prometheusBin = process.env.PROMETHEUS_BIN ?? "/usr/bin/prometheus";
const present = existsSync(prometheusBin);
if (!present) {
  if (process.env.PROMETHEUS_REQUIRED === "true")
    throw new Error(`PROMETHEUS_REQUIRED is set but there is no Prometheus at ${prometheusBin}`);
  console.warn(`No Prometheus at ${prometheusBin} (apt-get install prometheus, or set PROMETHEUS_BIN): the scrape test is skipped.`);
}

interface PromResult {
  status: string;
  data: { result: { metric: Record<string, string>; value: [number, string] }[] };
}

describe.runIf(present)("scraped by Prometheus", () => {
  const token = "prometheus-scrape-token-42";
  let t: TestApp;
  let receiver: TestReceiver;
  let prometheus: ChildProcess | undefined;
  let dir: string;
  let api: string;
  let output = "";

  beforeAll(async () => {
    ({ t, receiver } = await startDeliveryTestBed({ env: { SWITCHYARD_METRICS_PORT: "0", SWITCHYARD_METRICS_TOKEN: token } }));
    dir = mkdtempSync(path.join(tmpdir(), "switchyard-prometheus-"));
    const target = new URL(t.app.metricsUrl!).host;
    writeFileSync(
      path.join(dir, "prometheus.yml"),
      [
        "global:",
        "  scrape_interval: 1s",
        "scrape_configs:",
        "  - job_name: switchyard",
        "    authorization:",
        `      credentials: ${token}`,
        "    static_configs:",
        `      - targets: ["${target}"]`,
        "",
      ].join("\n"),
    );
    const port = await freePort();
    api = `http://127.0.0.1:${port}`;
    prometheus = spawn(
      prometheusBin,
      [
        `--config.file=${path.join(dir, "prometheus.yml")}`,
        `--storage.tsdb.path=${path.join(dir, "data")}`,
        `--web.listen-address=127.0.0.1:${port}`,
      ],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    prometheus.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    for (const deadline = Date.now() + 30_000; ; await new Promise((resolve) => setTimeout(resolve, 200))) {
      if ((await fetch(`${api}/-/ready`).catch(() => undefined))?.status === 200) break;
      if (Date.now() > deadline || prometheus.exitCode !== null) throw new Error(`Prometheus did not get ready:\n${output}`);
    }
  }, 60_000);

  afterAll(async () => {
    if (prometheus && prometheus.exitCode === null) {
      prometheus.kill("SIGTERM");
      await once(prometheus, "exit");
    }
    if (dir) rmSync(dir, { recursive: true, force: true });
    await stopDeliveryTestBed(t, receiver);
  });

  const query = async (promql: string) => {
    const response = await fetch(`${api}/api/v1/query?query=${encodeURIComponent(promql)}`);
    const body = (await response.json()) as PromResult;
    expect(body.status, JSON.stringify(body)).toBe("success");
    return body.data.result;
  };

  it("returns through PromQL the deliveries this test made", async () => {
    const { eventType } = await subscribe(t, { url: `${receiver.origin}/hook` });
    for (let i = 0; i < 5; i++) await publish(t, eventType, { i });
    expect(await t.app.worker!.runOnce()).toBe(5);
    expect(receiver.received).toHaveLength(5);

    const delivered = async () => {
      const [sample] = await query('sum(switchyard_deliveries_finished_total{job="switchyard", outcome="succeeded"})');
      return sample ? Number(sample.value[1]) : undefined;
    };
    await expect.poll(delivered, { timeout: 30_000, interval: 500 }).toBe(5);
    const [up] = await query('up{job="switchyard"}');
    expect(up.value[1], output).toBe("1");
    const [published] = await query('sum(switchyard_events_published_total{job="switchyard", source="API"})');
    expect(Number(published.value[1])).toBe(5);
  }, 60_000);
});
