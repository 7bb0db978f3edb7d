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
