// The audit log page's reading of an entry: which fields changed, and where
// the record is in the dashboard.
import { describe, expect, it } from "vitest";
import { changedFields, resourcePath } from "../../client/src/pages/audit-log/changes.ts";

describe("audit entries", () => {
  it("name the fields whose values differ, not the timestamp every write touches", () => {
    const before = { id: "dst_1", name: "Before", url: "https://a", headers: [{ name: "x", value: "1" }], updatedAt: "2024-01-01" };
    const after = { ...before, name: "After", headers: [{ name: "x", value: "2" }], updatedAt: "2024-01-02" };
    expect(changedFields(before, after)).toEqual(["headers", "name"]);
    expect(changedFields(before, before)).toEqual([]);
  });

  it("name every field of a created or deleted record", () => {
    expect(changedFields(null, { id: "dst_1", name: "New" })).toEqual(["id", "name"]);
    expect(changedFields({ id: "dst_1" }, null)).toEqual(["id"]);
  });

  it("link to the record's page while it exists", () => {
    expect(resourcePath({ resourceType: "Destination", resourceId: "dst_1", action: "destination.updated" })).toBe("/destinations/dst_1");
    expect(resourcePath({ resourceType: "NotificationRule", resourceId: "nr_1", action: "notification_rule.created" })).toBe(
      "/notification-rules/nr_1/edit",
    );
    expect(resourcePath({ resourceType: "Destination", resourceId: "dst_1", action: "destination.deleted" })).toBeNull();
    expect(resourcePath({ resourceType: "AccessToken", resourceId: "tok_1", action: "token.created" })).toBeNull();
  });
});
