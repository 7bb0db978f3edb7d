// Bulk "retry failed since…": a destination's failed deliveries created since
// a moment go back on the full retry schedule.
import { useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import { Field, FormErrors } from "../../forms/field.tsx";
import { mutationProblem, noProblem, problemFor, type MutationProblem } from "../../forms/field-issues.ts";
import { graphql } from "../../gql/index.ts";
import { fromLocalInput, toLocalInput } from "../../ui/datetime.ts";
import { Dialog } from "../../ui/dialog.tsx";

const RetryFailedDeliveries = graphql(`
  mutation RetryFailedDeliveries($input: RetryFailedDeliveriesInput!) {
    retryFailedDeliveries(input: $input) {
      __typename
      ... on RetryFailedDeliveriesPayload {
        requeued
      }
      ... on Error {
        message
      }
      ... on ValidationError {
        issues {
          path
          message
        }
      }
    }
  }
`);

export const DestinationChoices = graphql(`
  query DestinationChoices {
    destinations(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

const fields = { destinationId: ["input", "destinationId"], since: ["input", "since"] };

export function RetryFailedDialog({ destinationId, onClose }: { destinationId?: string; onClose(): void }) {
  const [destination, setDestination] = useState(destinationId ?? "");
  const [since, setSince] = useState(() => toLocalInput(new Date(Date.now() - 24 * 3_600_000)));
  const [problem, setProblem] = useState<MutationProblem>(noProblem);
  const [requeued, setRequeued] = useState<number | null>(null);
  const [{ data }] = useQuery({ query: DestinationChoices, pause: Boolean(destinationId) });
  const [{ fetching }, retry] = useMutation(RetryFailedDeliveries);
  const errors = problemFor(problem, fields);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const sinceIso = fromLocalInput(since);
    const missing = {
      ...(!destination && { destinationId: "Choose a destination." }),
      ...(!sinceIso && { since: "Enter a date and time." }),
    };
    if (!destination || !sinceIso) {
      setProblem({ issues: Object.entries(missing).map(([k, message]) => ({ path: ["input", k], message })), message: null });
      return;
    }
    const result = await retry({ input: { destinationId: destination, since: sinceIso } });
    const payload = result.data?.retryFailedDeliveries;
    if (payload?.__typename === "RetryFailedDeliveriesPayload") {
      setProblem(noProblem);
      setRequeued(payload.requeued);
    } else setProblem(mutationProblem(result.error, payload));
  };

  return (
    <Dialog title="Retry failed deliveries" onClose={onClose}>
      {requeued !== null ? (
        <>
          <p role="status">
            {requeued === 0
              ? "No failed deliveries since then: nothing to retry."
              : `${requeued} failed ${requeued === 1 ? "delivery is" : "deliveries are"} back on the retry schedule.`}
          </p>
          <div className="dialog-actions">
            <button type="button" className="button button-primary" onClick={onClose} autoFocus>
              Done
            </button>
          </div>
        </>
      ) : (
        <form onSubmit={submit} noValidate>
          <p>Failed deliveries created since this moment start their retry schedule again, from the first attempt.</p>
          <FormErrors errors={errors.form} />
          {!destinationId && (
            <Field label="Destination" errors={errors.fields.destinationId}>
              {(control) => (
                <select {...control} className="input" value={destination} onChange={(e) => setDestination(e.target.value)}>
                  <option value="">Choose…</option>
                  {data?.destinations.edges.map(({ node }) => (
                    <option key={node.id} value={node.id}>
                      {node.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
          <Field label="Failed since" hint="In your time zone." errors={errors.fields.since}>
            {(control) => (
              <input {...control} className="input" type="datetime-local" value={since} onChange={(e) => setSince(e.target.value)} />
            )}
          </Field>
          <div className="dialog-actions">
            <button type="button" className="button" onClick={onClose}>
              Cancel
            </button>
            <button type="submit" className="button button-primary" disabled={fetching}>
              {fetching ? "Retrying…" : "Retry failed deliveries"}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
