// The refused delete's sentence: what still sends to the destination.
import { describe, expect, it } from "vitest";
import { inUseDescription, inUseRemedy } from "../../client/src/pages/destinations/in-use.ts";

describe("a destination in use", () => {
  it("names each kind of user, in the singular or the plural", () => {
    expect(inUseDescription({ webhooks: [1], rules: [] })).toBe("a webhook sends");
    expect(inUseDescription({ webhooks: [1, 2], rules: [] })).toBe("2 webhooks send");
    expect(inUseDescription({ webhooks: [], rules: [1] })).toBe("a notification rule sends");
    expect(inUseDescription({ webhooks: [1], rules: [1, 2, 3] })).toBe("a webhook and 3 notification rules send");
  });

  it("says what the user can do, in the right number", () => {
    expect(inUseRemedy({ webhooks: [1], rules: [] })).toBe("Delete the webhook (a webhook's destination cannot be changed), first.");
    expect(inUseRemedy({ webhooks: [1, 2], rules: [] })).toBe("Delete the webhooks (a webhook's destination cannot be changed), first.");
    expect(inUseRemedy({ webhooks: [], rules: [1] })).toBe("Delete the rule, or have it send to another destination, first.");
    expect(inUseRemedy({ webhooks: [1], rules: [1, 2] })).toBe(
      "Delete the webhook (a webhook's destination cannot be changed), and delete the rules, or have them send to another destination, first.",
    );
  });
});
