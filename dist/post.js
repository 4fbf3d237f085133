import { createRequire as __fleetprobeCreateRequire } from 'node:module'; const require = __fleetprobeCreateRequire(import.meta.url);
import {
  getInput,
  getState,
  info,
  warning
} from "./chunks/chunk-B44VXX67.js";
import "./chunks/chunk-MAN5I4OW.js";
import {
  createSsmApi
} from "./chunks/chunk-NWJ7XADS.js";
import "./chunks/chunk-WZWHFPJF.js";
import "./chunks/chunk-32U22KDF.js";

// src/post.ts
var STILL_RUNNING = /* @__PURE__ */ new Set(["Pending", "InProgress"]);
async function run() {
  const ids = getState("command-ids").split(",").map((s) => s.trim()).filter((s) => s !== "");
  if (ids.length === 0) return;
  const region = getInput("aws-region") || process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION;
  if (!region) {
    warning(`fleetprobe post: no AWS region, cannot check ${ids.length} command(s) for cancellation`);
    return;
  }
  const api = createSsmApi({ region, maxAttempts: 5 });
  await Promise.all(
    ids.map(async (id) => {
      try {
        const status = await api.commandStatus(id);
        if (!status || !STILL_RUNNING.has(status.status)) return;
        await api.cancelCommand(id);
        info(`fleetprobe post: cancelled command ${id} (was ${status.status})`);
      } catch (e) {
        warning(`fleetprobe post: could not cancel command ${id}: ${e instanceof Error ? e.message : String(e)}`);
      }
    })
  );
}

// src/bin/post.ts
await run();
