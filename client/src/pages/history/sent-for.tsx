// Why a delivery was sent: a webhook's subscription, a notification rule
// that matched, or neither (a test event, or a webhook or rule since
// deleted).
import { Link } from "wouter";

export interface DeliveryCause {
  webhook?: { id: string; name: string } | null;
  rule?: { id: string; name: string } | null;
}

export function SentFor({ delivery }: { delivery: DeliveryCause }) {
  if (delivery.rule) {
    return (
      <>
        <span className="badge badge-info">Rule</span>{" "}
        <Link href={`/notification-rules/${delivery.rule.id}/edit`}>{delivery.rule.name}</Link>
      </>
    );
  }
  if (delivery.webhook) {
    return (
      <>
        <span className="badge badge-muted">Webhook</span>{" "}
        <Link href={`/webhooks/${delivery.webhook.id}/edit`}>{delivery.webhook.name}</Link>
      </>
    );
  }
  return <span className="muted">A test event, or a deleted webhook or rule</span>;
}
