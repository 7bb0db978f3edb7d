// The dashboard in a real browser against a real Switchyard: sign in, the
// access tokens page end to end, sign out, a revoked token, a
// session that ends under the user, and the narrow layout. Screenshots of each
// state go to tests/screenshots/.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Locator } from "playwright-core";
import { graphql } from "../gql/index.ts";
import { startTestApp, type TestApp } from "../utils/test-app.ts";
import { chromiumPath, chromiumPresent, expectPagesFit, openBrowser, type Browser } from "./browser.ts";

if (!chromiumPresent) {
  console.warn(
    `\n  NOTICE: ${chromiumPath} is missing, so the dashboard's browser tests are SKIPPED.\n` +
      "  Install Chromium (`apt-get install -y chromium`) or set CHROMIUM_PATH to run them.\n",
  );
}

const WhoAmI = graphql(`
  query DashboardWhoAmI {
    viewer {
      tokenId
      tokenName
      role
    }
  }
`);

const MakeToken = graphql(`
  mutation DashboardMakeToken($input: CreateAccessTokenInput!) {
    createAccessToken(input: $input) {
      __typename
      ... on CreateAccessTokenPayload {
        secret
        accessToken {
          id
        }
      }
    }
  }
`);

const DropToken = graphql(`
  mutation DashboardDropToken($input: RevokeAccessTokenInput!) {
    revokeAccessToken(input: $input) {
      __typename
    }
  }
`);

const TokenNames = graphql(`
  query DashboardTokenNames {
    accessTokens(first: 100) {
      edges {
        node {
          id
          name
          revoked
        }
      }
    }
  }
`);

// More than one page of the dashboard's list (20), so "Load more" has work.
const BULK_TOKENS = 25;

