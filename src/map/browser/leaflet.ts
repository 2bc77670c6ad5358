// Leaflet, and the marker-cluster plugin that expects Leaflet as a global: this module sets it before the plugin loads.
import L from "leaflet";

(globalThis as unknown as { L: typeof L }).L = L;

export default L;
