// The worker's room for claims: table tests of the adaptive per-destination
// limit and of how waiting requests leave the worker's concurrency.
import { describe, expect, it } from "vitest";
import { DestinationLimits, limitSignal } from "../../server/delivery/destination-limits.ts";
import { WorkerLoad } from "../../server/delivery/worker-load.ts";

describe("DestinationLimits", () => {
  it.each([
    { signals: [], limit: 10 },
    { signals: ["congested"], limit: 5 },
    { signals: ["congested", "congested"], limit: 2 },
    { signals: ["congested", "congested", "congested", "congested", "congested"], limit: 1 },
    { signals: ["congested", "congested", "answered"], limit: 3 },
    { signals: ["congested", "answered", "answered", "answered", "answered", "answered", "answered"], limit: 10 },
  ] as const)("after $signals the limit is $limit", ({ signals, limit }) => {
    const limits = new DestinationLimits(10);
    for (const signal of signals) limits.record("dst", signal);
    expect(limits.limit("dst")).toBe(limit);
    expect(limits.limit("other")).toBe(10);
    expect(limits.reduced().has("dst")).toBe(limit < 10);
  });

  it.each([
    { responseStatus: null, signal: "congested" },
    { responseStatus: 503, signal: "congested" },
    { responseStatus: 500, signal: "congested" },
    { responseStatus: 429, signal: "congested" },
    { responseStatus: 404, signal: "answered" },
    { responseStatus: 204, signal: "answered" },
  ] as const)("a response status of $responseStatus is $signal", ({ responseStatus, signal }) => {
    expect(limitSignal({ responseStatus })).toBe(signal);
  });
});

describe("WorkerLoad", () => {
  const options = { concurrency: 4, slowAfterMs: 100, slowCapacity: 8, claimAhead: 0 };
  const flight = (destinationId: string, organizationId: string, startedAt: number) => ({ destinationId, organizationId, startedAt });

  it("counts working requests against the concurrency, and waiting ones no longer", () => {
    const load = new WorkerLoad(options, new DestinationLimits(3));
    load.add("1", flight("d1", "o1", 0));
    load.add("2", flight("d1", "o1", 0));
    load.add("3", flight("d2", "o2", 50));
    const early = load.room(60);
    expect(early).toMatchObject({ free: 1, nextSlowInMs: 40 });
    expect(early.allowance).toEqual(
      new Map([
        ["d1", 1],
        ["d2", 2],
      ]),
    );
    expect(early.organizationLoad).toEqual(
      new Map([
        ["o1", 2],
        ["o2", 1],
      ]),
    );
    // d1's two have waited 100 ms: their slots are free again.
    expect(load.room(100)).toMatchObject({ free: 3, nextSlowInMs: 50 });
    load.remove("3");
    // o1's two waiting requests are a quarter of the waiting pool (8): d1 gets no more while they wait.
    expect(load.room(100).allowance).toEqual(new Map([["d1", 0]]));
  });

  it("gives a destination with a request waiting nothing more until one answers", () => {
    const load = new WorkerLoad({ ...options, slowCapacity: 400 }, new DestinationLimits(10));
    load.add("1", flight("hanging", "o1", 0));
    load.add("2", flight("answering", "o1", 150));
    const room = load.room(200);
    expect(room.allowance).toEqual(
      new Map([
        ["hanging", 0],
        ["answering", 9],
      ]),
    );
    expect(room.saturated).toEqual([]);
  });

  it("leaves out an organization whose waiting requests fill a quarter of the waiting pool", () => {
    const load = new WorkerLoad(options, new DestinationLimits(10));
    load.add("1", flight("slow", "noisy", 0));
    load.add("2", flight("slow", "noisy", 0));
    load.add("3", flight("fresh", "noisy", 190));
    load.add("4", flight("healthy", "other", 190));
    const room = load.room(200);
    expect(room.free).toBe(2);
    expect(room.allowance.get("slow")).toBe(0);
    expect(room.allowance.get("fresh")).toBe(9);
    expect(room.allowance.get("healthy")).toBe(9);
    // Its two waiting requests are a quarter of the pool (8): the claim leaves the organization out altogether.
    expect(room.saturated).toEqual(["noisy"]);
  });

  it("keeps waiting requests beyond the waiting pool on the worker's concurrency", () => {
    const load = new WorkerLoad({ ...options, slowCapacity: 2 }, new DestinationLimits(10));
    for (let i = 0; i < 5; i++) load.add(String(i), flight(`d${i}`, `o${i}`, 0));
    const room = load.room(500);
    expect(room.free).toBe(1);
    for (let i = 0; i < 5; i++) expect(room.allowance.get(`d${i}`)).toBe(0);
  });

  it("limits a destination whose limit was reduced even with nothing in flight", () => {
    const limits = new DestinationLimits(10);
    limits.record("down", "congested");
    expect(new WorkerLoad(options, limits).room(0).allowance).toEqual(new Map([["down", 5]]));
  });

  it("counts deliveries claimed ahead against their destination and organization, not against the slots", () => {
    const load = new WorkerLoad({ ...options, claimAhead: 2 }, new DestinationLimits(3));
    load.add("working", flight("d1", "o1", 0));
    load.add("queued", { destinationId: "d1", organizationId: "o1" });
    const room = load.room(10);
    // 3 slots free, plus 2 ahead, less the 1 already queued.
    expect(room).toMatchObject({ free: 4, slots: 3, queued: 1 });
    expect(load.slots(10)).toBe(3);
    // d1 may have its limit (3) started plus its share ahead (3 × 2 / 4, at least 1), less the 2 it has.
    expect(room.allowance).toEqual(new Map([["d1", 2]]));
    expect(room.perDestination).toBe(4);
    expect(room.organizationLoad).toEqual(new Map([["o1", 2]]));
    // However long it has been queued, a delivery that has not started never turns slow.
    expect(load.room(1000)).toMatchObject({ slots: 4, queued: 1 });
    load.start("queued", 1000);
    expect(load.room(1010)).toMatchObject({ free: 5, slots: 3, queued: 0, nextSlowInMs: 90 });
  });

  it("lets a queued delivery start only while its destination is below its limit", () => {
    const load = new WorkerLoad({ ...options, claimAhead: 2 }, new DestinationLimits(2));
    load.add("1", flight("d1", "o1", 0));
    expect(load.mayStart("d1")).toBe(true);
    load.add("2", flight("d1", "o1", 0));
    load.add("3", { destinationId: "d1", organizationId: "o1" });
    expect(load.mayStart("d1")).toBe(false);
    expect(load.mayStart("d2")).toBe(true);
    // Its limit (2) and its share ahead (1) are taken: the claim gives it no more.
    expect(load.room(10).allowance).toEqual(new Map([["d1", 0]]));
    load.remove("1");
    expect(load.mayStart("d1")).toBe(true);
    load.start("3", 20);
    expect(load.mayStart("d1")).toBe(false);
  });
});
