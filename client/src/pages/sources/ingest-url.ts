// The URL a provider posts to: the API's (SWITCHYARD_PUBLIC_URL), or this dashboard's own address.
export function ingestUrlOf(source: { ingestUrl?: string | null; ingestPath: string }): string {
  return source.ingestUrl ?? `${window.location.origin}${source.ingestPath}`;
}
