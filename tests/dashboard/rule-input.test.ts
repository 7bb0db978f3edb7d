// The notification rule form: the inputs it sends, and where the API's
// condition error points.
import { describe, expect, it } from "vitest";
import {
  conditionErrorPosition,
  createRuleInput,
  emptyRuleForm,
  toggleDestination,
  updateRuleInput,
} from "../../client/src/pages/notification-rules/rule-input.ts";
import { eventTypeOpen } from "../../client/src/pages/webhooks/webhook-input.ts";

describe("notification rule form", () => {
  it("points at the line and column the API names", () => {
    const source = "data.amount > && 1";
    const at = conditionErrorPosition(source, "Unexpected token: AND at line 1, column 15.");
    expect(at).toEqual({ line: 1, column: 15, text: source, caret: `${" ".repeat(14)}^` });
    expect(source[at!.column - 1]).toBe("&");
  });

  it("counts lines and columns in the trimmed condition, as the API does, keeping tabs", () => {
    const at = conditionErrorPosition("\n  data.a == 1 &&\n\tdata.b ==  ", "Unexpected end of input at line 2, column 11.");
    expect(at).toMatchObject({ line: 2, text: "\tdata.b ==", caret: "\t         ^" });
  });

  it("gives no position for messages without one, or outside the text", () => {
    expect(conditionErrorPosition("x", "A condition is at most 2000 characters.")).toBeNull();
    expect(conditionErrorPosition("x", "Oops at line 3, column 1.")).toBeNull();
    expect(conditionErrorPosition("x", "Oops at line 1, column 9.")).toBeNull();
  });

  it("leaves a blank condition out on create and removes it on update", () => {
    const values = { ...emptyRuleForm, name: "r", eventType: "destination.created", condition: "  ", destinationIds: ["dst_1"] };
    expect(createRuleInput(values)).toEqual({ name: "r", eventType: "destination.created", destinationIds: ["dst_1"], enabled: true });
    expect(updateRuleInput("nr_1", values)).toMatchObject({ id: "nr_1", condition: null });
    expect(updateRuleInput("nr_1", { ...values, condition: " data.x == 1 " }).condition).toBe("data.x == 1");
  });

  it("ticks destinations in the order picked", () => {
    expect(toggleDestination(toggleDestination([], "dst_b", true), "dst_a", true)).toEqual(["dst_b", "dst_a"]);
    expect(toggleDestination(["dst_b", "dst_a"], "dst_b", false)).toEqual(["dst_a"]);
  });
});

describe("partner-only event types in the webhook form", () => {
  it("are closed to a program's webhook unless already ticked", () => {
    expect(eventTypeOpen({ partnerOnly: true }, "", false)).toBe(true);
    expect(eventTypeOpen({ partnerOnly: true }, "prg_1", false)).toBe(false);
    expect(eventTypeOpen({ partnerOnly: true }, "prg_1", true)).toBe(true);
    expect(eventTypeOpen({ partnerOnly: false }, "prg_1", false)).toBe(true);
  });
});
