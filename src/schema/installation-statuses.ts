// The life stages of an installation. Kept apart from the schema so the map's browser code can use them without zod.
export const INSTALLATION_STATUSES = ["live", "in-development", "in-discussion", "offline", "moved", "discontinued"] as const;

export type InstallationStatus = (typeof INSTALLATION_STATUSES)[number];
