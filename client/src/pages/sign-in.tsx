// Sign in with an access token: the API checks it (the viewer query) before
// the dashboard keeps it.
import { useState, type FormEvent } from "react";
import { Field } from "../forms/field.tsx";
import type { SignInResult } from "../session/session-store.ts";
import { useDocumentTitle } from "../ui/use-document-title.ts";

export interface SignInPageProps {
  /** Why the last session ended, when it was not the person's choice. */
  notice: string | null;
  signIn(token: string): Promise<SignInResult>;
}

export function SignInPage({ notice, signIn }: SignInPageProps) {
  useDocumentTitle("Sign in");
  const [token, setToken] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    setError(null);
    const result = await signIn(token);
    // On success this page is replaced by the dashboard.
    if (!result.ok) {
      setError(result.message);
      setPending(false);
    }
  };

  return (
    <main className="centered">
      <form className="sign-in" onSubmit={submit} noValidate>
        <h1>Sign in to Switchyard</h1>
        {notice && (
          <div className="callout callout-warning" role="status">
            <p>{notice}</p>
          </div>
        )}
        <Field
          label="Access token"
          hint={
            <>
              A token starts with <code>sy_</code>. Switchyard prints the first admin token when it starts for the first time;{" "}
              <code>npm run cli -- token create</code> makes another.
            </>
          }
          errors={error ? [error] : []}
        >
          {(control) => (
            <input
              {...control}
              className="input mono"
              name="token"
              type="password"
              value={token}
              onChange={(e) => setToken(e.target.value)}
              autoComplete="off"
              spellCheck={false}
              autoFocus
            />
          )}
        </Field>
        <button type="submit" className="button button-primary button-block" disabled={pending}>
          {pending ? "Checking…" : "Sign in"}
        </button>
        <p className="fine-print">The token is kept in this browser until you sign out.</p>
      </form>
    </main>
  );
}
