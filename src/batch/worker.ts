// The worker thread of a batch (bundled as dist/worker.js): parses the jobs the pool sends.
import { parentPort } from 'node:worker_threads';
import { type Job, runJob, transferables } from './job.js';

const port = parentPort;
if (port) port.on('message', (job: Job) => void runJob(job).then((result) => port.postMessage(result, transferables(result))));
