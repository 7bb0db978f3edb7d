// The refused delete's sentence: what still sends to the destination.
import { describe, expect, it } from "vitest";
import { inUseDescription } from "../../client/src/pages/destinations/in-use.ts";

describe("a destination in use", () => {
  it("names each kind of user, in the singular or the plural", () => {
    expect(inUseDescription({ webhooks: [1], rules: [] })).toBe("a webhook sends");
    expect(inUseDescription({ webhooks: [1, 2], rules: [] })).toBe("2 webhooks send");
    expect(inUseDescription({ webhooks: [], rules: [1] })).toBe("a notification rule sends");
    expect(inUseDescription({ webhooks: [1], rules: [1, 2, 3] })).toBe("a webhook and 3 notification rules send");
  });
});
