// Which statuses are shown, kept in the address (?status=live,offline) so a view can be shared.
import { INSTALLATION_STATUSES, type InstallationStatus } from "../../schema/installation-statuses.ts";
import { DEFAULT_STATUSES } from "../statuses.ts";

const isStatus = (value: string): value is InstallationStatus => (INSTALLATION_STATUSES as readonly string[]).includes(value);

/** The statuses in the address, or the default ones when it names none it knows. */
export function statusesFromAddress(search: string): Set<InstallationStatus> {
  const parameter = new URLSearchParams(search).get("status");
  if (parameter === null) return new Set(DEFAULT_STATUSES);
  return new Set(parameter.split(",").filter(isStatus));
}

/** The address for a selection, statuses in their usual order. */
export function addressFor(location: Location, statuses: ReadonlySet<InstallationStatus>): string {
  const url = new URL(location.href);
  url.searchParams.set("status", INSTALLATION_STATUSES.filter((status) => statuses.has(status)).join(","));
  // Commas are safe in a query; keeping them readable makes a shared link readable too.
  return `${url.pathname}${url.search.replace(/%2C/gi, ",")}${url.hash}`;
}
