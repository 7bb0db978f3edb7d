// A destination's code is filled in from the name as it is typed and stays
// editable. The dashboard's rule must match the API's default.
import { describe, expect, it } from "vitest";
import { codeFromName as serverCodeFromName } from "../../server/destinations/destination-code.ts";
import {
  afterCodeChange,
  afterNameChange,
  codeFromName,
  existingCodeField,
  newCodeField,
} from "../../client/src/pages/destinations/code-from-name.ts";

describe("a destination's code from its name", () => {
  it("derives the same code as the API", () => {
    const names = [
      "Notification Destination 1",
      "  Billing — EU / Prod  ",
      "Crème brûlée Ünïcödé",
      "___leading and trailing___",
      "UPPER lower 123",
      "x".repeat(80),
      `${"a".repeat(63)} b`,
      "!!!",
      "",
    ];
    for (const name of names) expect(codeFromName(name), name).toBe(serverCodeFromName(name));
    expect(codeFromName("Notification Destination 1")).toBe("notification_destination_1");
  });

  it("follows the name as it is typed until the code is edited by hand", () => {
    let field = newCodeField;
    let name = "";
    for (const key of "Billing EU") {
      name += key;
      field = afterNameChange(field, name);
    }
    expect(field).toEqual({ code: "billing_eu", edited: false });

    field = afterCodeChange("billing", name);
    expect(field).toEqual({ code: "billing", edited: true });
    expect(afterNameChange(field, "Billing EU West")).toEqual({ code: "billing", edited: true });
  });

  it("follows the name again once the code is cleared, or typed back to what the name gives", () => {
    expect(afterNameChange(afterCodeChange("", "Billing"), "Billing 2")).toEqual({ code: "billing_2", edited: false });
    expect(afterCodeChange("billing", "Billing")).toEqual({ code: "billing", edited: false });
  });

  it("leaves an existing destination's code alone when it is renamed", () => {
    expect(afterNameChange(existingCodeField("billing"), "Invoices")).toEqual({ code: "billing", edited: true });
  });
});
