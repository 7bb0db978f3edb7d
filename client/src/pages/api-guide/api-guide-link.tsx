// A link to a section of the "Using the API" page.
import type { ReactNode } from "react";
import { Link } from "wouter";

export const API_GUIDE_PATH = "/api";

export type ApiGuideSection = "curl" | "client" | "oauth2";

export function ApiGuideLink({ section, children }: { section?: ApiGuideSection; children: ReactNode }) {
  return <Link href={section ? `${API_GUIDE_PATH}#${section}` : API_GUIDE_PATH}>{children}</Link>;
}
