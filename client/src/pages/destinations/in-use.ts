// What still uses a destination the API refused to delete, in words.

/** "a webhook sends", "2 webhooks and a notification rule send" */
export function inUseDescription({ webhooks, rules }: { webhooks: readonly unknown[]; rules: readonly unknown[] }): string {
  const count = (n: number, one: string, many: string) => (n === 1 ? `a ${one}` : `${n} ${many}`);
  const parts = [
    webhooks.length > 0 ? count(webhooks.length, "webhook", "webhooks") : null,
    rules.length > 0 ? count(rules.length, "notification rule", "notification rules") : null,
  ].filter(Boolean);
  const plural = webhooks.length + rules.length > 1;
  return `${parts.join(" and ")} ${plural ? "send" : "sends"}`;
}

/** What the user can do about it, in the right number: a webhook's destination cannot change, a rule's can. */
export function inUseRemedy({ webhooks, rules }: { webhooks: readonly unknown[]; rules: readonly unknown[] }): string {
  const one = (n: number, single: string, several: string) => (n === 1 ? single : several);
  const forWebhooks =
    webhooks.length > 0
      ? `delete ${one(webhooks.length, "the webhook", "the webhooks")} (a webhook's destination cannot be changed)`
      : null;
  const forRules =
    rules.length > 0 ? `delete ${one(rules.length, "the rule, or have it", "the rules, or have them")} send to another destination` : null;
  const steps = [forWebhooks, forRules].filter(Boolean).join(", and ");
  return `${steps[0].toUpperCase()}${steps.slice(1)}, first.`;
}
