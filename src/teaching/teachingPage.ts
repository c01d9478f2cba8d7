// The teaching page's script. The page runs it once as itself and once more as the code of its
// simulation worker (from a Blob URL), so the page stays one file: a worker has no document.
import { serveSimulations } from './simulationWorker.js';
import type { WorkerScope } from './simulationWorker.js';
import { startTeachingApp } from './teachingApp.js';

if (typeof document === 'undefined') serveSimulations(globalThis as unknown as WorkerScope);
else startTeachingApp(document);
