import { prewarm, setWorkerUrl } from 'maplibre-gl';
// `?worker&url` has Vite bundle MapLibre's worker as its own hashed file under /_app.
// MapLibre would otherwise look for it next to `import.meta.url` of the bundled chunk,
// where it does not exist.
import maplibreWorkerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';

setWorkerUrl(maplibreWorkerUrl);
// Start the worker now, while the geodata is still downloading.
prewarm();
