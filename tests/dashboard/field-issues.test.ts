// The helper every dashboard form uses to put a ValidationError's issues next
// to the right field.
import { CombinedError } from "@urql/core";
import { describe, expect, it } from "vitest";
import { mutationProblem, problemFor, samePath, sortIssues } from "../../client/src/forms/field-issues.ts";

const fields = { name: ["input", "name"], url: ["input", "url"], firstHeader: ["input", "headers", "0", "name"] };

describe("field issues", () => {
  it("compares paths segment by segment", () => {
    expect(samePath(["input", "name"], ["input", "name"])).toBe(true);
    expect(samePath(["input", "name"], ["input"])).toBe(false);
    expect(samePath(["input"], ["input", "name"])).toBe(false);
    expect(samePath(["input", "headers", "0"], ["input", "headers", "1"])).toBe(false);
  });

  it("puts each issue on the field whose path matches, and the rest on the form", () => {
    const sorted = sortIssues(
      [
        { path: ["input", "name"], message: "Name is required." },
        { path: ["input", "headers", "0", "name"], message: "Header names are letters, digits and dashes." },
        { path: ["input", "name"], message: "Name is at most 100 characters." },
        { path: ["input", "timeoutMs"], message: "Timeout is 1 to 30 seconds." },
        { path: [], message: "Something about the whole input." },
      ],
      fields,
    );
    expect(sorted.fields).toEqual({
      name: ["Name is required.", "Name is at most 100 characters."],
      url: [],
      firstHeader: ["Header names are letters, digits and dashes."],
    });
    expect(sorted.form).toEqual(["Timeout is 1 to 30 seconds.", "Something about the whole input."]);
  });

  it("turns a mutation's typed error or failed request into a problem for the form", () => {
    const validation = mutationProblem(undefined, {
      __typename: "ValidationError",
      message: "Name is required.",
      issues: [{ path: ["input", "name"], message: "Name is required." }],
    });
    expect(problemFor(validation, fields)).toEqual({ fields: { name: ["Name is required."], url: [], firstHeader: [] }, form: [] });

    const notFound = mutationProblem(undefined, { __typename: "NotFoundError", message: "AccessToken tok_1 was not found." });
    expect(problemFor(notFound, fields).form).toEqual(["AccessToken tok_1 was not found."]);

    const offline = mutationProblem(new CombinedError({ networkError: new TypeError("fetch failed") }), undefined);
    expect(problemFor(offline, fields).form).toEqual(["Could not reach the Switchyard API. Check that it is running and try again."]);

    const forbidden = mutationProblem(
      new CombinedError({ graphQLErrors: [{ message: "Not authorized", extensions: { code: "FORBIDDEN" } }] }),
      undefined,
    );
    expect(problemFor(forbidden, {}).form).toEqual(["Your access token's role does not allow this."]);
  });
});
