import { createRequire as __fleetprobeCreateRequire } from 'node:module'; const require = __fleetprobeCreateRequire(import.meta.url);
import {
  UserError
} from "./chunk-RHSM7FGY.js";

// src/transport/ssm/scopes/inputs.ts
var SCOPE_INPUTS = [
  { name: "regions", kind: "list", description: "Regions to audit in every account: a list, or `all` (each account's enabled regions). Default: aws-region." },
  {
    name: "accounts",
    kind: "list",
    description: "Accounts to audit: 12-digit ids, OU ids (`ou-\u2026`, child OUs included) or `organization` (every active account), listed through AWS Organizations. Default: the current credentials' account."
  },
  { name: "member-role", kind: "string", description: "Role to assume in each audited account: a name (`fleetprobe-member`, `path/name`) or an ARN with `{account}`. Default: none (the current credentials)." },
  { name: "external-id", kind: "string", description: "External id to pass when assuming member-role." },
  { name: "role-session-name", kind: "string", default: "fleetprobe", description: "Session name when assuming member-role (CloudTrail shows it)." }
];
var ACCOUNT_ID = /^\d{12}$/;
var OU_ID = /^ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}$/;
var REGION_NAME = /^[a-z]{2,4}(-[a-z]+)+-\d{1,2}$/;
var ROLE_NAME = /^\/?(?:[\x21-\x2e\x30-\x7e]+\/)*[\w+=,.@-]{1,64}$/;
var ROLE_ARN = /^arn:aws[a-z-]*:iam::(?:\d{12}|\{account\}):role\/(?:[\x21-\x2e\x30-\x7e]+\/)*[\w+=,.@-]{1,64}$/;
var SESSION_NAME = /^[\w+=,.@-]{2,64}$/;
var EXTERNAL_ID = /^[\w+=,.@:/-]{2,1224}$/;
function parseScopeInputs(raw) {
  const regions = [...new Set(raw.regions)];
  if (regions.includes("all") && regions.length > 1) throw new UserError(`input regions: 'all' already covers every enabled region; give all or a list, not both`);
  for (const r of regions) if (r !== "all" && !REGION_NAME.test(r)) throw new UserError(`input regions: '${shown(r)}' is not a region name (expected names like eu-west-1, or all)`);
  const accounts = { ids: [], units: [], organization: false };
  for (const a of new Set(raw.accounts)) {
    if (a === "organization") accounts.organization = true;
    else if (ACCOUNT_ID.test(a)) accounts.ids.push(a);
    else if (OU_ID.test(a)) accounts.units.push(a);
    else throw new UserError(`input accounts: '${shown(a)}' is not an account id (12 digits), an OU id (ou-\u2026) or organization`);
  }
  if (accounts.organization && (accounts.units.length > 0 || accounts.ids.length > 0)) throw new UserError("input accounts: organization already covers every account; give organization alone, or account and OU ids");
  const role = raw.memberRole;
  if (role !== void 0 && !ROLE_NAME.test(role) && !ROLE_ARN.test(role)) {
    throw new UserError(`input member-role: '${shown(role)}' is not a role name or a role ARN (expected fleetprobe-member, audit/fleetprobe-member or arn:aws:iam::{account}:role/fleetprobe-member)`);
  }
  const listed = accounts.organization || accounts.units.length > 0 || accounts.ids.length > 1;
  if (listed && role === void 0) throw new UserError("input accounts: auditing other accounts needs member-role, the role fleetprobe assumes in each of them");
  if (role !== void 0 && ROLE_ARN.test(role) && !role.includes("{account}") && listed) {
    throw new UserError(`input member-role: '${shown(role)}' names one account; write {account} in place of the account id to assume it in every audited account`);
  }
  if (raw.externalId !== void 0 && role === void 0) throw new UserError("input external-id: applies only with member-role");
  if (raw.externalId !== void 0 && !EXTERNAL_ID.test(raw.externalId)) throw new UserError("input external-id: expected 2 to 1224 characters of letters, digits and +=,.@:/-");
  if (!SESSION_NAME.test(raw.sessionName)) throw new UserError(`input role-session-name: '${shown(raw.sessionName)}' is not allowed; expected 2 to 64 characters of letters, digits and +=,.@-`);
  return {
    regions: regions.length === 0 ? void 0 : regions.includes("all") ? "all" : regions,
    accounts,
    memberRole: role,
    externalId: raw.externalId,
    sessionName: raw.sessionName
  };
}
function scopeSelection(s) {
  const accounts = s.accounts.organization ? "organization" : [...s.accounts.ids, ...s.accounts.units].sort().join(",");
  if (s.regions === void 0 && accounts === "") return void 0;
  const regions = s.regions === void 0 ? void 0 : s.regions === "all" ? "all" : [...s.regions].sort().join(",");
  return [regions, accounts].filter((x) => x !== void 0 && x !== "").join("@");
}
function roleArn(role, account, partition) {
  if (role.startsWith("arn:")) return role.replaceAll("{account}", account);
  return `arn:${partition}:iam::${account}:role/${role.replace(/^\//, "")}`;
}
function shown(s) {
  const flat = s.replace(/[\r\n]+/g, "\\n");
  return flat.length > 80 ? `${flat.slice(0, 77)}...` : flat;
}

export {
  SCOPE_INPUTS,
  REGION_NAME,
  parseScopeInputs,
  scopeSelection,
  roleArn
};
