import { createRequire as __fleetprobeCreateRequire } from 'node:module'; const require = __fleetprobeCreateRequire(import.meta.url);
import {
  getInput,
  getState,
  info,
  parseSent,
  warning
} from "./chunks/chunk-XDBAFCCA.js";
import {
  Accounts,
  Pacer,
  createSsmApi
} from "./chunks/chunk-FR44HW4E.js";
import "./chunks/chunk-AGJEQLMT.js";
import "./chunks/chunk-RHSM7FGY.js";
import "./chunks/chunk-WZWHFPJF.js";
import "./chunks/chunk-32U22KDF.js";

// src/post.ts
import { readFile, rm } from "node:fs/promises";
var STILL_RUNNING = /* @__PURE__ */ new Set(["Pending", "InProgress"]);
async function run() {
  const file = getState("commands-file");
  const sent = file ? await readSent(file) : [];
  if (sent.length === 0) return;
  const ids = sent.map((c) => c.id);
  const region = getInput("aws-region") || process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION;
  const groups = /* @__PURE__ */ new Map();
  for (const { id, account, region: sentTo } of sent) {
    const where = sentTo ? { ...account ? { account } : {}, region: sentTo } : region ? { region } : void 0;
    if (!where) {
      warning(`fleetprobe post: no AWS region, cannot check command ${id} for cancellation`);
      continue;
    }
    const key = `${where.account ?? ""}/${where.region}`;
    const group = groups.get(key) ?? { ...where, ids: [] };
    group.ids.push(id);
    groups.set(key, group);
  }
  const role = getInput("member-role") || void 0;
  const accounts = role && region ? new Accounts({}, region, { memberRole: role, externalId: getInput("external-id") || void 0, sessionName: getInput("role-session-name") || "fleetprobe" }, { calls: {}, pacers: [new Pacer(4)] }) : void 0;
  try {
    await accounts?.identify();
  } catch (e) {
    warning(`fleetprobe post: cannot check ${ids.length} command(s) for cancellation: ${e instanceof Error ? e.message : String(e)}`);
    return;
  }
  await Promise.all(
    [...groups.values()].map(async (g) => {
      const credentials = g.account === void 0 ? void 0 : accounts?.credentialsFor(g.account);
      const api = createSsmApi({ region: g.region, maxAttempts: 5, ...credentials ? { credentials } : {} });
      await Promise.all(
        g.ids.map(async (id) => {
          try {
            const status = await api.commandStatus(id);
            if (!status || !STILL_RUNNING.has(status.status)) return;
            await api.cancelCommand(id);
            info(`fleetprobe post: cancelled command ${id} (was ${status.status})`);
          } catch (e) {
            warning(`fleetprobe post: could not cancel command ${id}: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`);
          }
        })
      );
    })
  );
  await rm(file, { force: true });
}
async function readSent(file) {
  try {
    return parseSent(await readFile(file, "utf8"));
  } catch (e) {
    if (e.code !== "ENOENT") warning(`fleetprobe post: cannot read the commands sent (${file}): ${e.message}`);
    return [];
  }
}

// src/bin/post.ts
await run();