describe.runIf(chromiumPresent)("the dashboard in Chromium", () => {
  let t: TestApp;
  let browser: Browser;
  let secret: string;

  async function makeToken(name: string, role: "ADMIN" | "OPERATOR" | "VIEWER" = "OPERATOR") {
    const result = await t.graphql(MakeToken, { input: { name, role } });
    const payload = result.data?.createAccessToken;
    if (payload?.__typename !== "CreateAccessTokenPayload") throw new Error(JSON.stringify(result));
    return payload;
  }

  async function listedNames(): Promise<string[]> {
    const rows = browser.page.getByRole("table").getByRole("rowheader");
    return (await rows.allTextContents()).map((text) => text.replace(/this session$/, "").trim());
  }

  async function signIn(token: string) {
    const { page } = browser;
    await page.getByLabel("Access token").fill(token);
    await page.getByRole("button", { name: "Sign in" }).click();
  }

  async function description(control: Locator): Promise<string> {
    return control.evaluate((element) =>
      (element.getAttribute("aria-describedby") ?? "")
        .split(" ")
        .map((id) => document.getElementById(id)?.textContent ?? "")
        .join(" "),
    );
  }

  beforeAll(async () => {
    t = await startTestApp();
    for (let i = 1; i <= BULK_TOKENS; i++) await makeToken(`bulk ${String(i).padStart(2, "0")}`);
    browser = await openBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  it("asks for a token on any page, and explains a malformed one next to the field", async () => {
    const { page } = browser;
    // A deep link: after sign-in the dashboard stays on it.
    await page.goto(`${t.app.url}/access-tokens`);
    await page.getByRole("heading", { name: "Sign in to Switchyard" }).waitFor();
    expect(await page.title()).toBe("Sign in · Switchyard");
    await browser.screenshot("01-sign-in");

    await signIn("not-a-token");
    const field = page.getByLabel("Access token");
    await page.getByText("That is not a Switchyard access token").waitFor();
    expect(await field.getAttribute("aria-invalid")).toBe("true");
    expect(await description(field)).toContain("That is not a Switchyard access token");
    await browser.screenshot("02-sign-in-malformed");
  });

  it("signs in with the admin token, keeps it, and shows who is signed in", async () => {
    const { page } = browser;
    await signIn(t.adminToken);
    await page.getByRole("heading", { name: "Access tokens" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/access-tokens");
    const identity = page.getByRole("region", { name: "Signed in as" });
    expect(await identity.textContent()).toMatch(/First admin token.*Admin.*Default organization/);
    expect(await page.evaluate(() => localStorage.getItem("switchyard.accessToken"))).toBe(t.adminToken);
    const nav = page.getByRole("navigation", { name: "Main" });
    expect(await nav.getByRole("link").allTextContents()).toContain("Access tokens");
    expect(await nav.getByRole("link", { name: "Access tokens" }).getAttribute("aria-current")).toBe("page");

    await page.getByText(`Showing 20 of ${BULK_TOKENS + 1} tokens`).waitFor();
    expect(await page.getByRole("row", { name: /First admin token/ }).count()).toBe(0); // the oldest: page 2
    await browser.screenshot("03-access-tokens");
  });

  it("pages with Load more, and searches by name", async () => {
    const { page } = browser;
    await page.getByRole("button", { name: "Load more" }).click();
    await page.getByText(`Showing ${BULK_TOKENS + 1} of ${BULK_TOKENS + 1} tokens`).waitFor();
    const names = await listedNames();
    expect(names[0]).toBe(`bulk ${BULK_TOKENS}`);
    expect(names.at(-1)).toBe("First admin token");
    expect(new Set(names).size).toBe(names.length);
    expect(await page.getByRole("button", { name: "Load more" }).count()).toBe(0);
    await page
      .getByRole("row", { name: /First admin token/ })
      .getByText("this session")
      .waitFor();

    await page.getByLabel("Search by name").fill("BULK 1");
    await page.getByText("Showing 10 of 10 tokens").waitFor();
    expect(await listedNames()).toEqual([
      "bulk 19",
      "bulk 18",
      "bulk 17",
      "bulk 16",
      "bulk 15",
      "bulk 14",
      "bulk 13",
      "bulk 12",
      "bulk 11",
      "bulk 10",
    ]);
    await browser.screenshot("04-search");
    await page.getByLabel("Search by name").fill("no such token");
    await page.getByText("No token's name contains “no such token”.").waitFor();
    await browser.screenshot("05-search-empty");
    await page.getByLabel("Search by name").fill("");
    await page.getByText(`Showing ${BULK_TOKENS + 1} of ${BULK_TOKENS + 1} tokens`).waitFor();
  });

  it("shows the API's validation issue next to the Name field", async () => {
    const { page } = browser;
    await page.getByRole("button", { name: "Create a token" }).click();
    const dialog = page.getByRole("dialog", { name: "Create an access token" });
    await dialog.getByLabel("Name").fill("   ");
    await dialog.getByRole("button", { name: "Create token" }).click();
    await dialog.getByText("Name is required.").waitFor();
    expect(await dialog.getByLabel("Name").getAttribute("aria-invalid")).toBe("true");
    expect(await description(dialog.getByLabel("Name"))).toContain("Name is required.");
    await browser.screenshot("06-create-validation");
  });

  it("creates a token and shows its secret once, with a working copy button", async () => {
    const { page, context } = browser;
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: t.app.url! });
    const dialog = page.getByRole("dialog", { name: "Create an access token" });
    await dialog.getByLabel("Name").fill("Browser test token");
    await dialog.getByLabel("Role").selectOption("VIEWER");
    expect(await description(dialog.getByLabel("Role"))).toContain("Read, and watch the live feed.");
    await dialog.getByRole("button", { name: "Create token" }).click();

    const shown = page.getByRole("dialog", { name: "Token created" });
    secret = await shown.getByLabel("Secret").inputValue();
    expect(secret).toMatch(/^sy_[0-9A-Za-z]{40}$/);
    expect(await shown.textContent()).toContain("This is the only time it is shown");
    await shown.getByRole("button", { name: "Copy secret" }).click();
    await shown.getByText("Copied to the clipboard.").waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
    await browser.screenshot("07-secret-shown-once");

    // The secret is a working token with the chosen role.
    const asNew = await t.graphql(WhoAmI, undefined, { token: secret });
    expect(asNew.data?.viewer).toMatchObject({ tokenName: "Browser test token", role: "VIEWER" });

    await shown.getByRole("button", { name: "Done" }).click();
    await shown.waitFor({ state: "detached" });
    // The list went back to its first page, the new token on top, and the secret is nowhere.
    await page.getByText(`Showing 20 of ${BULK_TOKENS + 2} tokens`).waitFor();
    expect((await listedNames())[0]).toBe("Browser test token");
    const row = page.getByRole("row", { name: /Browser test token/ });
    expect(await row.textContent()).toMatch(/Viewer.*sy_.*just now.*Never.*Active/);
    expect(await page.content()).not.toContain(secret);

    // The pages after it still line up: every token once, none missing.
    await page.getByRole("button", { name: "Load more" }).click();
    await page.getByText(`Showing ${BULK_TOKENS + 2} of ${BULK_TOKENS + 2} tokens`).waitFor();
    const api = await t.graphql(TokenNames);
    expect(await listedNames()).toEqual(api.data?.accessTokens.edges.map((e) => e.node.name));
  });

  it("renames a token", async () => {
    const { page } = browser;
    await page.getByRole("button", { name: "Rename Browser test token" }).click();
    const dialog = page.getByRole("dialog", { name: "Rename “Browser test token”" });
    await dialog.getByLabel("New name").fill("Renamed in the browser");
    await browser.screenshot("08-rename");
    await dialog.getByRole("button", { name: "Save" }).click();
    await dialog.waitFor({ state: "detached" });
    await page.getByRole("row", { name: /Renamed in the browser/ }).waitFor();
    const asNew = await t.graphql(WhoAmI, undefined, { token: secret });
    expect(asNew.data?.viewer.tokenName).toBe("Renamed in the browser");
  });

  it("revokes a token after confirmation", async () => {
    const { page } = browser;
    await page.getByRole("button", { name: "Revoke Renamed in the browser" }).click();
    const dialog = page.getByRole("dialog", { name: "Revoke “Renamed in the browser”?" });
    expect(await dialog.textContent()).toContain("This cannot be undone.");
    await browser.screenshot("09-revoke-confirm");
    await dialog.getByRole("button", { name: "Revoke token" }).click();
    await dialog.waitFor({ state: "detached" });
    // Revoked tokens are listed apart: it leaves the active list for the revoked one.
    await page.getByText(`Showing 20 of ${BULK_TOKENS + 1} tokens`).waitFor();
    expect(await page.getByRole("row", { name: /Renamed in the browser/ }).count()).toBe(0);
    expect((await t.graphql(WhoAmI, undefined, { token: secret })).status).toBe(401);
    await page.getByRole("button", { name: "Revoked", exact: true }).click();
    const row = page.getByRole("row", { name: /Renamed in the browser/ });
    await row.getByText("Revoked").waitFor();
    await page.getByText("Showing 1 of 1 revoked token").waitFor();
    expect(await listedNames()).toEqual(["Renamed in the browser"]);
    expect(await row.getByRole("button").count()).toBe(0);
    await browser.screenshot("10-revoked");
    await page.getByRole("button", { name: "Active", exact: true }).click();
    await page.getByText(`Showing 20 of ${BULK_TOKENS + 1} tokens`).waitFor();
    // Load more still pages the active list to its end.
    await page.getByRole("button", { name: "Load more" }).click();
    await page.getByText(`Showing ${BULK_TOKENS + 1} of ${BULK_TOKENS + 1} tokens`).waitFor();
  });

  it("creates a token for a third-party application: a client id and secret that the OAuth2 endpoint exchanges for access tokens", async () => {
    const { page } = browser;
    await page.getByRole("button", { name: "Create a token" }).click();
    const dialog = page.getByRole("dialog", { name: "Create an access token" });
    await dialog.getByLabel("Name").fill("Billing app");
    await dialog.getByLabel("Role").selectOption("VIEWER");
    await dialog.getByLabel("For a third-party application (OAuth2 client credentials)").check();
    await dialog.getByRole("button", { name: "Create token" }).click();
    const shown = page.getByRole("dialog", { name: "Application created" });
    const clientId = await shown.getByLabel("Client id").inputValue();
    const clientSecret = await shown.getByLabel("Client secret").inputValue();
    expect(clientId).toMatch(/^tok_/);
    await browser.screenshot("10b-application-created");
    const answer = await fetch(`${t.app.url}/oauth/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ grant_type: "client_credentials", client_id: clientId, client_secret: clientSecret }),
    });
    const { access_token } = (await answer.json()) as { access_token: string };
    expect((await t.graphql(WhoAmI, undefined, { token: access_token })).data?.viewer).toMatchObject({
      tokenName: "Billing app",
      role: "VIEWER",
    });
    await shown.getByRole("button", { name: "Done" }).click();
    const row = page.getByRole("row", { name: /Billing app/ });
    await row.getByText(clientId).waitFor();
    expect(await row.textContent()).toContain("application");

    // The page links to how to use the API, and to GraphiQL.
    expect(await page.getByRole("link", { name: "GraphiQL" }).getAttribute("href")).toBe("/graphql");
    await page.getByRole("link", { name: "How to call the API" }).click();
    await page.getByRole("heading", { name: "Using the API", level: 1 }).waitFor();
    const guide = (await page.locator("main").textContent()) ?? "";
    expect(guide).toContain(`curl -s ${t.app.url}/graphql`);
    expect(guide).toContain(`curl -s ${t.app.url}/oauth/token -u 'tok_…:sy_…' -d grant_type=client_credentials`);
    expect(guide).toContain("@urql/core");
    await browser.screenshot("10c-api-guide");
    // GraphiQL answers at the link, in the browser.
    const graphiql = await page.request.get(`${t.app.url}/graphql`, { headers: { accept: "text/html" } });
    expect(await graphiql.text()).toContain("GraphiQL");
    await expectPagesFit(
      browser,
      (path) => `${t.app.url}${path}`,
      [
        ["access-tokens", "/access-tokens", "Billing app"],
        ["api-guide", "/api", "Third-party applications (OAuth2)"],
      ],
      "10d",
    );
    await page.goto(`${t.app.url}/access-tokens`);
    await page.getByRole("row", { name: /Billing app/ }).waitFor();
  });

  it("works on a narrow (390 px) screen", async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await page
        .getByRole("row", { name: /Browser test token|bulk 25/ })
        .first()
        .waitFor();
      await browser.screenshot("11-narrow-access-tokens");
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(await page.getByRole("navigation", { name: "Main" }).isVisible()).toBe(true);
      expect(await page.getByRole("button", { name: "Sign out" }).isVisible()).toBe(true);
      expect(await page.getByRole("button", { name: "Create a token" }).isVisible()).toBe(true);
      // Rows are cards whose cells name their column.
      const cell = page
        .getByRole("row", { name: /bulk 25/ })
        .getByRole("cell")
        .first();
      expect(await cell.evaluate((el) => getComputedStyle(el, "::before").content)).toBe('"Role"');

      await page.getByRole("button", { name: "Create a token" }).click();
      const dialog = page.getByRole("dialog", { name: "Create an access token" });
      const box = await dialog.boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(390);
      await browser.screenshot("12-narrow-create");
      await page.keyboard.press("Escape");
      await dialog.waitFor({ state: "detached" });
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });

  it("signs out, forgets the token, and refuses the revoked token at sign-in", async () => {
    const { page } = browser;
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("heading", { name: "Sign in to Switchyard" }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem("switchyard.accessToken"))).toBeNull();
    await page.reload();
    await page.getByRole("heading", { name: "Sign in to Switchyard" }).waitFor();

    await signIn(secret);
    await page.getByText("This access token has been revoked.").waitFor();
    expect(await page.evaluate(() => localStorage.getItem("switchyard.accessToken"))).toBeNull();
    await browser.screenshot("13-sign-in-revoked");
  });

  it("returns to sign-in, saying why, when the API stops accepting the token", async () => {
    const { page } = browser;
    const doomed = await makeToken("Doomed operator", "OPERATOR");
    await page.goto(`${t.app.url}/`);
    await signIn(doomed.secret);
    // Operators get every page but access tokens.
    await page.getByRole("heading", { name: "Overview", level: 1 }).waitFor();
    expect(await page.getByRole("region", { name: "Signed in as" }).textContent()).toMatch(/Doomed operator.*Operator/);
    const links = await page.getByRole("navigation", { name: "Main" }).getByRole("link").allTextContents();
    expect(links).toContain("Destinations");
    expect(links).not.toContain("Access tokens");
    await page.goto(`${t.app.url}/access-tokens`);
    await page.getByText("The operator role cannot open this page.").waitFor();
    await browser.screenshot("14-operator");

    await t.graphql(DropToken, { input: { id: doomed.accessToken.id } });
    await page.reload();
    await page.getByText("You were signed out: your access token was revoked or is no longer valid.").waitFor();
    expect(await page.evaluate(() => localStorage.getItem("switchyard.accessToken"))).toBeNull();
    await browser.screenshot("15-session-ended");
  });

  it("logged no errors in the page other than the 401s it was meant to get", () => {
    const unexpected = browser.problems.filter((p) => !/status of 401/.test(p));
    expect(unexpected).toEqual([]);
  });
});
