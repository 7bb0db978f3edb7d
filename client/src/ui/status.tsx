// Colour-coded states: an attempt's result, a delivery's status, a destination's state.
import type { DeliveryStatus, DestinationState } from "../gql/graphql.ts";
import { attemptResultLabel, type AttemptResultProps } from "./attempt-result.ts";

export function AttemptResult(props: AttemptResultProps) {
  return (
    <span className={`badge ${props.succeeded ? "badge-ok" : "badge-danger"}`} title={props.succeeded ? "Succeeded" : "Failed"}>
      {attemptResultLabel(props)}
    </span>
  );
}

const deliveryBadges: Record<DeliveryStatus, [label: string, className: string]> = {
  SCHEDULED: ["Scheduled", "badge-warning"],
  SENDING: ["Sending", "badge-info"],
  SUCCEEDED: ["Succeeded", "badge-ok"],
  FAILED: ["Failed", "badge-danger"],
  CANCELLED: ["Cancelled", "badge-muted"],
};

export function DeliveryStatusBadge({ status }: { status: DeliveryStatus }) {
  const [label, className] = deliveryBadges[status];
  return <span className={`badge ${className}`}>{label}</span>;
}

const destinationBadges: Record<DestinationState, [label: string, className: string]> = {
  ACTIVE: ["Active", "badge-ok"],
  PAUSED: ["Paused", "badge-warning"],
  DISABLED: ["Disabled", "badge-danger"],
};

export function DestinationStateBadge({ state }: { state: DestinationState }) {
  const [label, className] = destinationBadges[state];
  return <span className={`badge ${className}`}>{label}</span>;
}
