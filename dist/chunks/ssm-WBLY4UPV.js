import { createRequire as __fleetprobeCreateRequire } from 'node:module'; const require = __fleetprobeCreateRequire(import.meta.url);
import {
  Accounts,
  OPERATIONS,
  Pacer,
  THROTTLING,
  aborted,
  clientSettings,
  client_exports as client_exports2,
  createSsmApi,
  dist_es_exports,
  errorName,
  httpAuthSchemes_exports,
  init_client as init_client2,
  init_dist_es,
  init_httpAuthSchemes,
  init_protocols,
  init_protocols2,
  init_retry,
  noAnswer,
  oneLine,
  partition,
  protocols_exports,
  protocols_exports2,
  require_dist_cjs,
  require_dist_cjs2,
  retry_exports,
  watch
} from "./chunk-FR44HW4E.js";
import {
  REGION_NAME
} from "./chunk-AGJEQLMT.js";
import {
  MAX_BLOCK_OUTPUT,
  MAX_ENV_STRING,
  MAX_HOST_OUTPUT,
  PROBE_MARKER,
  bytes,
  stopReason
} from "./chunk-IGWNMT3U.js";
import {
  decodeOutput,
  scriptEnvironment
} from "./chunk-ZA4VNVMN.js";
import {
  UserError
} from "./chunk-RHSM7FGY.js";
import {
  checksum_exports,
  client_exports,
  config_exports,
  endpoints_exports,
  init_checksum,
  init_client,
  init_config,
  init_endpoints,
  init_schema,
  init_serde,
  schema_exports,
  serde_exports
} from "./chunk-WZWHFPJF.js";
import {
  __commonJS,
  __toCommonJS,
  __toESM
} from "./chunk-32U22KDF.js";

// node_modules/@aws-sdk/client-organizations/dist-cjs/index.js
var require_dist_cjs3 = __commonJS({
  "node_modules/@aws-sdk/client-organizations/dist-cjs/index.js"(exports) {
    var { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, getDefaultSocketTimeout, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = (init_client2(), __toCommonJS(client_exports2));
    var { getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin, createPaginator } = (init_dist_es(), __toCommonJS(dist_es_exports));
    var { normalizeProvider, getSmithyContext, ServiceException: ServiceException$1, NoOpLogger, emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode, getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig, Client, makeBuilder, createAggregatedClient } = (init_client(), __toCommonJS(client_exports));
    var { Command: $Command } = (init_client(), __toCommonJS(client_exports));
    exports.$Command = $Command;
    exports.__Client = Client;
    var { resolveDefaultsModeConfig, loadConfig, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS, resolveRegionConfig } = (init_config(), __toCommonJS(config_exports));
    var { BinaryDecisionDiagram, EndpointCache, decideEndpoint, customEndpointFunctions, resolveEndpointConfig, getEndpointPlugin } = (init_endpoints(), __toCommonJS(endpoints_exports));
    var { parseUrl, getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig, getContentLengthPlugin } = (init_protocols(), __toCommonJS(protocols_exports));
    var { DEFAULT_RETRY_MODE, NODE_RETRY_MODE_CONFIG_OPTIONS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS, resolveRetryConfig, getRetryPlugin } = (init_retry(), __toCommonJS(retry_exports));
    var { TypeRegistry, getSchemaSerdePlugin } = (init_schema(), __toCommonJS(schema_exports));
    var { resolveAwsSdkSigV4Config, AwsSdkSigV4Signer, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS } = (init_httpAuthSchemes(), __toCommonJS(httpAuthSchemes_exports));
    var { defaultProvider } = require_dist_cjs2();
    var { toUtf8, fromUtf8, toBase64, fromBase64, calculateBodyLength } = (init_serde(), __toCommonJS(serde_exports));
    var { streamCollector, NodeHttpHandler } = require_dist_cjs();
    var { AwsJson1_1Protocol } = (init_protocols2(), __toCommonJS(protocols_exports2));
    var { Sha256 } = (init_checksum(), __toCommonJS(checksum_exports));
    var defaultOrganizationsHttpAuthSchemeParametersProvider = async (config, context, input) => {
      return {
        operation: getSmithyContext(context).operation,
        region: await normalizeProvider(config.region)() || (() => {
          throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
        })()
      };
    };
    function createAwsAuthSigv4HttpAuthOption(authParameters) {
      return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
          name: "organizations",
          region: authParameters.region
        },
        propertiesExtractor: (config, context) => ({
          signingProperties: {
            config,
            context
          }
        })
      };
    }
    var defaultOrganizationsHttpAuthSchemeProvider = (authParameters) => {
      const options = [];
      switch (authParameters.operation) {
        default: {
          options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
        }
      }
      return options;
    };
    var resolveHttpAuthSchemeConfig = (config) => {
      const config_0 = resolveAwsSdkSigV4Config(config);
      return Object.assign(config_0, {
        authSchemePreference: normalizeProvider(config.authSchemePreference ?? [])
      });
    };
    var resolveClientEndpointParameters = (options) => {
      return Object.assign(options, {
        useDualstackEndpoint: options.useDualstackEndpoint ?? false,
        useFipsEndpoint: options.useFipsEndpoint ?? false,
        defaultSigningName: "organizations"
      });
    };
    var commonParams = {
      UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
      Endpoint: { type: "builtInParams", name: "endpoint" },
      Region: { type: "builtInParams", name: "region" },
      UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
    };
    var version = "3.1174.0";
    var packageInfo = {
      version
    };
    var l = "ref";
    var m = "authSchemes";
    var n = "signingRegion";
    var a = -1;
    var b = true;
    var c = "isSet";
    var d = "PartitionResult";
    var e = "booleanEquals";
    var f = "getAttr";
    var g = { [l]: "Endpoint" };
    var h = { [l]: d };
    var i = { [m]: [{ "name": "sigv4", [n]: "us-gov-west-1" }] };
    var j = { [m]: [{ "name": "sigv4", [n]: "{PartitionResult#implicitGlobalRegion}" }] };
    var k = [{ [l]: "Region" }];
    var _data = {
      conditions: [
        [c, [g]],
        [c, k],
        ["aws.partition", k, d],
        [e, [{ [l]: "UseFIPS" }, b]],
        [e, [{ [l]: "UseDualStack" }, b]],
        ["stringEquals", [{ fn: f, argv: [h, "name"] }, "aws-us-gov"]],
        [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]],
        [e, [{ fn: f, argv: [h, "supportsDualStack"] }, b]]
      ],
      results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [g, {}],
        ["https://organizations.us-gov-west-1.amazonaws.com", i],
        ["https://organizations.us-gov-west-1.api.aws", i],
        ["https://organizations-fips.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dualStackDnsSuffix}", j],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://organizations-fips.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dnsSuffix}", j],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://organizations.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dualStackDnsSuffix}", j],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://organizations.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dnsSuffix}", j],
        [a, "Invalid Configuration: Missing Region"]
      ]
    };
    var root = 2;
    var r = 1e8;
    var nodes = new Int32Array([
      -1,
      1,
      -1,
      0,
      14,
      3,
      1,
      4,
      r + 13,
      2,
      5,
      r + 13,
      3,
      8,
      6,
      4,
      7,
      r + 12,
      7,
      r + 10,
      r + 11,
      4,
      11,
      9,
      5,
      r + 4,
      10,
      6,
      r + 8,
      r + 9,
      5,
      r + 5,
      12,
      6,
      13,
      r + 7,
      7,
      r + 6,
      r + 7,
      3,
      r + 1,
      15,
      4,
      r + 2,
      r + 3
    ]);
    var bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);
    var cache = new EndpointCache({
      size: 50,
      params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"]
    });
    var defaultEndpointResolver = (endpointParams, context = {}) => {
      return cache.get(endpointParams, () => decideEndpoint(bdd, {
        endpointParams,
        logger: context.logger
      }));
    };
    customEndpointFunctions.aws = awsEndpointFunctions;
    var OrganizationsServiceException = class _OrganizationsServiceException extends ServiceException$1 {
      static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.organizations#OrganizationsServiceException";
      constructor(options) {
        super(options);
        Object.setPrototypeOf(this, _OrganizationsServiceException.prototype);
      }
    };
    var AccessDeniedException = class _AccessDeniedException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#AccessDeniedException";
      name = "AccessDeniedException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "AccessDeniedException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _AccessDeniedException.prototype);
        this.Message = opts.Message;
      }
    };
    var AccessDeniedForDependencyException = class _AccessDeniedForDependencyException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#AccessDeniedForDependencyException";
      name = "AccessDeniedForDependencyException";
      $fault = "client";
      Message;
      Reason;
      constructor(opts) {
        super({
          name: "AccessDeniedForDependencyException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _AccessDeniedForDependencyException.prototype);
        this.Message = opts.Message;
        this.Reason = opts.Reason;
      }
    };
    var AWSOrganizationsNotInUseException = class _AWSOrganizationsNotInUseException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#AWSOrganizationsNotInUseException";
      name = "AWSOrganizationsNotInUseException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "AWSOrganizationsNotInUseException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _AWSOrganizationsNotInUseException.prototype);
        this.Message = opts.Message;
      }
    };
    var ConcurrentModificationException = class _ConcurrentModificationException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#ConcurrentModificationException";
      name = "ConcurrentModificationException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ConcurrentModificationException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ConcurrentModificationException.prototype);
        this.Message = opts.Message;
      }
    };
    var ConstraintViolationException = class _ConstraintViolationException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#ConstraintViolationException";
      name = "ConstraintViolationException";
      $fault = "client";
      Message;
      Reason;
      constructor(opts) {
        super({
          name: "ConstraintViolationException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ConstraintViolationException.prototype);
        this.Message = opts.Message;
        this.Reason = opts.Reason;
      }
    };
    var HandshakeAlreadyInStateException = class _HandshakeAlreadyInStateException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#HandshakeAlreadyInStateException";
      name = "HandshakeAlreadyInStateException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "HandshakeAlreadyInStateException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _HandshakeAlreadyInStateException.prototype);
        this.Message = opts.Message;
      }
    };
    var HandshakeConstraintViolationException = class _HandshakeConstraintViolationException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#HandshakeConstraintViolationException";
      name = "HandshakeConstraintViolationException";
      $fault = "client";
      Message;
      Reason;
      constructor(opts) {
        super({
          name: "HandshakeConstraintViolationException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _HandshakeConstraintViolationException.prototype);
        this.Message = opts.Message;
        this.Reason = opts.Reason;
      }
    };
    var HandshakeNotFoundException = class _HandshakeNotFoundException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#HandshakeNotFoundException";
      name = "HandshakeNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "HandshakeNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _HandshakeNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidHandshakeTransitionException = class _InvalidHandshakeTransitionException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#InvalidHandshakeTransitionException";
      name = "InvalidHandshakeTransitionException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidHandshakeTransitionException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidHandshakeTransitionException.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidInputException = class _InvalidInputException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#InvalidInputException";
      name = "InvalidInputException";
      $fault = "client";
      Message;
      Reason;
      constructor(opts) {
        super({
          name: "InvalidInputException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidInputException.prototype);
        this.Message = opts.Message;
        this.Reason = opts.Reason;
      }
    };
    var MasterCannotLeaveOrganizationException = class _MasterCannotLeaveOrganizationException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#MasterCannotLeaveOrganizationException";
      name = "MasterCannotLeaveOrganizationException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "MasterCannotLeaveOrganizationException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _MasterCannotLeaveOrganizationException.prototype);
        this.Message = opts.Message;
      }
    };
    var ServiceException = class _ServiceException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#ServiceException";
      name = "ServiceException";
      $fault = "server";
      Message;
      constructor(opts) {
        super({
          name: "ServiceException",
          $fault: "server",
          ...opts
        });
        Object.setPrototypeOf(this, _ServiceException.prototype);
        this.Message = opts.Message;
      }
    };
    var TooManyRequestsException = class _TooManyRequestsException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#TooManyRequestsException";
      name = "TooManyRequestsException";
      $fault = "client";
      Type;
      Message;
      constructor(opts) {
        super({
          name: "TooManyRequestsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _TooManyRequestsException.prototype);
        this.Type = opts.Type;
        this.Message = opts.Message;
      }
    };
    var AccountAlreadyClosedException = class _AccountAlreadyClosedException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#AccountAlreadyClosedException";
      name = "AccountAlreadyClosedException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "AccountAlreadyClosedException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _AccountAlreadyClosedException.prototype);
        this.Message = opts.Message;
      }
    };
    var AccountAlreadyRegisteredException = class _AccountAlreadyRegisteredException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#AccountAlreadyRegisteredException";
      name = "AccountAlreadyRegisteredException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "AccountAlreadyRegisteredException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _AccountAlreadyRegisteredException.prototype);
        this.Message = opts.Message;
      }
    };
    var AccountNotFoundException = class _AccountNotFoundException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#AccountNotFoundException";
      name = "AccountNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "AccountNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _AccountNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var AccountNotRegisteredException = class _AccountNotRegisteredException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#AccountNotRegisteredException";
      name = "AccountNotRegisteredException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "AccountNotRegisteredException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _AccountNotRegisteredException.prototype);
        this.Message = opts.Message;
      }
    };
    var AccountOwnerNotVerifiedException = class _AccountOwnerNotVerifiedException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#AccountOwnerNotVerifiedException";
      name = "AccountOwnerNotVerifiedException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "AccountOwnerNotVerifiedException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _AccountOwnerNotVerifiedException.prototype);
        this.Message = opts.Message;
      }
    };
    var AlreadyInOrganizationException = class _AlreadyInOrganizationException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#AlreadyInOrganizationException";
      name = "AlreadyInOrganizationException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "AlreadyInOrganizationException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _AlreadyInOrganizationException.prototype);
        this.Message = opts.Message;
      }
    };
    var DuplicatePolicyAttachmentException = class _DuplicatePolicyAttachmentException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#DuplicatePolicyAttachmentException";
      name = "DuplicatePolicyAttachmentException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "DuplicatePolicyAttachmentException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DuplicatePolicyAttachmentException.prototype);
        this.Message = opts.Message;
      }
    };
    var PolicyChangesInProgressException = class _PolicyChangesInProgressException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#PolicyChangesInProgressException";
      name = "PolicyChangesInProgressException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "PolicyChangesInProgressException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _PolicyChangesInProgressException.prototype);
        this.Message = opts.Message;
      }
    };
    var PolicyNotFoundException = class _PolicyNotFoundException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#PolicyNotFoundException";
      name = "PolicyNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "PolicyNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _PolicyNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var PolicyTypeNotEnabledException = class _PolicyTypeNotEnabledException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#PolicyTypeNotEnabledException";
      name = "PolicyTypeNotEnabledException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "PolicyTypeNotEnabledException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _PolicyTypeNotEnabledException.prototype);
        this.Message = opts.Message;
      }
    };
    var TargetNotFoundException = class _TargetNotFoundException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#TargetNotFoundException";
      name = "TargetNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "TargetNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _TargetNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var UnsupportedAPIEndpointException = class _UnsupportedAPIEndpointException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#UnsupportedAPIEndpointException";
      name = "UnsupportedAPIEndpointException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "UnsupportedAPIEndpointException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _UnsupportedAPIEndpointException.prototype);
        this.Message = opts.Message;
      }
    };
    var ConflictException = class _ConflictException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#ConflictException";
      name = "ConflictException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ConflictException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ConflictException.prototype);
        this.Message = opts.Message;
      }
    };
    var FinalizingOrganizationException = class _FinalizingOrganizationException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#FinalizingOrganizationException";
      name = "FinalizingOrganizationException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "FinalizingOrganizationException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _FinalizingOrganizationException.prototype);
        this.Message = opts.Message;
      }
    };
    var DuplicateOrganizationalUnitException = class _DuplicateOrganizationalUnitException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#DuplicateOrganizationalUnitException";
      name = "DuplicateOrganizationalUnitException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "DuplicateOrganizationalUnitException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DuplicateOrganizationalUnitException.prototype);
        this.Message = opts.Message;
      }
    };
    var ParentNotFoundException = class _ParentNotFoundException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#ParentNotFoundException";
      name = "ParentNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ParentNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ParentNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var DuplicatePolicyException = class _DuplicatePolicyException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#DuplicatePolicyException";
      name = "DuplicatePolicyException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "DuplicatePolicyException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DuplicatePolicyException.prototype);
        this.Message = opts.Message;
      }
    };
    var MalformedPolicyDocumentException = class _MalformedPolicyDocumentException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#MalformedPolicyDocumentException";
      name = "MalformedPolicyDocumentException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "MalformedPolicyDocumentException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _MalformedPolicyDocumentException.prototype);
        this.Message = opts.Message;
      }
    };
    var PolicyTypeNotAvailableForOrganizationException = class _PolicyTypeNotAvailableForOrganizationException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#PolicyTypeNotAvailableForOrganizationException";
      name = "PolicyTypeNotAvailableForOrganizationException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "PolicyTypeNotAvailableForOrganizationException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _PolicyTypeNotAvailableForOrganizationException.prototype);
        this.Message = opts.Message;
      }
    };
    var OrganizationNotEmptyException = class _OrganizationNotEmptyException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#OrganizationNotEmptyException";
      name = "OrganizationNotEmptyException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "OrganizationNotEmptyException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _OrganizationNotEmptyException.prototype);
        this.Message = opts.Message;
      }
    };
    var OrganizationalUnitNotEmptyException = class _OrganizationalUnitNotEmptyException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#OrganizationalUnitNotEmptyException";
      name = "OrganizationalUnitNotEmptyException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "OrganizationalUnitNotEmptyException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _OrganizationalUnitNotEmptyException.prototype);
        this.Message = opts.Message;
      }
    };
    var OrganizationalUnitNotFoundException = class _OrganizationalUnitNotFoundException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#OrganizationalUnitNotFoundException";
      name = "OrganizationalUnitNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "OrganizationalUnitNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _OrganizationalUnitNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var PolicyInUseException = class _PolicyInUseException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#PolicyInUseException";
      name = "PolicyInUseException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "PolicyInUseException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _PolicyInUseException.prototype);
        this.Message = opts.Message;
      }
    };
    var ResourcePolicyNotFoundException = class _ResourcePolicyNotFoundException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#ResourcePolicyNotFoundException";
      name = "ResourcePolicyNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ResourcePolicyNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ResourcePolicyNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var CreateAccountStatusNotFoundException = class _CreateAccountStatusNotFoundException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#CreateAccountStatusNotFoundException";
      name = "CreateAccountStatusNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "CreateAccountStatusNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _CreateAccountStatusNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var EffectivePolicyNotFoundException = class _EffectivePolicyNotFoundException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#EffectivePolicyNotFoundException";
      name = "EffectivePolicyNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "EffectivePolicyNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _EffectivePolicyNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var ResponsibilityTransferNotFoundException = class _ResponsibilityTransferNotFoundException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#ResponsibilityTransferNotFoundException";
      name = "ResponsibilityTransferNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ResponsibilityTransferNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ResponsibilityTransferNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var PolicyNotAttachedException = class _PolicyNotAttachedException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#PolicyNotAttachedException";
      name = "PolicyNotAttachedException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "PolicyNotAttachedException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _PolicyNotAttachedException.prototype);
        this.Message = opts.Message;
      }
    };
    var RootNotFoundException = class _RootNotFoundException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#RootNotFoundException";
      name = "RootNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "RootNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _RootNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var PolicyTypeAlreadyEnabledException = class _PolicyTypeAlreadyEnabledException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#PolicyTypeAlreadyEnabledException";
      name = "PolicyTypeAlreadyEnabledException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "PolicyTypeAlreadyEnabledException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _PolicyTypeAlreadyEnabledException.prototype);
        this.Message = opts.Message;
      }
    };
    var DuplicateHandshakeException = class _DuplicateHandshakeException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#DuplicateHandshakeException";
      name = "DuplicateHandshakeException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "DuplicateHandshakeException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DuplicateHandshakeException.prototype);
        this.Message = opts.Message;
      }
    };
    var ChildNotFoundException = class _ChildNotFoundException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#ChildNotFoundException";
      name = "ChildNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ChildNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ChildNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var DestinationParentNotFoundException = class _DestinationParentNotFoundException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#DestinationParentNotFoundException";
      name = "DestinationParentNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "DestinationParentNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DestinationParentNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var DuplicateAccountException = class _DuplicateAccountException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#DuplicateAccountException";
      name = "DuplicateAccountException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "DuplicateAccountException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DuplicateAccountException.prototype);
        this.Message = opts.Message;
      }
    };
    var SourceParentNotFoundException = class _SourceParentNotFoundException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#SourceParentNotFoundException";
      name = "SourceParentNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "SourceParentNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _SourceParentNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidResponsibilityTransferTransitionException = class _InvalidResponsibilityTransferTransitionException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#InvalidResponsibilityTransferTransitionException";
      name = "InvalidResponsibilityTransferTransitionException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidResponsibilityTransferTransitionException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidResponsibilityTransferTransitionException.prototype);
        this.Message = opts.Message;
      }
    };
    var ResponsibilityTransferAlreadyInStatusException = class _ResponsibilityTransferAlreadyInStatusException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#ResponsibilityTransferAlreadyInStatusException";
      name = "ResponsibilityTransferAlreadyInStatusException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ResponsibilityTransferAlreadyInStatusException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ResponsibilityTransferAlreadyInStatusException.prototype);
        this.Message = opts.Message;
      }
    };
    var _A = "Account";
    var _AACE = "AccountAlreadyClosedException";
    var _AARE = "AccountAlreadyRegisteredException";
    var _ADE = "AccessDeniedException";
    var _ADFDE = "AccessDeniedForDependencyException";
    var _AH = "AcceptHandshake";
    var _AHI = "ActiveHandshakeId";
    var _AHR = "AcceptHandshakeRequest";
    var _AHRc = "AcceptHandshakeResponse";
    var _AI = "AccountId";
    var _AIOE = "AlreadyInOrganizationException";
    var _AM = "AwsManaged";
    var _AN = "AccountName";
    var _ANFE = "AccountNotFoundException";
    var _ANRE = "AccountNotRegisteredException";
    var _AONVE = "AccountOwnerNotVerifiedException";
    var _AP = "AttachPolicy";
    var _APR = "AttachPolicyRequest";
    var _APT = "AvailablePolicyTypes";
    var _AT = "ActionType";
    var _AWSONIUE = "AWSOrganizationsNotInUseException";
    var _Ac = "Action";
    var _Acc = "Accounts";
    var _Ar = "Arn";
    var _C = "Child";
    var _CA = "CloseAccount";
    var _CAN = "CreateAccountName";
    var _CAR = "CloseAccountRequest";
    var _CARI = "CreateAccountRequestId";
    var _CARr = "CreateAccountRequest";
    var _CARre = "CreateAccountResponse";
    var _CAS = "CreateAccountStatus";
    var _CASNFE = "CreateAccountStatusNotFoundException";
    var _CASr = "CreateAccountStatuses";
    var _CAr = "CreateAccount";
    var _CE = "ConflictException";
    var _CGCA = "CreateGovCloudAccount";
    var _CGCAR = "CreateGovCloudAccountRequest";
    var _CGCARr = "CreateGovCloudAccountResponse";
    var _CH = "CancelHandshake";
    var _CHR = "CancelHandshakeRequest";
    var _CHRa = "CancelHandshakeResponse";
    var _CI = "ChildId";
    var _CME = "ConcurrentModificationException";
    var _CNFE = "ChildNotFoundException";
    var _CO = "CreateOrganization";
    var _COR = "CreateOrganizationRequest";
    var _CORr = "CreateOrganizationResponse";
    var _COU = "CreateOrganizationalUnit";
    var _COUR = "CreateOrganizationalUnitRequest";
    var _COURr = "CreateOrganizationalUnitResponse";
    var _CP = "ContributingPolicies";
    var _CPR = "CreatePolicyRequest";
    var _CPRr = "CreatePolicyResponse";
    var _CPr = "CreatePolicy";
    var _CT = "CompletedTimestamp";
    var _CTh = "ChildType";
    var _CVE = "ConstraintViolationException";
    var _Ch = "Children";
    var _Co = "Content";
    var _D = "Description";
    var _DA = "DelegatedAdministrator";
    var _DAE = "DuplicateAccountException";
    var _DAR = "DescribeAccountRequest";
    var _DARe = "DescribeAccountResponse";
    var _DAWSSA = "DisableAWSServiceAccess";
    var _DAWSSAR = "DisableAWSServiceAccessRequest";
    var _DAe = "DelegatedAdministrators";
    var _DAes = "DescribeAccount";
    var _DCAS = "DescribeCreateAccountStatus";
    var _DCASR = "DescribeCreateAccountStatusRequest";
    var _DCASRe = "DescribeCreateAccountStatusResponse";
    var _DDA = "DeregisterDelegatedAdministrator";
    var _DDAR = "DeregisterDelegatedAdministratorRequest";
    var _DE = "DateEnabled";
    var _DED = "DelegationEnabledDate";
    var _DEP = "DescribeEffectivePolicy";
    var _DEPR = "DescribeEffectivePolicyRequest";
    var _DEPRe = "DescribeEffectivePolicyResponse";
    var _DH = "DeclineHandshake";
    var _DHE = "DuplicateHandshakeException";
    var _DHR = "DeclineHandshakeRequest";
    var _DHRe = "DeclineHandshakeResponse";
    var _DHRes = "DescribeHandshakeRequest";
    var _DHResc = "DescribeHandshakeResponse";
    var _DHe = "DescribeHandshake";
    var _DO = "DeleteOrganization";
    var _DOR = "DescribeOrganizationResponse";
    var _DOU = "DeleteOrganizationalUnit";
    var _DOUE = "DuplicateOrganizationalUnitException";
    var _DOUR = "DeleteOrganizationalUnitRequest";
    var _DOURe = "DescribeOrganizationalUnitRequest";
    var _DOURes = "DescribeOrganizationalUnitResponse";
    var _DOUe = "DescribeOrganizationalUnit";
    var _DOe = "DescribeOrganization";
    var _DP = "DeletePolicy";
    var _DPAE = "DuplicatePolicyAttachmentException";
    var _DPE = "DuplicatePolicyException";
    var _DPI = "DestinationParentId";
    var _DPNFE = "DestinationParentNotFoundException";
    var _DPR = "DeletePolicyRequest";
    var _DPRe = "DescribePolicyRequest";
    var _DPRes = "DescribePolicyResponse";
    var _DPRet = "DetachPolicyRequest";
    var _DPT = "DisablePolicyType";
    var _DPTR = "DisablePolicyTypeRequest";
    var _DPTRi = "DisablePolicyTypeResponse";
    var _DPe = "DescribePolicy";
    var _DPet = "DetachPolicy";
    var _DRP = "DeleteResourcePolicy";
    var _DRPR = "DescribeResourcePolicyResponse";
    var _DRPe = "DescribeResourcePolicy";
    var _DRT = "DescribeResponsibilityTransfer";
    var _DRTR = "DescribeResponsibilityTransferRequest";
    var _DRTRe = "DescribeResponsibilityTransferResponse";
    var _DS = "DelegatedService";
    var _DSe = "DelegatedServices";
    var _E = "Email";
    var _EAF = "EnableAllFeatures";
    var _EAFR = "EnableAllFeaturesRequest";
    var _EAFRn = "EnableAllFeaturesResponse";
    var _EAWSSA = "EnableAWSServiceAccess";
    var _EAWSSAR = "EnableAWSServiceAccessRequest";
    var _EC = "ErrorCode";
    var _EM = "ErrorMessage";
    var _EP = "EffectivePolicy";
    var _EPNFE = "EffectivePolicyNotFoundException";
    var _EPT = "EnablePolicyType";
    var _EPTR = "EnablePolicyTypeRequest";
    var _EPTRn = "EnablePolicyTypeResponse";
    var _EPVE = "EffectivePolicyValidationError";
    var _EPVEf = "EffectivePolicyValidationErrors";
    var _ESP = "EnabledServicePrincipal";
    var _ESPn = "EnabledServicePrincipals";
    var _ET = "ExpirationTimestamp";
    var _ETn = "EndTimestamp";
    var _ETv = "EvaluationTimestamp";
    var _F = "Filter";
    var _FOE = "FinalizingOrganizationException";
    var _FR = "FailureReason";
    var _FS = "FeatureSet";
    var _GCAI = "GovCloudAccountId";
    var _H = "Handshake";
    var _HAISE = "HandshakeAlreadyInStateException";
    var _HCVE = "HandshakeConstraintViolationException";
    var _HF = "HandshakeFilter";
    var _HI = "HandshakeId";
    var _HN = "HandshakeNotes";
    var _HNFE = "HandshakeNotFoundException";
    var _HP = "HandshakeParty";
    var _HPI = "HandshakePartyId";
    var _HPa = "HandshakeParties";
    var _HR = "HandshakeResource";
    var _HRV = "HandshakeResourceValue";
    var _HRa = "HandshakeResources";
    var _Ha = "Handshakes";
    var _I = "Id";
    var _IATO = "InviteAccountToOrganization";
    var _IATOR = "InviteAccountToOrganizationRequest";
    var _IATORn = "InviteAccountToOrganizationResponse";
    var _IHTE = "InvalidHandshakeTransitionException";
    var _IIE = "InvalidInputException";
    var _IOTTR = "InviteOrganizationToTransferResponsibility";
    var _IOTTRR = "InviteOrganizationToTransferResponsibilityRequest";
    var _IOTTRRn = "InviteOrganizationToTransferResponsibilityResponse";
    var _IRTTE = "InvalidResponsibilityTransferTransitionException";
    var _IUATB = "IamUserAccessToBilling";
    var _JM = "JoinedMethod";
    var _JT = "JoinedTimestamp";
    var _K = "Key";
    var _LA = "ListAccounts";
    var _LAFP = "ListAccountsForParent";
    var _LAFPR = "ListAccountsForParentRequest";
    var _LAFPRi = "ListAccountsForParentResponse";
    var _LAR = "ListAccountsRequest";
    var _LARi = "ListAccountsResponse";
    var _LAWIEP = "ListAccountsWithInvalidEffectivePolicy";
    var _LAWIEPR = "ListAccountsWithInvalidEffectivePolicyRequest";
    var _LAWIEPRi = "ListAccountsWithInvalidEffectivePolicyResponse";
    var _LAWSSAFO = "ListAWSServiceAccessForOrganization";
    var _LAWSSAFOR = "ListAWSServiceAccessForOrganizationRequest";
    var _LAWSSAFORi = "ListAWSServiceAccessForOrganizationResponse";
    var _LC = "ListChildren";
    var _LCAS = "ListCreateAccountStatus";
    var _LCASR = "ListCreateAccountStatusRequest";
    var _LCASRi = "ListCreateAccountStatusResponse";
    var _LCR = "ListChildrenRequest";
    var _LCRi = "ListChildrenResponse";
    var _LDA = "ListDelegatedAdministrators";
    var _LDAR = "ListDelegatedAdministratorsRequest";
    var _LDARi = "ListDelegatedAdministratorsResponse";
    var _LDSFA = "ListDelegatedServicesForAccount";
    var _LDSFAR = "ListDelegatedServicesForAccountRequest";
    var _LDSFARi = "ListDelegatedServicesForAccountResponse";
    var _LEPVE = "ListEffectivePolicyValidationErrors";
    var _LEPVER = "ListEffectivePolicyValidationErrorsRequest";
    var _LEPVERi = "ListEffectivePolicyValidationErrorsResponse";
    var _LHFA = "ListHandshakesForAccount";
    var _LHFAR = "ListHandshakesForAccountRequest";
    var _LHFARi = "ListHandshakesForAccountResponse";
    var _LHFO = "ListHandshakesForOrganization";
    var _LHFOR = "ListHandshakesForOrganizationRequest";
    var _LHFORi = "ListHandshakesForOrganizationResponse";
    var _LIRT = "ListInboundResponsibilityTransfers";
    var _LIRTR = "ListInboundResponsibilityTransfersRequest";
    var _LIRTRi = "ListInboundResponsibilityTransfersResponse";
    var _LO = "LeaveOrganization";
    var _LORT = "ListOutboundResponsibilityTransfers";
    var _LORTR = "ListOutboundResponsibilityTransfersRequest";
    var _LORTRi = "ListOutboundResponsibilityTransfersResponse";
    var _LOUFP = "ListOrganizationalUnitsForParent";
    var _LOUFPR = "ListOrganizationalUnitsForParentRequest";
    var _LOUFPRi = "ListOrganizationalUnitsForParentResponse";
    var _LP = "ListParents";
    var _LPFT = "ListPoliciesForTarget";
    var _LPFTR = "ListPoliciesForTargetRequest";
    var _LPFTRi = "ListPoliciesForTargetResponse";
    var _LPR = "ListParentsRequest";
    var _LPRi = "ListParentsResponse";
    var _LPRis = "ListPoliciesRequest";
    var _LPRist = "ListPoliciesResponse";
    var _LPi = "ListPolicies";
    var _LR = "ListRoots";
    var _LRR = "ListRootsRequest";
    var _LRRi = "ListRootsResponse";
    var _LTFP = "ListTargetsForPolicy";
    var _LTFPR = "ListTargetsForPolicyRequest";
    var _LTFPRi = "ListTargetsForPolicyResponse";
    var _LTFR = "ListTagsForResource";
    var _LTFRR = "ListTagsForResourceRequest";
    var _LTFRRi = "ListTagsForResourceResponse";
    var _LUT = "LastUpdatedTimestamp";
    var _M = "Message";
    var _MA = "MoveAccount";
    var _MAA = "MasterAccountArn";
    var _MAE = "MasterAccountEmail";
    var _MAEa = "ManagementAccountEmail";
    var _MAI = "MasterAccountId";
    var _MAIa = "ManagementAccountId";
    var _MAR = "MoveAccountRequest";
    var _MCLOE = "MasterCannotLeaveOrganizationException";
    var _MPDE = "MalformedPolicyDocumentException";
    var _MR = "MaxResults";
    var _N = "Name";
    var _NT = "NextToken";
    var _No = "Notes";
    var _O = "Organization";
    var _ONEE = "OrganizationNotEmptyException";
    var _OU = "OrganizationalUnit";
    var _OUI = "OrganizationalUnitId";
    var _OUNEE = "OrganizationalUnitNotEmptyException";
    var _OUNFE = "OrganizationalUnitNotFoundException";
    var _OUr = "OrganizationalUnits";
    var _P = "Paths";
    var _PC = "PolicyContent";
    var _PCIPE = "PolicyChangesInProgressException";
    var _PHI = "ParentHandshakeId";
    var _PI = "PolicyId";
    var _PIUE = "PolicyInUseException";
    var _PIa = "ParentId";
    var _PNAE = "PolicyNotAttachedException";
    var _PNFE = "ParentNotFoundException";
    var _PNFEo = "PolicyNotFoundException";
    var _PRP = "PutResourcePolicy";
    var _PRPR = "PutResourcePolicyRequest";
    var _PRPRu = "PutResourcePolicyResponse";
    var _PS = "PolicySummary";
    var _PT = "PolicyType";
    var _PTAEE = "PolicyTypeAlreadyEnabledException";
    var _PTE = "PathToError";
    var _PTNAFOE = "PolicyTypeNotAvailableForOrganizationException";
    var _PTNEE = "PolicyTypeNotEnabledException";
    var _PTS = "PolicyTargetSummary";
    var _PTSo = "PolicyTypeSummary";
    var _PTo = "PolicyTypes";
    var _PTol = "PolicyTargets";
    var _Pa = "Parties";
    var _Par = "Parents";
    var _Pare = "Parent";
    var _Pat = "Path";
    var _Po = "Policy";
    var _Pol = "Policies";
    var _R = "Reason";
    var _RAFO = "RemoveAccountFromOrganization";
    var _RAFOR = "RemoveAccountFromOrganizationRequest";
    var _RDA = "RegisterDelegatedAdministrator";
    var _RDAR = "RegisterDelegatedAdministratorRequest";
    var _RI = "RootId";
    var _RIe = "ResourceId";
    var _RN = "RoleName";
    var _RNFE = "RootNotFoundException";
    var _RP = "ResourcePolicy";
    var _RPNFE = "ResourcePolicyNotFoundException";
    var _RPS = "ResourcePolicySummary";
    var _RT = "RequestedTimestamp";
    var _RTAISE = "ResponsibilityTransferAlreadyInStatusException";
    var _RTN = "ResponsibilityTransferName";
    var _RTNFE = "ResponsibilityTransferNotFoundException";
    var _RTe = "ResponsibilityTransfer";
    var _RTes = "ResponsibilityTransfers";
    var _Re = "Resources";
    var _Ro = "Root";
    var _Roo = "Roots";
    var _S = "Status";
    var _SE = "ServiceException";
    var _SN = "SourceName";
    var _SP = "ServicePrincipal";
    var _SPI = "SourceParentId";
    var _SPNFE = "SourceParentNotFoundException";
    var _ST = "StartTimestamp";
    var _So = "Source";
    var _St = "State";
    var _Sta = "States";
    var _T = "Type";
    var _TI = "TargetId";
    var _TK = "TagKeys";
    var _TMRE = "TooManyRequestsException";
    var _TNFE = "TargetNotFoundException";
    var _TP = "TransferParticipant";
    var _TR = "TagResource";
    var _TRR = "TagResourceRequest";
    var _TRT = "TerminateResponsibilityTransfer";
    var _TRTR = "TerminateResponsibilityTransferRequest";
    var _TRTRe = "TerminateResponsibilityTransferResponse";
    var _Ta = "Tags";
    var _Tag = "Tag";
    var _Tar = "Target";
    var _Targ = "Targets";
    var _UAPIEE = "UnsupportedAPIEndpointException";
    var _UOU = "UpdateOrganizationalUnit";
    var _UOUR = "UpdateOrganizationalUnitRequest";
    var _UOURp = "UpdateOrganizationalUnitResponse";
    var _UP = "UpdatePolicy";
    var _UPR = "UpdatePolicyRequest";
    var _UPRp = "UpdatePolicyResponse";
    var _UR = "UntagResource";
    var _URR = "UntagResourceRequest";
    var _URT = "UpdateResponsibilityTransfer";
    var _URTR = "UpdateResponsibilityTransferRequest";
    var _URTRp = "UpdateResponsibilityTransferResponse";
    var _V = "Value";
    var _c = "client";
    var _e = "error";
    var _hE = "httpError";
    var _s = "smithy.ts.sdk.synthetic.com.amazonaws.organizations";
    var _se = "server";
    var n0 = "com.amazonaws.organizations";
    var _s_registry = new TypeRegistry(_s);
    var OrganizationsServiceException$ = [-3, _s, "OrganizationsServiceException", 0, [], []];
    _s_registry.registerError(OrganizationsServiceException$, OrganizationsServiceException);
    var n0_registry = new TypeRegistry(n0);
    var AccessDeniedException$ = [
      -3,
      n0,
      _ADE,
      { [_e]: _c, [_hE]: 403 },
      [_M],
      [0]
    ];
    n0_registry.registerError(AccessDeniedException$, AccessDeniedException);
    var AccessDeniedForDependencyException$ = [
      -3,
      n0,
      _ADFDE,
      { [_e]: _c, [_hE]: 403 },
      [_M, _R],
      [0, 0]
    ];
    n0_registry.registerError(AccessDeniedForDependencyException$, AccessDeniedForDependencyException);
    var AccountAlreadyClosedException$ = [
      -3,
      n0,
      _AACE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(AccountAlreadyClosedException$, AccountAlreadyClosedException);
    var AccountAlreadyRegisteredException$ = [
      -3,
      n0,
      _AARE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(AccountAlreadyRegisteredException$, AccountAlreadyRegisteredException);
    var AccountNotFoundException$ = [
      -3,
      n0,
      _ANFE,
      { [_e]: _c, [_hE]: 404 },
      [_M],
      [0]
    ];
    n0_registry.registerError(AccountNotFoundException$, AccountNotFoundException);
    var AccountNotRegisteredException$ = [
      -3,
      n0,
      _ANRE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(AccountNotRegisteredException$, AccountNotRegisteredException);
    var AccountOwnerNotVerifiedException$ = [
      -3,
      n0,
      _AONVE,
      { [_e]: _c, [_hE]: 403 },
      [_M],
      [0]
    ];
    n0_registry.registerError(AccountOwnerNotVerifiedException$, AccountOwnerNotVerifiedException);
    var AlreadyInOrganizationException$ = [
      -3,
      n0,
      _AIOE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(AlreadyInOrganizationException$, AlreadyInOrganizationException);
    var AWSOrganizationsNotInUseException$ = [
      -3,
      n0,
      _AWSONIUE,
      { [_e]: _c, [_hE]: 404 },
      [_M],
      [0]
    ];
    n0_registry.registerError(AWSOrganizationsNotInUseException$, AWSOrganizationsNotInUseException);
    var ChildNotFoundException$ = [
      -3,
      n0,
      _CNFE,
      { [_e]: _c, [_hE]: 404 },
      [_M],
      [0]
    ];
    n0_registry.registerError(ChildNotFoundException$, ChildNotFoundException);
    var ConcurrentModificationException$ = [
      -3,
      n0,
      _CME,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(ConcurrentModificationException$, ConcurrentModificationException);
    var ConflictException$ = [
      -3,
      n0,
      _CE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(ConflictException$, ConflictException);
    var ConstraintViolationException$ = [
      -3,
      n0,
      _CVE,
      { [_e]: _c, [_hE]: 409 },
      [_M, _R],
      [0, 0]
    ];
    n0_registry.registerError(ConstraintViolationException$, ConstraintViolationException);
    var CreateAccountStatusNotFoundException$ = [
      -3,
      n0,
      _CASNFE,
      { [_e]: _c, [_hE]: 404 },
      [_M],
      [0]
    ];
    n0_registry.registerError(CreateAccountStatusNotFoundException$, CreateAccountStatusNotFoundException);
    var DestinationParentNotFoundException$ = [
      -3,
      n0,
      _DPNFE,
      { [_e]: _c, [_hE]: 404 },
      [_M],
      [0]
    ];
    n0_registry.registerError(DestinationParentNotFoundException$, DestinationParentNotFoundException);
    var DuplicateAccountException$ = [
      -3,
      n0,
      _DAE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(DuplicateAccountException$, DuplicateAccountException);
    var DuplicateHandshakeException$ = [
      -3,
      n0,
      _DHE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(DuplicateHandshakeException$, DuplicateHandshakeException);
    var DuplicateOrganizationalUnitException$ = [
      -3,
      n0,
      _DOUE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(DuplicateOrganizationalUnitException$, DuplicateOrganizationalUnitException);
    var DuplicatePolicyAttachmentException$ = [
      -3,
      n0,
      _DPAE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(DuplicatePolicyAttachmentException$, DuplicatePolicyAttachmentException);
    var DuplicatePolicyException$ = [
      -3,
      n0,
      _DPE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(DuplicatePolicyException$, DuplicatePolicyException);
    var EffectivePolicyNotFoundException$ = [
      -3,
      n0,
      _EPNFE,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(EffectivePolicyNotFoundException$, EffectivePolicyNotFoundException);
    var FinalizingOrganizationException$ = [
      -3,
      n0,
      _FOE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(FinalizingOrganizationException$, FinalizingOrganizationException);
    var HandshakeAlreadyInStateException$ = [
      -3,
      n0,
      _HAISE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(HandshakeAlreadyInStateException$, HandshakeAlreadyInStateException);
    var HandshakeConstraintViolationException$ = [
      -3,
      n0,
      _HCVE,
      { [_e]: _c, [_hE]: 409 },
      [_M, _R],
      [0, 0]
    ];
    n0_registry.registerError(HandshakeConstraintViolationException$, HandshakeConstraintViolationException);
    var HandshakeNotFoundException$ = [
      -3,
      n0,
      _HNFE,
      { [_e]: _c, [_hE]: 404 },
      [_M],
      [0]
    ];
    n0_registry.registerError(HandshakeNotFoundException$, HandshakeNotFoundException);
    var InvalidHandshakeTransitionException$ = [
      -3,
      n0,
      _IHTE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidHandshakeTransitionException$, InvalidHandshakeTransitionException);
    var InvalidInputException$ = [
      -3,
      n0,
      _IIE,
      { [_e]: _c, [_hE]: 400 },
      [_M, _R],
      [0, 0]
    ];
    n0_registry.registerError(InvalidInputException$, InvalidInputException);
    var InvalidResponsibilityTransferTransitionException$ = [
      -3,
      n0,
      _IRTTE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidResponsibilityTransferTransitionException$, InvalidResponsibilityTransferTransitionException);
    var MalformedPolicyDocumentException$ = [
      -3,
      n0,
      _MPDE,
      { [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(MalformedPolicyDocumentException$, MalformedPolicyDocumentException);
    var MasterCannotLeaveOrganizationException$ = [
      -3,
      n0,
      _MCLOE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(MasterCannotLeaveOrganizationException$, MasterCannotLeaveOrganizationException);
    var OrganizationalUnitNotEmptyException$ = [
      -3,
      n0,
      _OUNEE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(OrganizationalUnitNotEmptyException$, OrganizationalUnitNotEmptyException);
    var OrganizationalUnitNotFoundException$ = [
      -3,
      n0,
      _OUNFE,
      { [_e]: _c, [_hE]: 404 },
      [_M],
      [0]
    ];
    n0_registry.registerError(OrganizationalUnitNotFoundException$, OrganizationalUnitNotFoundException);
    var OrganizationNotEmptyException$ = [
      -3,
      n0,
      _ONEE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(OrganizationNotEmptyException$, OrganizationNotEmptyException);
    var ParentNotFoundException$ = [
      -3,
      n0,
      _PNFE,
      { [_e]: _c, [_hE]: 404 },
      [_M],
      [0]
    ];
    n0_registry.registerError(ParentNotFoundException$, ParentNotFoundException);
    var PolicyChangesInProgressException$ = [
      -3,
      n0,
      _PCIPE,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(PolicyChangesInProgressException$, PolicyChangesInProgressException);
    var PolicyInUseException$ = [
      -3,
      n0,
      _PIUE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(PolicyInUseException$, PolicyInUseException);
    var PolicyNotAttachedException$ = [
      -3,
      n0,
      _PNAE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(PolicyNotAttachedException$, PolicyNotAttachedException);
    var PolicyNotFoundException$ = [
      -3,
      n0,
      _PNFEo,
      { [_e]: _c, [_hE]: 404 },
      [_M],
      [0]
    ];
    n0_registry.registerError(PolicyNotFoundException$, PolicyNotFoundException);
    var PolicyTypeAlreadyEnabledException$ = [
      -3,
      n0,
      _PTAEE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(PolicyTypeAlreadyEnabledException$, PolicyTypeAlreadyEnabledException);
    var PolicyTypeNotAvailableForOrganizationException$ = [
      -3,
      n0,
      _PTNAFOE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(PolicyTypeNotAvailableForOrganizationException$, PolicyTypeNotAvailableForOrganizationException);
    var PolicyTypeNotEnabledException$ = [
      -3,
      n0,
      _PTNEE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(PolicyTypeNotEnabledException$, PolicyTypeNotEnabledException);
    var ResourcePolicyNotFoundException$ = [
      -3,
      n0,
      _RPNFE,
      { [_e]: _c, [_hE]: 404 },
      [_M],
      [0]
    ];
    n0_registry.registerError(ResourcePolicyNotFoundException$, ResourcePolicyNotFoundException);
    var ResponsibilityTransferAlreadyInStatusException$ = [
      -3,
      n0,
      _RTAISE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(ResponsibilityTransferAlreadyInStatusException$, ResponsibilityTransferAlreadyInStatusException);
    var ResponsibilityTransferNotFoundException$ = [
      -3,
      n0,
      _RTNFE,
      { [_e]: _c, [_hE]: 404 },
      [_M],
      [0]
    ];
    n0_registry.registerError(ResponsibilityTransferNotFoundException$, ResponsibilityTransferNotFoundException);
    var RootNotFoundException$ = [
      -3,
      n0,
      _RNFE,
      { [_e]: _c, [_hE]: 404 },
      [_M],
      [0]
    ];
    n0_registry.registerError(RootNotFoundException$, RootNotFoundException);
    var ServiceException$ = [
      -3,
      n0,
      _SE,
      { [_e]: _se, [_hE]: 500 },
      [_M],
      [0]
    ];
    n0_registry.registerError(ServiceException$, ServiceException);
    var SourceParentNotFoundException$ = [
      -3,
      n0,
      _SPNFE,
      { [_e]: _c, [_hE]: 404 },
      [_M],
      [0]
    ];
    n0_registry.registerError(SourceParentNotFoundException$, SourceParentNotFoundException);
    var TargetNotFoundException$ = [
      -3,
      n0,
      _TNFE,
      { [_e]: _c, [_hE]: 404 },
      [_M],
      [0]
    ];
    n0_registry.registerError(TargetNotFoundException$, TargetNotFoundException);
    var TooManyRequestsException$ = [
      -3,
      n0,
      _TMRE,
      { [_e]: _c, [_hE]: 429 },
      [_T, _M],
      [0, 0]
    ];
    n0_registry.registerError(TooManyRequestsException$, TooManyRequestsException);
    var UnsupportedAPIEndpointException$ = [
      -3,
      n0,
      _UAPIEE,
      { [_e]: _c, [_hE]: 403 },
      [_M],
      [0]
    ];
    n0_registry.registerError(UnsupportedAPIEndpointException$, UnsupportedAPIEndpointException);
    var errorTypeRegistries = [
      _s_registry,
      n0_registry
    ];
    var AccountName = [0, n0, _AN, 8, 0];
    var CreateAccountName = [0, n0, _CAN, 8, 0];
    var Email = [0, n0, _E, 8, 0];
    var HandshakeNotes = [0, n0, _HN, 8, 0];
    var HandshakePartyId = [0, n0, _HPI, 8, 0];
    var HandshakeResourceValue = [0, n0, _HRV, 8, 0];
    var ResponsibilityTransferName = [0, n0, _RTN, 8, 0];
    var AcceptHandshakeRequest$ = [
      3,
      n0,
      _AHR,
      0,
      [_HI],
      [0],
      1
    ];
    var AcceptHandshakeResponse$ = [
      3,
      n0,
      _AHRc,
      0,
      [_H],
      [[() => Handshake$, 0]]
    ];
    var Account$ = [
      3,
      n0,
      _A,
      0,
      [_I, _Ar, _E, _N, _S, _St, _P, _JM, _JT],
      [0, 0, [() => Email, 0], [() => AccountName, 0], 0, 0, 64 | 0, 0, 4]
    ];
    var AttachPolicyRequest$ = [
      3,
      n0,
      _APR,
      0,
      [_PI, _TI],
      [0, 0],
      2
    ];
    var CancelHandshakeRequest$ = [
      3,
      n0,
      _CHR,
      0,
      [_HI],
      [0],
      1
    ];
    var CancelHandshakeResponse$ = [
      3,
      n0,
      _CHRa,
      0,
      [_H],
      [[() => Handshake$, 0]]
    ];
    var Child$ = [
      3,
      n0,
      _C,
      0,
      [_I, _T],
      [0, 0]
    ];
    var CloseAccountRequest$ = [
      3,
      n0,
      _CAR,
      0,
      [_AI],
      [0],
      1
    ];
    var CreateAccountRequest$ = [
      3,
      n0,
      _CARr,
      0,
      [_E, _AN, _RN, _IUATB, _Ta],
      [[() => Email, 0], [() => CreateAccountName, 0], 0, 0, () => Tags],
      2
    ];
    var CreateAccountResponse$ = [
      3,
      n0,
      _CARre,
      0,
      [_CAS],
      [[() => CreateAccountStatus$, 0]]
    ];
    var CreateAccountStatus$ = [
      3,
      n0,
      _CAS,
      0,
      [_I, _AN, _St, _RT, _CT, _AI, _GCAI, _FR],
      [0, [() => CreateAccountName, 0], 0, 4, 4, 0, 0, 0]
    ];
    var CreateGovCloudAccountRequest$ = [
      3,
      n0,
      _CGCAR,
      0,
      [_E, _AN, _RN, _IUATB, _Ta],
      [[() => Email, 0], [() => CreateAccountName, 0], 0, 0, () => Tags],
      2
    ];
    var CreateGovCloudAccountResponse$ = [
      3,
      n0,
      _CGCARr,
      0,
      [_CAS],
      [[() => CreateAccountStatus$, 0]]
    ];
    var CreateOrganizationalUnitRequest$ = [
      3,
      n0,
      _COUR,
      0,
      [_PIa, _N, _Ta],
      [0, 0, () => Tags],
      2
    ];
    var CreateOrganizationalUnitResponse$ = [
      3,
      n0,
      _COURr,
      0,
      [_OU],
      [() => OrganizationalUnit$]
    ];
    var CreateOrganizationRequest$ = [
      3,
      n0,
      _COR,
      0,
      [_FS],
      [0]
    ];
    var CreateOrganizationResponse$ = [
      3,
      n0,
      _CORr,
      0,
      [_O],
      [[() => Organization$, 0]]
    ];
    var CreatePolicyRequest$ = [
      3,
      n0,
      _CPR,
      0,
      [_Co, _D, _N, _T, _Ta],
      [0, 0, 0, 0, () => Tags],
      4
    ];
    var CreatePolicyResponse$ = [
      3,
      n0,
      _CPRr,
      0,
      [_Po],
      [() => Policy$]
    ];
    var DeclineHandshakeRequest$ = [
      3,
      n0,
      _DHR,
      0,
      [_HI],
      [0],
      1
    ];
    var DeclineHandshakeResponse$ = [
      3,
      n0,
      _DHRe,
      0,
      [_H],
      [[() => Handshake$, 0]]
    ];
    var DelegatedAdministrator$ = [
      3,
      n0,
      _DA,
      0,
      [_I, _Ar, _E, _N, _S, _St, _JM, _JT, _DED],
      [0, 0, [() => Email, 0], [() => AccountName, 0], 0, 0, 0, 4, 4]
    ];
    var DelegatedService$ = [
      3,
      n0,
      _DS,
      0,
      [_SP, _DED],
      [0, 4]
    ];
    var DeleteOrganizationalUnitRequest$ = [
      3,
      n0,
      _DOUR,
      0,
      [_OUI],
      [0],
      1
    ];
    var DeletePolicyRequest$ = [
      3,
      n0,
      _DPR,
      0,
      [_PI],
      [0],
      1
    ];
    var DeregisterDelegatedAdministratorRequest$ = [
      3,
      n0,
      _DDAR,
      0,
      [_AI, _SP],
      [0, 0],
      2
    ];
    var DescribeAccountRequest$ = [
      3,
      n0,
      _DAR,
      0,
      [_AI],
      [0],
      1
    ];
    var DescribeAccountResponse$ = [
      3,
      n0,
      _DARe,
      0,
      [_A],
      [[() => Account$, 0]]
    ];
    var DescribeCreateAccountStatusRequest$ = [
      3,
      n0,
      _DCASR,
      0,
      [_CARI],
      [0],
      1
    ];
    var DescribeCreateAccountStatusResponse$ = [
      3,
      n0,
      _DCASRe,
      0,
      [_CAS],
      [[() => CreateAccountStatus$, 0]]
    ];
    var DescribeEffectivePolicyRequest$ = [
      3,
      n0,
      _DEPR,
      0,
      [_PT, _TI],
      [0, 0],
      1
    ];
    var DescribeEffectivePolicyResponse$ = [
      3,
      n0,
      _DEPRe,
      0,
      [_EP],
      [() => EffectivePolicy$]
    ];
    var DescribeHandshakeRequest$ = [
      3,
      n0,
      _DHRes,
      0,
      [_HI],
      [0],
      1
    ];
    var DescribeHandshakeResponse$ = [
      3,
      n0,
      _DHResc,
      0,
      [_H],
      [[() => Handshake$, 0]]
    ];
    var DescribeOrganizationalUnitRequest$ = [
      3,
      n0,
      _DOURe,
      0,
      [_OUI],
      [0],
      1
    ];
    var DescribeOrganizationalUnitResponse$ = [
      3,
      n0,
      _DOURes,
      0,
      [_OU],
      [() => OrganizationalUnit$]
    ];
    var DescribeOrganizationResponse$ = [
      3,
      n0,
      _DOR,
      0,
      [_O],
      [[() => Organization$, 0]]
    ];
    var DescribePolicyRequest$ = [
      3,
      n0,
      _DPRe,
      0,
      [_PI],
      [0],
      1
    ];
    var DescribePolicyResponse$ = [
      3,
      n0,
      _DPRes,
      0,
      [_Po],
      [() => Policy$]
    ];
    var DescribeResourcePolicyResponse$ = [
      3,
      n0,
      _DRPR,
      0,
      [_RP],
      [() => ResourcePolicy$]
    ];
    var DescribeResponsibilityTransferRequest$ = [
      3,
      n0,
      _DRTR,
      0,
      [_I],
      [0],
      1
    ];
    var DescribeResponsibilityTransferResponse$ = [
      3,
      n0,
      _DRTRe,
      0,
      [_RTe],
      [[() => ResponsibilityTransfer$, 0]]
    ];
    var DetachPolicyRequest$ = [
      3,
      n0,
      _DPRet,
      0,
      [_PI, _TI],
      [0, 0],
      2
    ];
    var DisableAWSServiceAccessRequest$ = [
      3,
      n0,
      _DAWSSAR,
      0,
      [_SP],
      [0],
      1
    ];
    var DisablePolicyTypeRequest$ = [
      3,
      n0,
      _DPTR,
      0,
      [_RI, _PT],
      [0, 0],
      2
    ];
    var DisablePolicyTypeResponse$ = [
      3,
      n0,
      _DPTRi,
      0,
      [_Ro],
      [() => Root$]
    ];
    var EffectivePolicy$ = [
      3,
      n0,
      _EP,
      0,
      [_PC, _LUT, _TI, _PT],
      [0, 4, 0, 0]
    ];
    var EffectivePolicyValidationError$ = [
      3,
      n0,
      _EPVE,
      0,
      [_EC, _EM, _PTE, _CP],
      [0, 0, 0, 64 | 0]
    ];
    var EnableAllFeaturesRequest$ = [
      3,
      n0,
      _EAFR,
      0,
      [],
      []
    ];
    var EnableAllFeaturesResponse$ = [
      3,
      n0,
      _EAFRn,
      0,
      [_H],
      [[() => Handshake$, 0]]
    ];
    var EnableAWSServiceAccessRequest$ = [
      3,
      n0,
      _EAWSSAR,
      0,
      [_SP],
      [0],
      1
    ];
    var EnabledServicePrincipal$ = [
      3,
      n0,
      _ESP,
      0,
      [_SP, _DE],
      [0, 4]
    ];
    var EnablePolicyTypeRequest$ = [
      3,
      n0,
      _EPTR,
      0,
      [_RI, _PT],
      [0, 0],
      2
    ];
    var EnablePolicyTypeResponse$ = [
      3,
      n0,
      _EPTRn,
      0,
      [_Ro],
      [() => Root$]
    ];
    var Handshake$ = [
      3,
      n0,
      _H,
      0,
      [_I, _Ar, _Pa, _St, _RT, _ET, _Ac, _Re],
      [0, 0, [() => HandshakeParties, 0], 0, 4, 4, 0, [() => HandshakeResources, 0]]
    ];
    var HandshakeFilter$ = [
      3,
      n0,
      _HF,
      0,
      [_AT, _PHI],
      [0, 0]
    ];
    var HandshakeParty$ = [
      3,
      n0,
      _HP,
      0,
      [_I, _T],
      [[() => HandshakePartyId, 0], 0],
      2
    ];
    var HandshakeResource$ = [
      3,
      n0,
      _HR,
      0,
      [_V, _T, _Re],
      [[() => HandshakeResourceValue, 0], 0, [() => HandshakeResources, 0]]
    ];
    var InviteAccountToOrganizationRequest$ = [
      3,
      n0,
      _IATOR,
      0,
      [_Tar, _No, _Ta],
      [[() => HandshakeParty$, 0], [() => HandshakeNotes, 0], () => Tags],
      1
    ];
    var InviteAccountToOrganizationResponse$ = [
      3,
      n0,
      _IATORn,
      0,
      [_H],
      [[() => Handshake$, 0]]
    ];
    var InviteOrganizationToTransferResponsibilityRequest$ = [
      3,
      n0,
      _IOTTRR,
      0,
      [_T, _Tar, _ST, _SN, _No, _Ta],
      [0, [() => HandshakeParty$, 0], 4, [() => ResponsibilityTransferName, 0], [() => HandshakeNotes, 0], () => Tags],
      4
    ];
    var InviteOrganizationToTransferResponsibilityResponse$ = [
      3,
      n0,
      _IOTTRRn,
      0,
      [_H],
      [[() => Handshake$, 0]]
    ];
    var ListAccountsForParentRequest$ = [
      3,
      n0,
      _LAFPR,
      0,
      [_PIa, _NT, _MR],
      [0, 0, 1],
      1
    ];
    var ListAccountsForParentResponse$ = [
      3,
      n0,
      _LAFPRi,
      0,
      [_Acc, _NT],
      [[() => Accounts2, 0], 0]
    ];
    var ListAccountsRequest$ = [
      3,
      n0,
      _LAR,
      0,
      [_NT, _MR],
      [0, 1]
    ];
    var ListAccountsResponse$ = [
      3,
      n0,
      _LARi,
      0,
      [_Acc, _NT],
      [[() => Accounts2, 0], 0]
    ];
    var ListAccountsWithInvalidEffectivePolicyRequest$ = [
      3,
      n0,
      _LAWIEPR,
      0,
      [_PT, _NT, _MR],
      [0, 0, 1],
      1
    ];
    var ListAccountsWithInvalidEffectivePolicyResponse$ = [
      3,
      n0,
      _LAWIEPRi,
      0,
      [_Acc, _PT, _NT],
      [[() => Accounts2, 0], 0, 0]
    ];
    var ListAWSServiceAccessForOrganizationRequest$ = [
      3,
      n0,
      _LAWSSAFOR,
      0,
      [_NT, _MR],
      [0, 1]
    ];
    var ListAWSServiceAccessForOrganizationResponse$ = [
      3,
      n0,
      _LAWSSAFORi,
      0,
      [_ESPn, _NT],
      [() => EnabledServicePrincipals, 0]
    ];
    var ListChildrenRequest$ = [
      3,
      n0,
      _LCR,
      0,
      [_PIa, _CTh, _NT, _MR],
      [0, 0, 0, 1],
      2
    ];
    var ListChildrenResponse$ = [
      3,
      n0,
      _LCRi,
      0,
      [_Ch, _NT],
      [() => Children, 0]
    ];
    var ListCreateAccountStatusRequest$ = [
      3,
      n0,
      _LCASR,
      0,
      [_Sta, _NT, _MR],
      [64 | 0, 0, 1]
    ];
    var ListCreateAccountStatusResponse$ = [
      3,
      n0,
      _LCASRi,
      0,
      [_CASr, _NT],
      [[() => CreateAccountStatuses, 0], 0]
    ];
    var ListDelegatedAdministratorsRequest$ = [
      3,
      n0,
      _LDAR,
      0,
      [_SP, _NT, _MR],
      [0, 0, 1]
    ];
    var ListDelegatedAdministratorsResponse$ = [
      3,
      n0,
      _LDARi,
      0,
      [_DAe, _NT],
      [[() => DelegatedAdministrators, 0], 0]
    ];
    var ListDelegatedServicesForAccountRequest$ = [
      3,
      n0,
      _LDSFAR,
      0,
      [_AI, _NT, _MR],
      [0, 0, 1],
      1
    ];
    var ListDelegatedServicesForAccountResponse$ = [
      3,
      n0,
      _LDSFARi,
      0,
      [_DSe, _NT],
      [() => DelegatedServices, 0]
    ];
    var ListEffectivePolicyValidationErrorsRequest$ = [
      3,
      n0,
      _LEPVER,
      0,
      [_AI, _PT, _NT, _MR],
      [0, 0, 0, 1],
      2
    ];
    var ListEffectivePolicyValidationErrorsResponse$ = [
      3,
      n0,
      _LEPVERi,
      0,
      [_AI, _PT, _Pat, _ETv, _NT, _EPVEf],
      [0, 0, 0, 4, 0, () => EffectivePolicyValidationErrors]
    ];
    var ListHandshakesForAccountRequest$ = [
      3,
      n0,
      _LHFAR,
      0,
      [_F, _NT, _MR],
      [() => HandshakeFilter$, 0, 1]
    ];
    var ListHandshakesForAccountResponse$ = [
      3,
      n0,
      _LHFARi,
      0,
      [_Ha, _NT],
      [[() => Handshakes, 0], 0]
    ];
    var ListHandshakesForOrganizationRequest$ = [
      3,
      n0,
      _LHFOR,
      0,
      [_F, _NT, _MR],
      [() => HandshakeFilter$, 0, 1]
    ];
    var ListHandshakesForOrganizationResponse$ = [
      3,
      n0,
      _LHFORi,
      0,
      [_Ha, _NT],
      [[() => Handshakes, 0], 0]
    ];
    var ListInboundResponsibilityTransfersRequest$ = [
      3,
      n0,
      _LIRTR,
      0,
      [_T, _I, _NT, _MR],
      [0, 0, 0, 1],
      1
    ];
    var ListInboundResponsibilityTransfersResponse$ = [
      3,
      n0,
      _LIRTRi,
      0,
      [_RTes, _NT],
      [[() => ResponsibilityTransfers, 0], 0]
    ];
    var ListOrganizationalUnitsForParentRequest$ = [
      3,
      n0,
      _LOUFPR,
      0,
      [_PIa, _NT, _MR],
      [0, 0, 1],
      1
    ];
    var ListOrganizationalUnitsForParentResponse$ = [
      3,
      n0,
      _LOUFPRi,
      0,
      [_OUr, _NT],
      [() => OrganizationalUnits, 0]
    ];
    var ListOutboundResponsibilityTransfersRequest$ = [
      3,
      n0,
      _LORTR,
      0,
      [_T, _NT, _MR],
      [0, 0, 1],
      1
    ];
    var ListOutboundResponsibilityTransfersResponse$ = [
      3,
      n0,
      _LORTRi,
      0,
      [_RTes, _NT],
      [[() => ResponsibilityTransfers, 0], 0]
    ];
    var ListParentsRequest$ = [
      3,
      n0,
      _LPR,
      0,
      [_CI, _NT, _MR],
      [0, 0, 1],
      1
    ];
    var ListParentsResponse$ = [
      3,
      n0,
      _LPRi,
      0,
      [_Par, _NT],
      [() => Parents, 0]
    ];
    var ListPoliciesForTargetRequest$ = [
      3,
      n0,
      _LPFTR,
      0,
      [_TI, _F, _NT, _MR],
      [0, 0, 0, 1],
      2
    ];
    var ListPoliciesForTargetResponse$ = [
      3,
      n0,
      _LPFTRi,
      0,
      [_Pol, _NT],
      [() => Policies, 0]
    ];
    var ListPoliciesRequest$ = [
      3,
      n0,
      _LPRis,
      0,
      [_F, _NT, _MR],
      [0, 0, 1],
      1
    ];
    var ListPoliciesResponse$ = [
      3,
      n0,
      _LPRist,
      0,
      [_Pol, _NT],
      [() => Policies, 0]
    ];
    var ListRootsRequest$ = [
      3,
      n0,
      _LRR,
      0,
      [_NT, _MR],
      [0, 1]
    ];
    var ListRootsResponse$ = [
      3,
      n0,
      _LRRi,
      0,
      [_Roo, _NT],
      [() => Roots, 0]
    ];
    var ListTagsForResourceRequest$ = [
      3,
      n0,
      _LTFRR,
      0,
      [_RIe, _NT],
      [0, 0],
      1
    ];
    var ListTagsForResourceResponse$ = [
      3,
      n0,
      _LTFRRi,
      0,
      [_Ta, _NT],
      [() => Tags, 0]
    ];
    var ListTargetsForPolicyRequest$ = [
      3,
      n0,
      _LTFPR,
      0,
      [_PI, _NT, _MR],
      [0, 0, 1],
      1
    ];
    var ListTargetsForPolicyResponse$ = [
      3,
      n0,
      _LTFPRi,
      0,
      [_Targ, _NT],
      [() => PolicyTargets, 0]
    ];
    var MoveAccountRequest$ = [
      3,
      n0,
      _MAR,
      0,
      [_AI, _SPI, _DPI],
      [0, 0, 0],
      3
    ];
    var Organization$ = [
      3,
      n0,
      _O,
      0,
      [_I, _Ar, _FS, _MAA, _MAI, _MAE, _APT],
      [0, 0, 0, 0, 0, [() => Email, 0], () => PolicyTypes]
    ];
    var OrganizationalUnit$ = [
      3,
      n0,
      _OU,
      0,
      [_I, _Ar, _N, _Pat],
      [0, 0, 0, 0]
    ];
    var Parent$ = [
      3,
      n0,
      _Pare,
      0,
      [_I, _T],
      [0, 0]
    ];
    var Policy$ = [
      3,
      n0,
      _Po,
      0,
      [_PS, _Co],
      [() => PolicySummary$, 0]
    ];
    var PolicySummary$ = [
      3,
      n0,
      _PS,
      0,
      [_I, _Ar, _N, _D, _T, _AM],
      [0, 0, 0, 0, 0, 2]
    ];
    var PolicyTargetSummary$ = [
      3,
      n0,
      _PTS,
      0,
      [_TI, _Ar, _N, _T],
      [0, 0, 0, 0]
    ];
    var PolicyTypeSummary$ = [
      3,
      n0,
      _PTSo,
      0,
      [_T, _S],
      [0, 0]
    ];
    var PutResourcePolicyRequest$ = [
      3,
      n0,
      _PRPR,
      0,
      [_Co, _Ta],
      [0, () => Tags],
      1
    ];
    var PutResourcePolicyResponse$ = [
      3,
      n0,
      _PRPRu,
      0,
      [_RP],
      [() => ResourcePolicy$]
    ];
    var RegisterDelegatedAdministratorRequest$ = [
      3,
      n0,
      _RDAR,
      0,
      [_AI, _SP],
      [0, 0],
      2
    ];
    var RemoveAccountFromOrganizationRequest$ = [
      3,
      n0,
      _RAFOR,
      0,
      [_AI],
      [0],
      1
    ];
    var ResourcePolicy$ = [
      3,
      n0,
      _RP,
      0,
      [_RPS, _Co],
      [() => ResourcePolicySummary$, 0]
    ];
    var ResourcePolicySummary$ = [
      3,
      n0,
      _RPS,
      0,
      [_I, _Ar],
      [0, 0]
    ];
    var ResponsibilityTransfer$ = [
      3,
      n0,
      _RTe,
      0,
      [_Ar, _N, _I, _T, _S, _So, _Tar, _ST, _ETn, _AHI],
      [0, [() => ResponsibilityTransferName, 0], 0, 0, 0, [() => TransferParticipant$, 0], [() => TransferParticipant$, 0], 4, 4, 0]
    ];
    var Root$ = [
      3,
      n0,
      _Ro,
      0,
      [_I, _Ar, _N, _PTo],
      [0, 0, 0, () => PolicyTypes]
    ];
    var Tag$ = [
      3,
      n0,
      _Tag,
      0,
      [_K, _V],
      [0, 0],
      2
    ];
    var TagResourceRequest$ = [
      3,
      n0,
      _TRR,
      0,
      [_RIe, _Ta],
      [0, () => Tags],
      2
    ];
    var TerminateResponsibilityTransferRequest$ = [
      3,
      n0,
      _TRTR,
      0,
      [_I, _ETn],
      [0, 4],
      1
    ];
    var TerminateResponsibilityTransferResponse$ = [
      3,
      n0,
      _TRTRe,
      0,
      [_RTe],
      [[() => ResponsibilityTransfer$, 0]]
    ];
    var TransferParticipant$ = [
      3,
      n0,
      _TP,
      0,
      [_MAIa, _MAEa],
      [0, [() => Email, 0]]
    ];
    var UntagResourceRequest$ = [
      3,
      n0,
      _URR,
      0,
      [_RIe, _TK],
      [0, 64 | 0],
      2
    ];
    var UpdateOrganizationalUnitRequest$ = [
      3,
      n0,
      _UOUR,
      0,
      [_OUI, _N],
      [0, 0],
      1
    ];
    var UpdateOrganizationalUnitResponse$ = [
      3,
      n0,
      _UOURp,
      0,
      [_OU],
      [() => OrganizationalUnit$]
    ];
    var UpdatePolicyRequest$ = [
      3,
      n0,
      _UPR,
      0,
      [_PI, _N, _D, _Co],
      [0, 0, 0, 0],
      1
    ];
    var UpdatePolicyResponse$ = [
      3,
      n0,
      _UPRp,
      0,
      [_Po],
      [() => Policy$]
    ];
    var UpdateResponsibilityTransferRequest$ = [
      3,
      n0,
      _URTR,
      0,
      [_I, _N],
      [0, [() => ResponsibilityTransferName, 0]],
      2
    ];
    var UpdateResponsibilityTransferResponse$ = [
      3,
      n0,
      _URTRp,
      0,
      [_RTe],
      [[() => ResponsibilityTransfer$, 0]]
    ];
    var __Unit = "unit";
    var Accounts2 = [
      1,
      n0,
      _Acc,
      0,
      [
        () => Account$,
        0
      ]
    ];
    var Children = [
      1,
      n0,
      _Ch,
      0,
      () => Child$
    ];
    var CreateAccountStatuses = [
      1,
      n0,
      _CASr,
      0,
      [
        () => CreateAccountStatus$,
        0
      ]
    ];
    var DelegatedAdministrators = [
      1,
      n0,
      _DAe,
      0,
      [
        () => DelegatedAdministrator$,
        0
      ]
    ];
    var DelegatedServices = [
      1,
      n0,
      _DSe,
      0,
      () => DelegatedService$
    ];
    var EffectivePolicyValidationErrors = [
      1,
      n0,
      _EPVEf,
      0,
      () => EffectivePolicyValidationError$
    ];
    var EnabledServicePrincipals = [
      1,
      n0,
      _ESPn,
      0,
      () => EnabledServicePrincipal$
    ];
    var HandshakeParties = [
      1,
      n0,
      _HPa,
      0,
      [
        () => HandshakeParty$,
        0
      ]
    ];
    var HandshakeResources = [
      1,
      n0,
      _HRa,
      0,
      [
        () => HandshakeResource$,
        0
      ]
    ];
    var Handshakes = [
      1,
      n0,
      _Ha,
      0,
      [
        () => Handshake$,
        0
      ]
    ];
    var OrganizationalUnits = [
      1,
      n0,
      _OUr,
      0,
      () => OrganizationalUnit$
    ];
    var Parents = [
      1,
      n0,
      _Par,
      0,
      () => Parent$
    ];
    var Policies = [
      1,
      n0,
      _Pol,
      0,
      () => PolicySummary$
    ];
    var PolicyTargets = [
      1,
      n0,
      _PTol,
      0,
      () => PolicyTargetSummary$
    ];
    var PolicyTypes = [
      1,
      n0,
      _PTo,
      0,
      () => PolicyTypeSummary$
    ];
    var ResponsibilityTransfers = [
      1,
      n0,
      _RTes,
      0,
      [
        () => ResponsibilityTransfer$,
        0
      ]
    ];
    var Roots = [
      1,
      n0,
      _Roo,
      0,
      () => Root$
    ];
    var Tags = [
      1,
      n0,
      _Ta,
      0,
      () => Tag$
    ];
    var AcceptHandshake$ = [
      9,
      n0,
      _AH,
      0,
      () => AcceptHandshakeRequest$,
      () => AcceptHandshakeResponse$
    ];
    var AttachPolicy$ = [
      9,
      n0,
      _AP,
      0,
      () => AttachPolicyRequest$,
      () => __Unit
    ];
    var CancelHandshake$ = [
      9,
      n0,
      _CH,
      0,
      () => CancelHandshakeRequest$,
      () => CancelHandshakeResponse$
    ];
    var CloseAccount$ = [
      9,
      n0,
      _CA,
      0,
      () => CloseAccountRequest$,
      () => __Unit
    ];
    var CreateAccount$ = [
      9,
      n0,
      _CAr,
      0,
      () => CreateAccountRequest$,
      () => CreateAccountResponse$
    ];
    var CreateGovCloudAccount$ = [
      9,
      n0,
      _CGCA,
      0,
      () => CreateGovCloudAccountRequest$,
      () => CreateGovCloudAccountResponse$
    ];
    var CreateOrganization$ = [
      9,
      n0,
      _CO,
      0,
      () => CreateOrganizationRequest$,
      () => CreateOrganizationResponse$
    ];
    var CreateOrganizationalUnit$ = [
      9,
      n0,
      _COU,
      0,
      () => CreateOrganizationalUnitRequest$,
      () => CreateOrganizationalUnitResponse$
    ];
    var CreatePolicy$ = [
      9,
      n0,
      _CPr,
      0,
      () => CreatePolicyRequest$,
      () => CreatePolicyResponse$
    ];
    var DeclineHandshake$ = [
      9,
      n0,
      _DH,
      0,
      () => DeclineHandshakeRequest$,
      () => DeclineHandshakeResponse$
    ];
    var DeleteOrganization$ = [
      9,
      n0,
      _DO,
      0,
      () => __Unit,
      () => __Unit
    ];
    var DeleteOrganizationalUnit$ = [
      9,
      n0,
      _DOU,
      0,
      () => DeleteOrganizationalUnitRequest$,
      () => __Unit
    ];
    var DeletePolicy$ = [
      9,
      n0,
      _DP,
      0,
      () => DeletePolicyRequest$,
      () => __Unit
    ];
    var DeleteResourcePolicy$ = [
      9,
      n0,
      _DRP,
      0,
      () => __Unit,
      () => __Unit
    ];
    var DeregisterDelegatedAdministrator$ = [
      9,
      n0,
      _DDA,
      0,
      () => DeregisterDelegatedAdministratorRequest$,
      () => __Unit
    ];
    var DescribeAccount$ = [
      9,
      n0,
      _DAes,
      0,
      () => DescribeAccountRequest$,
      () => DescribeAccountResponse$
    ];
    var DescribeCreateAccountStatus$ = [
      9,
      n0,
      _DCAS,
      0,
      () => DescribeCreateAccountStatusRequest$,
      () => DescribeCreateAccountStatusResponse$
    ];
    var DescribeEffectivePolicy$ = [
      9,
      n0,
      _DEP,
      0,
      () => DescribeEffectivePolicyRequest$,
      () => DescribeEffectivePolicyResponse$
    ];
    var DescribeHandshake$ = [
      9,
      n0,
      _DHe,
      0,
      () => DescribeHandshakeRequest$,
      () => DescribeHandshakeResponse$
    ];
    var DescribeOrganization$ = [
      9,
      n0,
      _DOe,
      0,
      () => __Unit,
      () => DescribeOrganizationResponse$
    ];
    var DescribeOrganizationalUnit$ = [
      9,
      n0,
      _DOUe,
      0,
      () => DescribeOrganizationalUnitRequest$,
      () => DescribeOrganizationalUnitResponse$
    ];
    var DescribePolicy$ = [
      9,
      n0,
      _DPe,
      0,
      () => DescribePolicyRequest$,
      () => DescribePolicyResponse$
    ];
    var DescribeResourcePolicy$ = [
      9,
      n0,
      _DRPe,
      0,
      () => __Unit,
      () => DescribeResourcePolicyResponse$
    ];
    var DescribeResponsibilityTransfer$ = [
      9,
      n0,
      _DRT,
      0,
      () => DescribeResponsibilityTransferRequest$,
      () => DescribeResponsibilityTransferResponse$
    ];
    var DetachPolicy$ = [
      9,
      n0,
      _DPet,
      0,
      () => DetachPolicyRequest$,
      () => __Unit
    ];
    var DisableAWSServiceAccess$ = [
      9,
      n0,
      _DAWSSA,
      0,
      () => DisableAWSServiceAccessRequest$,
      () => __Unit
    ];
    var DisablePolicyType$ = [
      9,
      n0,
      _DPT,
      0,
      () => DisablePolicyTypeRequest$,
      () => DisablePolicyTypeResponse$
    ];
    var EnableAllFeatures$ = [
      9,
      n0,
      _EAF,
      0,
      () => EnableAllFeaturesRequest$,
      () => EnableAllFeaturesResponse$
    ];
    var EnableAWSServiceAccess$ = [
      9,
      n0,
      _EAWSSA,
      0,
      () => EnableAWSServiceAccessRequest$,
      () => __Unit
    ];
    var EnablePolicyType$ = [
      9,
      n0,
      _EPT,
      0,
      () => EnablePolicyTypeRequest$,
      () => EnablePolicyTypeResponse$
    ];
    var InviteAccountToOrganization$ = [
      9,
      n0,
      _IATO,
      0,
      () => InviteAccountToOrganizationRequest$,
      () => InviteAccountToOrganizationResponse$
    ];
    var InviteOrganizationToTransferResponsibility$ = [
      9,
      n0,
      _IOTTR,
      0,
      () => InviteOrganizationToTransferResponsibilityRequest$,
      () => InviteOrganizationToTransferResponsibilityResponse$
    ];
    var LeaveOrganization$ = [
      9,
      n0,
      _LO,
      0,
      () => __Unit,
      () => __Unit
    ];
    var ListAccounts$ = [
      9,
      n0,
      _LA,
      0,
      () => ListAccountsRequest$,
      () => ListAccountsResponse$
    ];
    var ListAccountsForParent$ = [
      9,
      n0,
      _LAFP,
      0,
      () => ListAccountsForParentRequest$,
      () => ListAccountsForParentResponse$
    ];
    var ListAccountsWithInvalidEffectivePolicy$ = [
      9,
      n0,
      _LAWIEP,
      0,
      () => ListAccountsWithInvalidEffectivePolicyRequest$,
      () => ListAccountsWithInvalidEffectivePolicyResponse$
    ];
    var ListAWSServiceAccessForOrganization$ = [
      9,
      n0,
      _LAWSSAFO,
      0,
      () => ListAWSServiceAccessForOrganizationRequest$,
      () => ListAWSServiceAccessForOrganizationResponse$
    ];
    var ListChildren$ = [
      9,
      n0,
      _LC,
      0,
      () => ListChildrenRequest$,
      () => ListChildrenResponse$
    ];
    var ListCreateAccountStatus$ = [
      9,
      n0,
      _LCAS,
      0,
      () => ListCreateAccountStatusRequest$,
      () => ListCreateAccountStatusResponse$
    ];
    var ListDelegatedAdministrators$ = [
      9,
      n0,
      _LDA,
      0,
      () => ListDelegatedAdministratorsRequest$,
      () => ListDelegatedAdministratorsResponse$
    ];
    var ListDelegatedServicesForAccount$ = [
      9,
      n0,
      _LDSFA,
      0,
      () => ListDelegatedServicesForAccountRequest$,
      () => ListDelegatedServicesForAccountResponse$
    ];
    var ListEffectivePolicyValidationErrors$ = [
      9,
      n0,
      _LEPVE,
      0,
      () => ListEffectivePolicyValidationErrorsRequest$,
      () => ListEffectivePolicyValidationErrorsResponse$
    ];
    var ListHandshakesForAccount$ = [
      9,
      n0,
      _LHFA,
      0,
      () => ListHandshakesForAccountRequest$,
      () => ListHandshakesForAccountResponse$
    ];
    var ListHandshakesForOrganization$ = [
      9,
      n0,
      _LHFO,
      0,
      () => ListHandshakesForOrganizationRequest$,
      () => ListHandshakesForOrganizationResponse$
    ];
    var ListInboundResponsibilityTransfers$ = [
      9,
      n0,
      _LIRT,
      0,
      () => ListInboundResponsibilityTransfersRequest$,
      () => ListInboundResponsibilityTransfersResponse$
    ];
    var ListOrganizationalUnitsForParent$ = [
      9,
      n0,
      _LOUFP,
      0,
      () => ListOrganizationalUnitsForParentRequest$,
      () => ListOrganizationalUnitsForParentResponse$
    ];
    var ListOutboundResponsibilityTransfers$ = [
      9,
      n0,
      _LORT,
      0,
      () => ListOutboundResponsibilityTransfersRequest$,
      () => ListOutboundResponsibilityTransfersResponse$
    ];
    var ListParents$ = [
      9,
      n0,
      _LP,
      0,
      () => ListParentsRequest$,
      () => ListParentsResponse$
    ];
    var ListPolicies$ = [
      9,
      n0,
      _LPi,
      0,
      () => ListPoliciesRequest$,
      () => ListPoliciesResponse$
    ];
    var ListPoliciesForTarget$ = [
      9,
      n0,
      _LPFT,
      0,
      () => ListPoliciesForTargetRequest$,
      () => ListPoliciesForTargetResponse$
    ];
    var ListRoots$ = [
      9,
      n0,
      _LR,
      0,
      () => ListRootsRequest$,
      () => ListRootsResponse$
    ];
    var ListTagsForResource$ = [
      9,
      n0,
      _LTFR,
      0,
      () => ListTagsForResourceRequest$,
      () => ListTagsForResourceResponse$
    ];
    var ListTargetsForPolicy$ = [
      9,
      n0,
      _LTFP,
      0,
      () => ListTargetsForPolicyRequest$,
      () => ListTargetsForPolicyResponse$
    ];
    var MoveAccount$ = [
      9,
      n0,
      _MA,
      0,
      () => MoveAccountRequest$,
      () => __Unit
    ];
    var PutResourcePolicy$ = [
      9,
      n0,
      _PRP,
      0,
      () => PutResourcePolicyRequest$,
      () => PutResourcePolicyResponse$
    ];
    var RegisterDelegatedAdministrator$ = [
      9,
      n0,
      _RDA,
      0,
      () => RegisterDelegatedAdministratorRequest$,
      () => __Unit
    ];
    var RemoveAccountFromOrganization$ = [
      9,
      n0,
      _RAFO,
      0,
      () => RemoveAccountFromOrganizationRequest$,
      () => __Unit
    ];
    var TagResource$ = [
      9,
      n0,
      _TR,
      0,
      () => TagResourceRequest$,
      () => __Unit
    ];
    var TerminateResponsibilityTransfer$ = [
      9,
      n0,
      _TRT,
      0,
      () => TerminateResponsibilityTransferRequest$,
      () => TerminateResponsibilityTransferResponse$
    ];
    var UntagResource$ = [
      9,
      n0,
      _UR,
      0,
      () => UntagResourceRequest$,
      () => __Unit
    ];
    var UpdateOrganizationalUnit$ = [
      9,
      n0,
      _UOU,
      0,
      () => UpdateOrganizationalUnitRequest$,
      () => UpdateOrganizationalUnitResponse$
    ];
    var UpdatePolicy$ = [
      9,
      n0,
      _UP,
      0,
      () => UpdatePolicyRequest$,
      () => UpdatePolicyResponse$
    ];
    var UpdateResponsibilityTransfer$ = [
      9,
      n0,
      _URT,
      0,
      () => UpdateResponsibilityTransferRequest$,
      () => UpdateResponsibilityTransferResponse$
    ];
    var getRuntimeConfig$1 = (config) => {
      return {
        apiVersion: "2016-11-28",
        base64Decoder: config?.base64Decoder ?? fromBase64,
        base64Encoder: config?.base64Encoder ?? toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultOrganizationsHttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
          {
            schemeId: "aws.auth#sigv4",
            identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
            signer: new AwsSdkSigV4Signer()
          }
        ],
        logger: config?.logger ?? new NoOpLogger(),
        protocol: config?.protocol ?? AwsJson1_1Protocol,
        protocolSettings: config?.protocolSettings ?? {
          defaultNamespace: "com.amazonaws.organizations",
          errorTypeRegistries,
          xmlNamespace: "http://organizations.amazonaws.com/doc/2016-11-28/",
          version: "2016-11-28",
          serviceTarget: "AWSOrganizationsV20161128"
        },
        serviceId: config?.serviceId ?? "Organizations",
        sha256: config?.sha256 ?? Sha256,
        urlParser: config?.urlParser ?? parseUrl,
        utf8Decoder: config?.utf8Decoder ?? fromUtf8,
        utf8Encoder: config?.utf8Encoder ?? toUtf8
      };
    };
    var getRuntimeConfig = (config) => {
      emitWarningIfUnsupportedVersion(process.version);
      const defaultsMode = resolveDefaultsModeConfig(config);
      const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
      const clientSharedValues = getRuntimeConfig$1(config);
      emitWarningIfUnsupportedVersion$1(process.version);
      const loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger
      };
      return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
        credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
        defaultSocketTimeout: getDefaultSocketTimeout(config?.requestHandler, 3e5),
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: packageInfo.version }),
        maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
        requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ?? loadConfig({
          ...NODE_RETRY_MODE_CONFIG_OPTIONS,
          default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE
        }, config),
        streamCollector: config?.streamCollector ?? streamCollector,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
      };
    };
    var getHttpAuthExtensionConfiguration = (runtimeConfig) => {
      const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
      let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
      let _credentials = runtimeConfig.credentials;
      return {
        setHttpAuthScheme(httpAuthScheme) {
          const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
          if (index === -1) {
            _httpAuthSchemes.push(httpAuthScheme);
          } else {
            _httpAuthSchemes.splice(index, 1, httpAuthScheme);
          }
        },
        httpAuthSchemes() {
          return _httpAuthSchemes;
        },
        setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
          _httpAuthSchemeProvider = httpAuthSchemeProvider;
        },
        httpAuthSchemeProvider() {
          return _httpAuthSchemeProvider;
        },
        setCredentials(credentials) {
          _credentials = credentials;
        },
        credentials() {
          return _credentials;
        }
      };
    };
    var resolveHttpAuthRuntimeConfig = (config) => {
      return {
        httpAuthSchemes: config.httpAuthSchemes(),
        httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
        credentials: config.credentials()
      };
    };
    var resolveRuntimeExtensions = (runtimeConfig, extensions) => {
      const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
      extensions.forEach((extension) => extension.configure(extensionConfiguration));
      return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
    };
    var OrganizationsClient2 = class extends Client {
      config;
      constructor(...[configuration]) {
        const _config_0 = getRuntimeConfig(configuration || {});
        super(_config_0);
        this.initConfig = _config_0;
        const _config_1 = resolveClientEndpointParameters(_config_0);
        const _config_2 = resolveUserAgentConfig(_config_1);
        const _config_3 = resolveRetryConfig(_config_2);
        const _config_4 = resolveRegionConfig(_config_3);
        const _config_5 = resolveHostHeaderConfig(_config_4);
        const _config_6 = resolveEndpointConfig(_config_5);
        const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
        const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
        this.config = _config_8;
        this.middlewareStack.use(getSchemaSerdePlugin(this.config));
        this.middlewareStack.use(getUserAgentPlugin(this.config));
        this.middlewareStack.use(getRetryPlugin(this.config));
        this.middlewareStack.use(getContentLengthPlugin(this.config));
        this.middlewareStack.use(getHostHeaderPlugin(this.config));
        this.middlewareStack.use(getLoggerPlugin(this.config));
        this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
        this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
          httpAuthSchemeParametersProvider: defaultOrganizationsHttpAuthSchemeParametersProvider,
          identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
            "aws.auth#sigv4": config.credentials
          })
        }));
        this.middlewareStack.use(getHttpSigningPlugin(this.config));
      }
      destroy() {
        super.destroy();
      }
    };
    var command = makeBuilder(commonParams, "AWSOrganizationsV20161128", "OrganizationsClient", getEndpointPlugin);
    var _ep0 = {};
    var _mw0 = (Command, cs, config, o) => [];
    var AcceptHandshakeCommand = class extends command(_ep0, _mw0, "AcceptHandshake", AcceptHandshake$) {
    };
    var AttachPolicyCommand = class extends command(_ep0, _mw0, "AttachPolicy", AttachPolicy$) {
    };
    var CancelHandshakeCommand = class extends command(_ep0, _mw0, "CancelHandshake", CancelHandshake$) {
    };
    var CloseAccountCommand = class extends command(_ep0, _mw0, "CloseAccount", CloseAccount$) {
    };
    var CreateAccountCommand = class extends command(_ep0, _mw0, "CreateAccount", CreateAccount$) {
    };
    var CreateGovCloudAccountCommand = class extends command(_ep0, _mw0, "CreateGovCloudAccount", CreateGovCloudAccount$) {
    };
    var CreateOrganizationalUnitCommand = class extends command(_ep0, _mw0, "CreateOrganizationalUnit", CreateOrganizationalUnit$) {
    };
    var CreateOrganizationCommand = class extends command(_ep0, _mw0, "CreateOrganization", CreateOrganization$) {
    };
    var CreatePolicyCommand = class extends command(_ep0, _mw0, "CreatePolicy", CreatePolicy$) {
    };
    var DeclineHandshakeCommand = class extends command(_ep0, _mw0, "DeclineHandshake", DeclineHandshake$) {
    };
    var DeleteOrganizationalUnitCommand = class extends command(_ep0, _mw0, "DeleteOrganizationalUnit", DeleteOrganizationalUnit$) {
    };
    var DeleteOrganizationCommand = class extends command(_ep0, _mw0, "DeleteOrganization", DeleteOrganization$) {
    };
    var DeletePolicyCommand = class extends command(_ep0, _mw0, "DeletePolicy", DeletePolicy$) {
    };
    var DeleteResourcePolicyCommand = class extends command(_ep0, _mw0, "DeleteResourcePolicy", DeleteResourcePolicy$) {
    };
    var DeregisterDelegatedAdministratorCommand = class extends command(_ep0, _mw0, "DeregisterDelegatedAdministrator", DeregisterDelegatedAdministrator$) {
    };
    var DescribeAccountCommand = class extends command(_ep0, _mw0, "DescribeAccount", DescribeAccount$) {
    };
    var DescribeCreateAccountStatusCommand = class extends command(_ep0, _mw0, "DescribeCreateAccountStatus", DescribeCreateAccountStatus$) {
    };
    var DescribeEffectivePolicyCommand = class extends command(_ep0, _mw0, "DescribeEffectivePolicy", DescribeEffectivePolicy$) {
    };
    var DescribeHandshakeCommand = class extends command(_ep0, _mw0, "DescribeHandshake", DescribeHandshake$) {
    };
    var DescribeOrganizationalUnitCommand = class extends command(_ep0, _mw0, "DescribeOrganizationalUnit", DescribeOrganizationalUnit$) {
    };
    var DescribeOrganizationCommand = class extends command(_ep0, _mw0, "DescribeOrganization", DescribeOrganization$) {
    };
    var DescribePolicyCommand = class extends command(_ep0, _mw0, "DescribePolicy", DescribePolicy$) {
    };
    var DescribeResourcePolicyCommand = class extends command(_ep0, _mw0, "DescribeResourcePolicy", DescribeResourcePolicy$) {
    };
    var DescribeResponsibilityTransferCommand = class extends command(_ep0, _mw0, "DescribeResponsibilityTransfer", DescribeResponsibilityTransfer$) {
    };
    var DetachPolicyCommand = class extends command(_ep0, _mw0, "DetachPolicy", DetachPolicy$) {
    };
    var DisableAWSServiceAccessCommand = class extends command(_ep0, _mw0, "DisableAWSServiceAccess", DisableAWSServiceAccess$) {
    };
    var DisablePolicyTypeCommand = class extends command(_ep0, _mw0, "DisablePolicyType", DisablePolicyType$) {
    };
    var EnableAllFeaturesCommand = class extends command(_ep0, _mw0, "EnableAllFeatures", EnableAllFeatures$) {
    };
    var EnableAWSServiceAccessCommand = class extends command(_ep0, _mw0, "EnableAWSServiceAccess", EnableAWSServiceAccess$) {
    };
    var EnablePolicyTypeCommand = class extends command(_ep0, _mw0, "EnablePolicyType", EnablePolicyType$) {
    };
    var InviteAccountToOrganizationCommand = class extends command(_ep0, _mw0, "InviteAccountToOrganization", InviteAccountToOrganization$) {
    };
    var InviteOrganizationToTransferResponsibilityCommand = class extends command(_ep0, _mw0, "InviteOrganizationToTransferResponsibility", InviteOrganizationToTransferResponsibility$) {
    };
    var LeaveOrganizationCommand = class extends command(_ep0, _mw0, "LeaveOrganization", LeaveOrganization$) {
    };
    var ListAccountsCommand = class extends command(_ep0, _mw0, "ListAccounts", ListAccounts$) {
    };
    var ListAccountsForParentCommand = class extends command(_ep0, _mw0, "ListAccountsForParent", ListAccountsForParent$) {
    };
    var ListAccountsWithInvalidEffectivePolicyCommand = class extends command(_ep0, _mw0, "ListAccountsWithInvalidEffectivePolicy", ListAccountsWithInvalidEffectivePolicy$) {
    };
    var ListAWSServiceAccessForOrganizationCommand = class extends command(_ep0, _mw0, "ListAWSServiceAccessForOrganization", ListAWSServiceAccessForOrganization$) {
    };
    var ListChildrenCommand = class extends command(_ep0, _mw0, "ListChildren", ListChildren$) {
    };
    var ListCreateAccountStatusCommand = class extends command(_ep0, _mw0, "ListCreateAccountStatus", ListCreateAccountStatus$) {
    };
    var ListDelegatedAdministratorsCommand = class extends command(_ep0, _mw0, "ListDelegatedAdministrators", ListDelegatedAdministrators$) {
    };
    var ListDelegatedServicesForAccountCommand = class extends command(_ep0, _mw0, "ListDelegatedServicesForAccount", ListDelegatedServicesForAccount$) {
    };
    var ListEffectivePolicyValidationErrorsCommand = class extends command(_ep0, _mw0, "ListEffectivePolicyValidationErrors", ListEffectivePolicyValidationErrors$) {
    };
    var ListHandshakesForAccountCommand = class extends command(_ep0, _mw0, "ListHandshakesForAccount", ListHandshakesForAccount$) {
    };
    var ListHandshakesForOrganizationCommand = class extends command(_ep0, _mw0, "ListHandshakesForOrganization", ListHandshakesForOrganization$) {
    };
    var ListInboundResponsibilityTransfersCommand = class extends command(_ep0, _mw0, "ListInboundResponsibilityTransfers", ListInboundResponsibilityTransfers$) {
    };
    var ListOrganizationalUnitsForParentCommand = class extends command(_ep0, _mw0, "ListOrganizationalUnitsForParent", ListOrganizationalUnitsForParent$) {
    };
    var ListOutboundResponsibilityTransfersCommand = class extends command(_ep0, _mw0, "ListOutboundResponsibilityTransfers", ListOutboundResponsibilityTransfers$) {
    };
    var ListParentsCommand = class extends command(_ep0, _mw0, "ListParents", ListParents$) {
    };
    var ListPoliciesCommand = class extends command(_ep0, _mw0, "ListPolicies", ListPolicies$) {
    };
    var ListPoliciesForTargetCommand = class extends command(_ep0, _mw0, "ListPoliciesForTarget", ListPoliciesForTarget$) {
    };
    var ListRootsCommand = class extends command(_ep0, _mw0, "ListRoots", ListRoots$) {
    };
    var ListTagsForResourceCommand = class extends command(_ep0, _mw0, "ListTagsForResource", ListTagsForResource$) {
    };
    var ListTargetsForPolicyCommand = class extends command(_ep0, _mw0, "ListTargetsForPolicy", ListTargetsForPolicy$) {
    };
    var MoveAccountCommand = class extends command(_ep0, _mw0, "MoveAccount", MoveAccount$) {
    };
    var PutResourcePolicyCommand = class extends command(_ep0, _mw0, "PutResourcePolicy", PutResourcePolicy$) {
    };
    var RegisterDelegatedAdministratorCommand = class extends command(_ep0, _mw0, "RegisterDelegatedAdministrator", RegisterDelegatedAdministrator$) {
    };
    var RemoveAccountFromOrganizationCommand = class extends command(_ep0, _mw0, "RemoveAccountFromOrganization", RemoveAccountFromOrganization$) {
    };
    var TagResourceCommand = class extends command(_ep0, _mw0, "TagResource", TagResource$) {
    };
    var TerminateResponsibilityTransferCommand = class extends command(_ep0, _mw0, "TerminateResponsibilityTransfer", TerminateResponsibilityTransfer$) {
    };
    var UntagResourceCommand = class extends command(_ep0, _mw0, "UntagResource", UntagResource$) {
    };
    var UpdateOrganizationalUnitCommand = class extends command(_ep0, _mw0, "UpdateOrganizationalUnit", UpdateOrganizationalUnit$) {
    };
    var UpdatePolicyCommand = class extends command(_ep0, _mw0, "UpdatePolicy", UpdatePolicy$) {
    };
    var UpdateResponsibilityTransferCommand = class extends command(_ep0, _mw0, "UpdateResponsibilityTransfer", UpdateResponsibilityTransfer$) {
    };
    var paginateListAccountsForParent2 = createPaginator(OrganizationsClient2, ListAccountsForParentCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListAccounts2 = createPaginator(OrganizationsClient2, ListAccountsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListAccountsWithInvalidEffectivePolicy = createPaginator(OrganizationsClient2, ListAccountsWithInvalidEffectivePolicyCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListAWSServiceAccessForOrganization = createPaginator(OrganizationsClient2, ListAWSServiceAccessForOrganizationCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListChildren = createPaginator(OrganizationsClient2, ListChildrenCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListCreateAccountStatus = createPaginator(OrganizationsClient2, ListCreateAccountStatusCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListDelegatedAdministrators = createPaginator(OrganizationsClient2, ListDelegatedAdministratorsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListDelegatedServicesForAccount = createPaginator(OrganizationsClient2, ListDelegatedServicesForAccountCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListEffectivePolicyValidationErrors = createPaginator(OrganizationsClient2, ListEffectivePolicyValidationErrorsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListHandshakesForAccount = createPaginator(OrganizationsClient2, ListHandshakesForAccountCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListHandshakesForOrganization = createPaginator(OrganizationsClient2, ListHandshakesForOrganizationCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListOrganizationalUnitsForParent2 = createPaginator(OrganizationsClient2, ListOrganizationalUnitsForParentCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListParents = createPaginator(OrganizationsClient2, ListParentsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListPoliciesForTarget = createPaginator(OrganizationsClient2, ListPoliciesForTargetCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListPolicies = createPaginator(OrganizationsClient2, ListPoliciesCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListRoots = createPaginator(OrganizationsClient2, ListRootsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListTagsForResource = createPaginator(OrganizationsClient2, ListTagsForResourceCommand, "NextToken", "NextToken", "");
    var paginateListTargetsForPolicy = createPaginator(OrganizationsClient2, ListTargetsForPolicyCommand, "NextToken", "NextToken", "MaxResults");
    var commands = {
      AcceptHandshakeCommand,
      AttachPolicyCommand,
      CancelHandshakeCommand,
      CloseAccountCommand,
      CreateAccountCommand,
      CreateGovCloudAccountCommand,
      CreateOrganizationCommand,
      CreateOrganizationalUnitCommand,
      CreatePolicyCommand,
      DeclineHandshakeCommand,
      DeleteOrganizationCommand,
      DeleteOrganizationalUnitCommand,
      DeletePolicyCommand,
      DeleteResourcePolicyCommand,
      DeregisterDelegatedAdministratorCommand,
      DescribeAccountCommand,
      DescribeCreateAccountStatusCommand,
      DescribeEffectivePolicyCommand,
      DescribeHandshakeCommand,
      DescribeOrganizationCommand,
      DescribeOrganizationalUnitCommand,
      DescribePolicyCommand,
      DescribeResourcePolicyCommand,
      DescribeResponsibilityTransferCommand,
      DetachPolicyCommand,
      DisableAWSServiceAccessCommand,
      DisablePolicyTypeCommand,
      EnableAllFeaturesCommand,
      EnableAWSServiceAccessCommand,
      EnablePolicyTypeCommand,
      InviteAccountToOrganizationCommand,
      InviteOrganizationToTransferResponsibilityCommand,
      LeaveOrganizationCommand,
      ListAccountsCommand,
      ListAccountsForParentCommand,
      ListAccountsWithInvalidEffectivePolicyCommand,
      ListAWSServiceAccessForOrganizationCommand,
      ListChildrenCommand,
      ListCreateAccountStatusCommand,
      ListDelegatedAdministratorsCommand,
      ListDelegatedServicesForAccountCommand,
      ListEffectivePolicyValidationErrorsCommand,
      ListHandshakesForAccountCommand,
      ListHandshakesForOrganizationCommand,
      ListInboundResponsibilityTransfersCommand,
      ListOrganizationalUnitsForParentCommand,
      ListOutboundResponsibilityTransfersCommand,
      ListParentsCommand,
      ListPoliciesCommand,
      ListPoliciesForTargetCommand,
      ListRootsCommand,
      ListTagsForResourceCommand,
      ListTargetsForPolicyCommand,
      MoveAccountCommand,
      PutResourcePolicyCommand,
      RegisterDelegatedAdministratorCommand,
      RemoveAccountFromOrganizationCommand,
      TagResourceCommand,
      TerminateResponsibilityTransferCommand,
      UntagResourceCommand,
      UpdateOrganizationalUnitCommand,
      UpdatePolicyCommand,
      UpdateResponsibilityTransferCommand
    };
    var paginators = {
      paginateListAccounts: paginateListAccounts2,
      paginateListAccountsForParent: paginateListAccountsForParent2,
      paginateListAccountsWithInvalidEffectivePolicy,
      paginateListAWSServiceAccessForOrganization,
      paginateListChildren,
      paginateListCreateAccountStatus,
      paginateListDelegatedAdministrators,
      paginateListDelegatedServicesForAccount,
      paginateListEffectivePolicyValidationErrors,
      paginateListHandshakesForAccount,
      paginateListHandshakesForOrganization,
      paginateListOrganizationalUnitsForParent: paginateListOrganizationalUnitsForParent2,
      paginateListParents,
      paginateListPolicies,
      paginateListPoliciesForTarget,
      paginateListRoots,
      paginateListTagsForResource,
      paginateListTargetsForPolicy
    };
    var Organizations = class extends OrganizationsClient2 {
    };
    createAggregatedClient(commands, Organizations, { paginators });
    var ActionType = {
      ADD_ORGANIZATIONS_SERVICE_LINKED_ROLE: "ADD_ORGANIZATIONS_SERVICE_LINKED_ROLE",
      APPROVE_ALL_FEATURES: "APPROVE_ALL_FEATURES",
      ENABLE_ALL_FEATURES: "ENABLE_ALL_FEATURES",
      INVITE_ACCOUNT_TO_ORGANIZATION: "INVITE",
      TRANSFER_RESPONSIBILITY: "TRANSFER_RESPONSIBILITY"
    };
    var HandshakePartyType = {
      ACCOUNT: "ACCOUNT",
      EMAIL: "EMAIL",
      ORGANIZATION: "ORGANIZATION"
    };
    var HandshakeResourceType = {
      ACCOUNT: "ACCOUNT",
      EMAIL: "EMAIL",
      MANAGEMENT_ACCOUNT: "MANAGEMENT_ACCOUNT",
      MANAGEMENT_EMAIL: "MANAGEMENT_EMAIL",
      MANAGEMENT_NAME: "MANAGEMENT_NAME",
      MASTER_EMAIL: "MASTER_EMAIL",
      MASTER_NAME: "MASTER_NAME",
      NOTES: "NOTES",
      ORGANIZATION: "ORGANIZATION",
      ORGANIZATION_FEATURE_SET: "ORGANIZATION_FEATURE_SET",
      PARENT_HANDSHAKE: "PARENT_HANDSHAKE",
      RESPONSIBILITY_TRANSFER: "RESPONSIBILITY_TRANSFER",
      TRANSFER_START_TIMESTAMP: "TRANSFER_START_TIMESTAMP",
      TRANSFER_TYPE: "TRANSFER_TYPE"
    };
    var HandshakeState = {
      ACCEPTED: "ACCEPTED",
      CANCELED: "CANCELED",
      DECLINED: "DECLINED",
      EXPIRED: "EXPIRED",
      OPEN: "OPEN",
      REQUESTED: "REQUESTED"
    };
    var AccessDeniedForDependencyExceptionReason = {
      ACCESS_DENIED_DURING_CREATE_SERVICE_LINKED_ROLE: "ACCESS_DENIED_DURING_CREATE_SERVICE_LINKED_ROLE"
    };
    var ConstraintViolationExceptionReason = {
      ACCOUNT_CANNOT_LEAVE_ORGANIZATION: "ACCOUNT_CANNOT_LEAVE_ORGANIZATION",
      ACCOUNT_CANNOT_LEAVE_WITHOUT_EULA: "ACCOUNT_CANNOT_LEAVE_WITHOUT_EULA",
      ACCOUNT_CANNOT_LEAVE_WITHOUT_PHONE_VERIFICATION: "ACCOUNT_CANNOT_LEAVE_WITHOUT_PHONE_VERIFICATION",
      ACCOUNT_CREATION_NOT_COMPLETE: "ACCOUNT_CREATION_NOT_COMPLETE",
      ACCOUNT_CREATION_RATE_LIMIT_EXCEEDED: "ACCOUNT_CREATION_RATE_LIMIT_EXCEEDED",
      ACCOUNT_NOT_ACTIVE_FOR_TRANSFER_RESPONSIBILITY: "ACCOUNT_NOT_ACTIVE_FOR_TRANSFER_RESPONSIBILITY",
      ACCOUNT_NUMBER_LIMIT_EXCEEDED: "ACCOUNT_NUMBER_LIMIT_EXCEEDED",
      ACTIVE_RESPONSIBILITY_TRANSFER_PROCESS: "ACTIVE_RESPONSIBILITY_TRANSFER_PROCESS",
      ALL_FEATURES_MIGRATION_ORGANIZATION_SIZE_LIMIT_EXCEEDED: "ALL_FEATURES_MIGRATION_ORGANIZATION_SIZE_LIMIT_EXCEEDED",
      CANNOT_CLOSE_MANAGEMENT_ACCOUNT: "CANNOT_CLOSE_MANAGEMENT_ACCOUNT",
      CANNOT_REGISTER_MASTER_AS_DELEGATED_ADMINISTRATOR: "CANNOT_REGISTER_MASTER_AS_DELEGATED_ADMINISTRATOR",
      CANNOT_REGISTER_SUSPENDED_ACCOUNT_AS_DELEGATED_ADMINISTRATOR: "CANNOT_REGISTER_SUSPENDED_ACCOUNT_AS_DELEGATED_ADMINISTRATOR",
      CANNOT_REMOVE_DELEGATED_ADMINISTRATOR_FROM_ORG: "CANNOT_REMOVE_DELEGATED_ADMINISTRATOR_FROM_ORG",
      CLOSE_ACCOUNT_QUOTA_EXCEEDED: "CLOSE_ACCOUNT_QUOTA_EXCEEDED",
      CLOSE_ACCOUNT_REQUESTS_LIMIT_EXCEEDED: "CLOSE_ACCOUNT_REQUESTS_LIMIT_EXCEEDED",
      CREATE_ORGANIZATION_IN_BILLING_MODE_UNSUPPORTED_REGION: "CREATE_ORGANIZATION_IN_BILLING_MODE_UNSUPPORTED_REGION",
      DELEGATED_ADMINISTRATOR_EXISTS_FOR_THIS_SERVICE: "DELEGATED_ADMINISTRATOR_EXISTS_FOR_THIS_SERVICE",
      EMAIL_VERIFICATION_CODE_EXPIRED: "EMAIL_VERIFICATION_CODE_EXPIRED",
      HANDSHAKE_RATE_LIMIT_EXCEEDED: "HANDSHAKE_RATE_LIMIT_EXCEEDED",
      INVALID_PAYMENT_INSTRUMENT: "INVALID_PAYMENT_INSTRUMENT",
      MASTER_ACCOUNT_ADDRESS_DOES_NOT_MATCH_MARKETPLACE: "MASTER_ACCOUNT_ADDRESS_DOES_NOT_MATCH_MARKETPLACE",
      MASTER_ACCOUNT_MISSING_BUSINESS_LICENSE: "MASTER_ACCOUNT_MISSING_BUSINESS_LICENSE",
      MASTER_ACCOUNT_MISSING_CONTACT_INFO: "MASTER_ACCOUNT_MISSING_CONTACT_INFO",
      MASTER_ACCOUNT_NOT_GOVCLOUD_ENABLED: "MASTER_ACCOUNT_NOT_GOVCLOUD_ENABLED",
      MASTER_ACCOUNT_PAYMENT_INSTRUMENT_REQUIRED: "MASTER_ACCOUNT_PAYMENT_INSTRUMENT_REQUIRED",
      MAX_DELEGATED_ADMINISTRATORS_FOR_SERVICE_LIMIT_EXCEEDED: "MAX_DELEGATED_ADMINISTRATORS_FOR_SERVICE_LIMIT_EXCEEDED",
      MAX_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED: "MAX_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED",
      MAX_TAG_LIMIT_EXCEEDED: "MAX_TAG_LIMIT_EXCEEDED",
      MEMBER_ACCOUNT_PAYMENT_INSTRUMENT_REQUIRED: "MEMBER_ACCOUNT_PAYMENT_INSTRUMENT_REQUIRED",
      MIN_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED: "MIN_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED",
      ORGANIZATION_NOT_IN_ALL_FEATURES_MODE: "ORGANIZATION_NOT_IN_ALL_FEATURES_MODE",
      OU_DEPTH_LIMIT_EXCEEDED: "OU_DEPTH_LIMIT_EXCEEDED",
      OU_NUMBER_LIMIT_EXCEEDED: "OU_NUMBER_LIMIT_EXCEEDED",
      POLICY_CONTENT_LIMIT_EXCEEDED: "POLICY_CONTENT_LIMIT_EXCEEDED",
      POLICY_NUMBER_LIMIT_EXCEEDED: "POLICY_NUMBER_LIMIT_EXCEEDED",
      POLICY_TYPE_ENABLED_FOR_THIS_SERVICE: "POLICY_TYPE_ENABLED_FOR_THIS_SERVICE",
      RESPONSIBILITY_TRANSFER_MAX_INBOUND_QUOTA_VIOLATION: "RESPONSIBILITY_TRANSFER_MAX_INBOUND_QUOTA_VIOLATION",
      RESPONSIBILITY_TRANSFER_MAX_LEVEL_VIOLATION: "RESPONSIBILITY_TRANSFER_MAX_LEVEL_VIOLATION",
      RESPONSIBILITY_TRANSFER_MAX_OUTBOUND_QUOTA_VIOLATION: "RESPONSIBILITY_TRANSFER_MAX_OUTBOUND_QUOTA_VIOLATION",
      RESPONSIBILITY_TRANSFER_MAX_TRANSFERS_QUOTA_VIOLATION: "RESPONSIBILITY_TRANSFER_MAX_TRANSFERS_QUOTA_VIOLATION",
      SERVICE_ACCESS_NOT_ENABLED: "SERVICE_ACCESS_NOT_ENABLED",
      TAG_POLICY_VIOLATION: "TAG_POLICY_VIOLATION",
      TRANSFER_RESPONSIBILITY_SOURCE_DELETION_IN_PROGRESS: "TRANSFER_RESPONSIBILITY_SOURCE_DELETION_IN_PROGRESS",
      TRANSFER_RESPONSIBILITY_TARGET_DELETION_IN_PROGRESS: "TRANSFER_RESPONSIBILITY_TARGET_DELETION_IN_PROGRESS",
      TRANSFER_RESPONSIBILITY_UPDATE_NOT_ALLOWED: "TRANSFER_RESPONSIBILITY_UPDATE_NOT_ALLOWED",
      UNMET_BILLING_PREREQUISITE: "UNMET_BILLING_PREREQUISITE",
      UNSUPPORTED_PRICING: "UNSUPPORTED_PRICING",
      WAIT_PERIOD_ACTIVE: "WAIT_PERIOD_ACTIVE"
    };
    var HandshakeConstraintViolationExceptionReason = {
      ACCOUNT_NUMBER_LIMIT_EXCEEDED: "ACCOUNT_NUMBER_LIMIT_EXCEEDED",
      ALREADY_IN_AN_ORGANIZATION: "ALREADY_IN_AN_ORGANIZATION",
      HANDSHAKE_RATE_LIMIT_EXCEEDED: "HANDSHAKE_RATE_LIMIT_EXCEEDED",
      INVITE_DISABLED_DURING_ENABLE_ALL_FEATURES: "INVITE_DISABLED_DURING_ENABLE_ALL_FEATURES",
      LEGACY_PERMISSIONS_STILL_IN_USE: "LEGACY_PERMISSIONS_STILL_IN_USE",
      MANAGEMENT_ACCOUNT_EMAIL_NOT_VERIFIED: "MANAGEMENT_ACCOUNT_EMAIL_NOT_VERIFIED",
      ORGANIZATION_ALREADY_HAS_ALL_FEATURES: "ORGANIZATION_ALREADY_HAS_ALL_FEATURES",
      ORGANIZATION_FROM_DIFFERENT_SELLER_OF_RECORD: "ORGANIZATION_FROM_DIFFERENT_SELLER_OF_RECORD",
      ORGANIZATION_IS_ALREADY_PENDING_ALL_FEATURES_MIGRATION: "ORGANIZATION_IS_ALREADY_PENDING_ALL_FEATURES_MIGRATION",
      ORGANIZATION_MEMBERSHIP_CHANGE_RATE_LIMIT_EXCEEDED: "ORGANIZATION_MEMBERSHIP_CHANGE_RATE_LIMIT_EXCEEDED",
      PAST_DUE_INVOICE: "PAST_DUE_INVOICE",
      PAYMENT_INSTRUMENT_REQUIRED: "PAYMENT_INSTRUMENT_REQUIRED",
      RESPONSIBILITY_TRANSFER_ALREADY_EXISTS: "RESPONSIBILITY_TRANSFER_ALREADY_EXISTS",
      SOURCE_AND_TARGET_CANNOT_MATCH: "SOURCE_AND_TARGET_CANNOT_MATCH",
      TARGET_ACCOUNT_VALIDATION_FAILURE: "TARGET_ACCOUNT_VALIDATION_FAILURE",
      UNUSED_PREPAYMENT_BALANCE: "UNUSED_PREPAYMENT_BALANCE"
    };
    var InvalidInputExceptionReason = {
      CALLER_REQUIRED_FIELD_MISSING: "CALLER_REQUIRED_FIELD_MISSING",
      DUPLICATE_TAG_KEY: "DUPLICATE_TAG_KEY",
      END_DATE_NOT_END_OF_MONTH: "END_DATE_NOT_END_OF_MONTH",
      END_DATE_TOO_EARLY: "END_DATE_TOO_EARLY",
      END_DATE_TOO_LATE: "END_DATE_TOO_LATE",
      IMMUTABLE_POLICY: "IMMUTABLE_POLICY",
      INPUT_REQUIRED: "INPUT_REQUIRED",
      INVALID_EMAIL_ADDRESS_TARGET: "INVALID_EMAIL_ADDRESS_TARGET",
      INVALID_END_DATE: "INVALID_END_DATE",
      INVALID_ENUM: "INVALID_ENUM",
      INVALID_ENUM_POLICY_TYPE: "INVALID_ENUM_POLICY_TYPE",
      INVALID_FULL_NAME_TARGET: "INVALID_FULL_NAME_TARGET",
      INVALID_LIST_MEMBER: "INVALID_LIST_MEMBER",
      INVALID_PAGINATION_TOKEN: "INVALID_NEXT_TOKEN",
      INVALID_PARTY_TYPE_TARGET: "INVALID_PARTY_TYPE_TARGET",
      INVALID_PATTERN: "INVALID_PATTERN",
      INVALID_PATTERN_TARGET_ID: "INVALID_PATTERN_TARGET_ID",
      INVALID_PRINCIPAL: "INVALID_PRINCIPAL",
      INVALID_RESOURCE_POLICY_JSON: "INVALID_RESOURCE_POLICY_JSON",
      INVALID_ROLE_NAME: "INVALID_ROLE_NAME",
      INVALID_START_DATE: "INVALID_START_DATE",
      INVALID_SYNTAX_ORGANIZATION: "INVALID_SYNTAX_ORGANIZATION_ARN",
      INVALID_SYNTAX_POLICY: "INVALID_SYNTAX_POLICY_ID",
      INVALID_SYSTEM_TAGS_PARAMETER: "INVALID_SYSTEM_TAGS_PARAMETER",
      MAX_FILTER_LIMIT_EXCEEDED: "MAX_LIMIT_EXCEEDED_FILTER",
      MAX_LENGTH_EXCEEDED: "MAX_LENGTH_EXCEEDED",
      MAX_VALUE_EXCEEDED: "MAX_VALUE_EXCEEDED",
      MIN_LENGTH_EXCEEDED: "MIN_LENGTH_EXCEEDED",
      MIN_VALUE_EXCEEDED: "MIN_VALUE_EXCEEDED",
      MOVING_ACCOUNT_BETWEEN_DIFFERENT_ROOTS: "MOVING_ACCOUNT_BETWEEN_DIFFERENT_ROOTS",
      NON_DETACHABLE_POLICY: "NON_DETACHABLE_POLICY",
      START_DATE_NOT_BEGINNING_OF_DAY: "START_DATE_NOT_BEGINNING_OF_DAY",
      START_DATE_NOT_BEGINNING_OF_MONTH: "START_DATE_NOT_BEGINNING_OF_MONTH",
      START_DATE_TOO_EARLY: "START_DATE_TOO_EARLY",
      START_DATE_TOO_LATE: "START_DATE_TOO_LATE",
      TARGET_NOT_SUPPORTED: "TARGET_NOT_SUPPORTED",
      UNRECOGNIZED_SERVICE_PRINCIPAL: "UNRECOGNIZED_SERVICE_PRINCIPAL",
      UNSUPPORTED_ACTION_IN_RESOURCE_POLICY: "UNSUPPORTED_ACTION_IN_RESOURCE_POLICY",
      UNSUPPORTED_ACTION_IN_RESPONSIBILITY_TRANSFER: "UNSUPPORTED_ACTION_IN_RESPONSIBILITY_TRANSFER",
      UNSUPPORTED_POLICY_TYPE_IN_RESOURCE_POLICY: "UNSUPPORTED_POLICY_TYPE_IN_RESOURCE_POLICY",
      UNSUPPORTED_RESOURCE_IN_RESOURCE_POLICY: "UNSUPPORTED_RESOURCE_IN_RESOURCE_POLICY"
    };
    var AccountJoinedMethod = {
      CREATED: "CREATED",
      INVITED: "INVITED"
    };
    var AccountState = {
      ACTIVE: "ACTIVE",
      CLOSED: "CLOSED",
      PENDING_ACTIVATION: "PENDING_ACTIVATION",
      PENDING_CLOSURE: "PENDING_CLOSURE",
      SUSPENDED: "SUSPENDED"
    };
    var AccountStatus = {
      ACTIVE: "ACTIVE",
      PENDING_CLOSURE: "PENDING_CLOSURE",
      SUSPENDED: "SUSPENDED"
    };
    var IAMUserAccessToBilling = {
      ALLOW: "ALLOW",
      DENY: "DENY"
    };
    var CreateAccountFailureReason = {
      ACCOUNT_LIMIT_EXCEEDED: "ACCOUNT_LIMIT_EXCEEDED",
      CONCURRENT_ACCOUNT_MODIFICATION: "CONCURRENT_ACCOUNT_MODIFICATION",
      EMAIL_ALREADY_EXISTS: "EMAIL_ALREADY_EXISTS",
      FAILED_BUSINESS_VALIDATION: "FAILED_BUSINESS_VALIDATION",
      GOVCLOUD_ACCOUNT_ALREADY_EXISTS: "GOVCLOUD_ACCOUNT_ALREADY_EXISTS",
      INTERNAL_FAILURE: "INTERNAL_FAILURE",
      INVALID_ADDRESS: "INVALID_ADDRESS",
      INVALID_EMAIL: "INVALID_EMAIL",
      INVALID_IDENTITY_FOR_BUSINESS_VALIDATION: "INVALID_IDENTITY_FOR_BUSINESS_VALIDATION",
      INVALID_PAYMENT_INSTRUMENT: "INVALID_PAYMENT_INSTRUMENT",
      MISSING_BUSINESS_VALIDATION: "MISSING_BUSINESS_VALIDATION",
      MISSING_PAYMENT_INSTRUMENT: "MISSING_PAYMENT_INSTRUMENT",
      PENDING_BUSINESS_VALIDATIONv: "PENDING_BUSINESS_VALIDATION",
      UNKNOWN_BUSINESS_VALIDATION: "UNKNOWN_BUSINESS_VALIDATION",
      UPDATE_EXISTING_RESOURCE_POLICY_WITH_TAGS_NOT_SUPPORTED: "UPDATE_EXISTING_RESOURCE_POLICY_WITH_TAGS_NOT_SUPPORTED"
    };
    var CreateAccountState = {
      FAILED: "FAILED",
      IN_PROGRESS: "IN_PROGRESS",
      SUCCEEDED: "SUCCEEDED"
    };
    var OrganizationFeatureSet = {
      ALL: "ALL",
      CONSOLIDATED_BILLING: "CONSOLIDATED_BILLING"
    };
    var PolicyTypeStatus = {
      ENABLED: "ENABLED",
      PENDING_DISABLE: "PENDING_DISABLE",
      PENDING_ENABLE: "PENDING_ENABLE"
    };
    var PolicyType = {
      AISERVICES_OPT_OUT_POLICY: "AISERVICES_OPT_OUT_POLICY",
      BACKUP_POLICY: "BACKUP_POLICY",
      BEDROCK_POLICY: "BEDROCK_POLICY",
      CHATBOT_POLICY: "CHATBOT_POLICY",
      DECLARATIVE_POLICY_EC2: "DECLARATIVE_POLICY_EC2",
      GUARDDUTY_POLICY: "GUARDDUTY_POLICY",
      INSPECTOR_POLICY: "INSPECTOR_POLICY",
      NETWORK_SECURITY_DIRECTOR_POLICY: "NETWORK_SECURITY_DIRECTOR_POLICY",
      RESOURCE_CONTROL_POLICY: "RESOURCE_CONTROL_POLICY",
      S3_POLICY: "S3_POLICY",
      SECURITYHUB_CSPM_POLICY: "SECURITYHUB_CSPM_POLICY",
      SECURITYHUB_POLICY: "SECURITYHUB_POLICY",
      SERVICE_CONTROL_POLICY: "SERVICE_CONTROL_POLICY",
      TAG_POLICY: "TAG_POLICY",
      UPGRADE_ROLLOUT_POLICY: "UPGRADE_ROLLOUT_POLICY"
    };
    var EffectivePolicyType = {
      AISERVICES_OPT_OUT_POLICY: "AISERVICES_OPT_OUT_POLICY",
      BACKUP_POLICY: "BACKUP_POLICY",
      BEDROCK_POLICY: "BEDROCK_POLICY",
      CHATBOT_POLICY: "CHATBOT_POLICY",
      DECLARATIVE_POLICY_EC2: "DECLARATIVE_POLICY_EC2",
      GUARDDUTY_POLICY: "GUARDDUTY_POLICY",
      INSPECTOR_POLICY: "INSPECTOR_POLICY",
      NETWORK_SECURITY_DIRECTOR_POLICY: "NETWORK_SECURITY_DIRECTOR_POLICY",
      S3_POLICY: "S3_POLICY",
      SECURITYHUB_CSPM_POLICY: "SECURITYHUB_CSPM_POLICY",
      SECURITYHUB_POLICY: "SECURITYHUB_POLICY",
      TAG_POLICY: "TAG_POLICY",
      UPGRADE_ROLLOUT_POLICY: "UPGRADE_ROLLOUT_POLICY"
    };
    var ResponsibilityTransferStatus = {
      ACCEPTED: "ACCEPTED",
      CANCELED: "CANCELED",
      DECLINED: "DECLINED",
      EXPIRED: "EXPIRED",
      REQUESTED: "REQUESTED",
      WITHDRAWN: "WITHDRAWN"
    };
    var ResponsibilityTransferType = {
      BILLING: "BILLING"
    };
    var ChildType = {
      ACCOUNT: "ACCOUNT",
      ORGANIZATIONAL_UNIT: "ORGANIZATIONAL_UNIT"
    };
    var ParentType = {
      ORGANIZATIONAL_UNIT: "ORGANIZATIONAL_UNIT",
      ROOT: "ROOT"
    };
    var TargetType = {
      ACCOUNT: "ACCOUNT",
      ORGANIZATIONAL_UNIT: "ORGANIZATIONAL_UNIT",
      ROOT: "ROOT"
    };
    exports.AWSOrganizationsNotInUseException = AWSOrganizationsNotInUseException;
    exports.AWSOrganizationsNotInUseException$ = AWSOrganizationsNotInUseException$;
    exports.AcceptHandshake$ = AcceptHandshake$;
    exports.AcceptHandshakeCommand = AcceptHandshakeCommand;
    exports.AcceptHandshakeRequest$ = AcceptHandshakeRequest$;
    exports.AcceptHandshakeResponse$ = AcceptHandshakeResponse$;
    exports.AccessDeniedException = AccessDeniedException;
    exports.AccessDeniedException$ = AccessDeniedException$;
    exports.AccessDeniedForDependencyException = AccessDeniedForDependencyException;
    exports.AccessDeniedForDependencyException$ = AccessDeniedForDependencyException$;
    exports.AccessDeniedForDependencyExceptionReason = AccessDeniedForDependencyExceptionReason;
    exports.Account$ = Account$;
    exports.AccountAlreadyClosedException = AccountAlreadyClosedException;
    exports.AccountAlreadyClosedException$ = AccountAlreadyClosedException$;
    exports.AccountAlreadyRegisteredException = AccountAlreadyRegisteredException;
    exports.AccountAlreadyRegisteredException$ = AccountAlreadyRegisteredException$;
    exports.AccountJoinedMethod = AccountJoinedMethod;
    exports.AccountNotFoundException = AccountNotFoundException;
    exports.AccountNotFoundException$ = AccountNotFoundException$;
    exports.AccountNotRegisteredException = AccountNotRegisteredException;
    exports.AccountNotRegisteredException$ = AccountNotRegisteredException$;
    exports.AccountOwnerNotVerifiedException = AccountOwnerNotVerifiedException;
    exports.AccountOwnerNotVerifiedException$ = AccountOwnerNotVerifiedException$;
    exports.AccountState = AccountState;
    exports.AccountStatus = AccountStatus;
    exports.ActionType = ActionType;
    exports.AlreadyInOrganizationException = AlreadyInOrganizationException;
    exports.AlreadyInOrganizationException$ = AlreadyInOrganizationException$;
    exports.AttachPolicy$ = AttachPolicy$;
    exports.AttachPolicyCommand = AttachPolicyCommand;
    exports.AttachPolicyRequest$ = AttachPolicyRequest$;
    exports.CancelHandshake$ = CancelHandshake$;
    exports.CancelHandshakeCommand = CancelHandshakeCommand;
    exports.CancelHandshakeRequest$ = CancelHandshakeRequest$;
    exports.CancelHandshakeResponse$ = CancelHandshakeResponse$;
    exports.Child$ = Child$;
    exports.ChildNotFoundException = ChildNotFoundException;
    exports.ChildNotFoundException$ = ChildNotFoundException$;
    exports.ChildType = ChildType;
    exports.CloseAccount$ = CloseAccount$;
    exports.CloseAccountCommand = CloseAccountCommand;
    exports.CloseAccountRequest$ = CloseAccountRequest$;
    exports.ConcurrentModificationException = ConcurrentModificationException;
    exports.ConcurrentModificationException$ = ConcurrentModificationException$;
    exports.ConflictException = ConflictException;
    exports.ConflictException$ = ConflictException$;
    exports.ConstraintViolationException = ConstraintViolationException;
    exports.ConstraintViolationException$ = ConstraintViolationException$;
    exports.ConstraintViolationExceptionReason = ConstraintViolationExceptionReason;
    exports.CreateAccount$ = CreateAccount$;
    exports.CreateAccountCommand = CreateAccountCommand;
    exports.CreateAccountFailureReason = CreateAccountFailureReason;
    exports.CreateAccountRequest$ = CreateAccountRequest$;
    exports.CreateAccountResponse$ = CreateAccountResponse$;
    exports.CreateAccountState = CreateAccountState;
    exports.CreateAccountStatus$ = CreateAccountStatus$;
    exports.CreateAccountStatusNotFoundException = CreateAccountStatusNotFoundException;
    exports.CreateAccountStatusNotFoundException$ = CreateAccountStatusNotFoundException$;
    exports.CreateGovCloudAccount$ = CreateGovCloudAccount$;
    exports.CreateGovCloudAccountCommand = CreateGovCloudAccountCommand;
    exports.CreateGovCloudAccountRequest$ = CreateGovCloudAccountRequest$;
    exports.CreateGovCloudAccountResponse$ = CreateGovCloudAccountResponse$;
    exports.CreateOrganization$ = CreateOrganization$;
    exports.CreateOrganizationCommand = CreateOrganizationCommand;
    exports.CreateOrganizationRequest$ = CreateOrganizationRequest$;
    exports.CreateOrganizationResponse$ = CreateOrganizationResponse$;
    exports.CreateOrganizationalUnit$ = CreateOrganizationalUnit$;
    exports.CreateOrganizationalUnitCommand = CreateOrganizationalUnitCommand;
    exports.CreateOrganizationalUnitRequest$ = CreateOrganizationalUnitRequest$;
    exports.CreateOrganizationalUnitResponse$ = CreateOrganizationalUnitResponse$;
    exports.CreatePolicy$ = CreatePolicy$;
    exports.CreatePolicyCommand = CreatePolicyCommand;
    exports.CreatePolicyRequest$ = CreatePolicyRequest$;
    exports.CreatePolicyResponse$ = CreatePolicyResponse$;
    exports.DeclineHandshake$ = DeclineHandshake$;
    exports.DeclineHandshakeCommand = DeclineHandshakeCommand;
    exports.DeclineHandshakeRequest$ = DeclineHandshakeRequest$;
    exports.DeclineHandshakeResponse$ = DeclineHandshakeResponse$;
    exports.DelegatedAdministrator$ = DelegatedAdministrator$;
    exports.DelegatedService$ = DelegatedService$;
    exports.DeleteOrganization$ = DeleteOrganization$;
    exports.DeleteOrganizationCommand = DeleteOrganizationCommand;
    exports.DeleteOrganizationalUnit$ = DeleteOrganizationalUnit$;
    exports.DeleteOrganizationalUnitCommand = DeleteOrganizationalUnitCommand;
    exports.DeleteOrganizationalUnitRequest$ = DeleteOrganizationalUnitRequest$;
    exports.DeletePolicy$ = DeletePolicy$;
    exports.DeletePolicyCommand = DeletePolicyCommand;
    exports.DeletePolicyRequest$ = DeletePolicyRequest$;
    exports.DeleteResourcePolicy$ = DeleteResourcePolicy$;
    exports.DeleteResourcePolicyCommand = DeleteResourcePolicyCommand;
    exports.DeregisterDelegatedAdministrator$ = DeregisterDelegatedAdministrator$;
    exports.DeregisterDelegatedAdministratorCommand = DeregisterDelegatedAdministratorCommand;
    exports.DeregisterDelegatedAdministratorRequest$ = DeregisterDelegatedAdministratorRequest$;
    exports.DescribeAccount$ = DescribeAccount$;
    exports.DescribeAccountCommand = DescribeAccountCommand;
    exports.DescribeAccountRequest$ = DescribeAccountRequest$;
    exports.DescribeAccountResponse$ = DescribeAccountResponse$;
    exports.DescribeCreateAccountStatus$ = DescribeCreateAccountStatus$;
    exports.DescribeCreateAccountStatusCommand = DescribeCreateAccountStatusCommand;
    exports.DescribeCreateAccountStatusRequest$ = DescribeCreateAccountStatusRequest$;
    exports.DescribeCreateAccountStatusResponse$ = DescribeCreateAccountStatusResponse$;
    exports.DescribeEffectivePolicy$ = DescribeEffectivePolicy$;
    exports.DescribeEffectivePolicyCommand = DescribeEffectivePolicyCommand;
    exports.DescribeEffectivePolicyRequest$ = DescribeEffectivePolicyRequest$;
    exports.DescribeEffectivePolicyResponse$ = DescribeEffectivePolicyResponse$;
    exports.DescribeHandshake$ = DescribeHandshake$;
    exports.DescribeHandshakeCommand = DescribeHandshakeCommand;
    exports.DescribeHandshakeRequest$ = DescribeHandshakeRequest$;
    exports.DescribeHandshakeResponse$ = DescribeHandshakeResponse$;
    exports.DescribeOrganization$ = DescribeOrganization$;
    exports.DescribeOrganizationCommand = DescribeOrganizationCommand;
    exports.DescribeOrganizationResponse$ = DescribeOrganizationResponse$;
    exports.DescribeOrganizationalUnit$ = DescribeOrganizationalUnit$;
    exports.DescribeOrganizationalUnitCommand = DescribeOrganizationalUnitCommand;
    exports.DescribeOrganizationalUnitRequest$ = DescribeOrganizationalUnitRequest$;
    exports.DescribeOrganizationalUnitResponse$ = DescribeOrganizationalUnitResponse$;
    exports.DescribePolicy$ = DescribePolicy$;
    exports.DescribePolicyCommand = DescribePolicyCommand;
    exports.DescribePolicyRequest$ = DescribePolicyRequest$;
    exports.DescribePolicyResponse$ = DescribePolicyResponse$;
    exports.DescribeResourcePolicy$ = DescribeResourcePolicy$;
    exports.DescribeResourcePolicyCommand = DescribeResourcePolicyCommand;
    exports.DescribeResourcePolicyResponse$ = DescribeResourcePolicyResponse$;
    exports.DescribeResponsibilityTransfer$ = DescribeResponsibilityTransfer$;
    exports.DescribeResponsibilityTransferCommand = DescribeResponsibilityTransferCommand;
    exports.DescribeResponsibilityTransferRequest$ = DescribeResponsibilityTransferRequest$;
    exports.DescribeResponsibilityTransferResponse$ = DescribeResponsibilityTransferResponse$;
    exports.DestinationParentNotFoundException = DestinationParentNotFoundException;
    exports.DestinationParentNotFoundException$ = DestinationParentNotFoundException$;
    exports.DetachPolicy$ = DetachPolicy$;
    exports.DetachPolicyCommand = DetachPolicyCommand;
    exports.DetachPolicyRequest$ = DetachPolicyRequest$;
    exports.DisableAWSServiceAccess$ = DisableAWSServiceAccess$;
    exports.DisableAWSServiceAccessCommand = DisableAWSServiceAccessCommand;
    exports.DisableAWSServiceAccessRequest$ = DisableAWSServiceAccessRequest$;
    exports.DisablePolicyType$ = DisablePolicyType$;
    exports.DisablePolicyTypeCommand = DisablePolicyTypeCommand;
    exports.DisablePolicyTypeRequest$ = DisablePolicyTypeRequest$;
    exports.DisablePolicyTypeResponse$ = DisablePolicyTypeResponse$;
    exports.DuplicateAccountException = DuplicateAccountException;
    exports.DuplicateAccountException$ = DuplicateAccountException$;
    exports.DuplicateHandshakeException = DuplicateHandshakeException;
    exports.DuplicateHandshakeException$ = DuplicateHandshakeException$;
    exports.DuplicateOrganizationalUnitException = DuplicateOrganizationalUnitException;
    exports.DuplicateOrganizationalUnitException$ = DuplicateOrganizationalUnitException$;
    exports.DuplicatePolicyAttachmentException = DuplicatePolicyAttachmentException;
    exports.DuplicatePolicyAttachmentException$ = DuplicatePolicyAttachmentException$;
    exports.DuplicatePolicyException = DuplicatePolicyException;
    exports.DuplicatePolicyException$ = DuplicatePolicyException$;
    exports.EffectivePolicy$ = EffectivePolicy$;
    exports.EffectivePolicyNotFoundException = EffectivePolicyNotFoundException;
    exports.EffectivePolicyNotFoundException$ = EffectivePolicyNotFoundException$;
    exports.EffectivePolicyType = EffectivePolicyType;
    exports.EffectivePolicyValidationError$ = EffectivePolicyValidationError$;
    exports.EnableAWSServiceAccess$ = EnableAWSServiceAccess$;
    exports.EnableAWSServiceAccessCommand = EnableAWSServiceAccessCommand;
    exports.EnableAWSServiceAccessRequest$ = EnableAWSServiceAccessRequest$;
    exports.EnableAllFeatures$ = EnableAllFeatures$;
    exports.EnableAllFeaturesCommand = EnableAllFeaturesCommand;
    exports.EnableAllFeaturesRequest$ = EnableAllFeaturesRequest$;
    exports.EnableAllFeaturesResponse$ = EnableAllFeaturesResponse$;
    exports.EnablePolicyType$ = EnablePolicyType$;
    exports.EnablePolicyTypeCommand = EnablePolicyTypeCommand;
    exports.EnablePolicyTypeRequest$ = EnablePolicyTypeRequest$;
    exports.EnablePolicyTypeResponse$ = EnablePolicyTypeResponse$;
    exports.EnabledServicePrincipal$ = EnabledServicePrincipal$;
    exports.FinalizingOrganizationException = FinalizingOrganizationException;
    exports.FinalizingOrganizationException$ = FinalizingOrganizationException$;
    exports.Handshake$ = Handshake$;
    exports.HandshakeAlreadyInStateException = HandshakeAlreadyInStateException;
    exports.HandshakeAlreadyInStateException$ = HandshakeAlreadyInStateException$;
    exports.HandshakeConstraintViolationException = HandshakeConstraintViolationException;
    exports.HandshakeConstraintViolationException$ = HandshakeConstraintViolationException$;
    exports.HandshakeConstraintViolationExceptionReason = HandshakeConstraintViolationExceptionReason;
    exports.HandshakeFilter$ = HandshakeFilter$;
    exports.HandshakeNotFoundException = HandshakeNotFoundException;
    exports.HandshakeNotFoundException$ = HandshakeNotFoundException$;
    exports.HandshakeParty$ = HandshakeParty$;
    exports.HandshakePartyType = HandshakePartyType;
    exports.HandshakeResource$ = HandshakeResource$;
    exports.HandshakeResourceType = HandshakeResourceType;
    exports.HandshakeState = HandshakeState;
    exports.IAMUserAccessToBilling = IAMUserAccessToBilling;
    exports.InvalidHandshakeTransitionException = InvalidHandshakeTransitionException;
    exports.InvalidHandshakeTransitionException$ = InvalidHandshakeTransitionException$;
    exports.InvalidInputException = InvalidInputException;
    exports.InvalidInputException$ = InvalidInputException$;
    exports.InvalidInputExceptionReason = InvalidInputExceptionReason;
    exports.InvalidResponsibilityTransferTransitionException = InvalidResponsibilityTransferTransitionException;
    exports.InvalidResponsibilityTransferTransitionException$ = InvalidResponsibilityTransferTransitionException$;
    exports.InviteAccountToOrganization$ = InviteAccountToOrganization$;
    exports.InviteAccountToOrganizationCommand = InviteAccountToOrganizationCommand;
    exports.InviteAccountToOrganizationRequest$ = InviteAccountToOrganizationRequest$;
    exports.InviteAccountToOrganizationResponse$ = InviteAccountToOrganizationResponse$;
    exports.InviteOrganizationToTransferResponsibility$ = InviteOrganizationToTransferResponsibility$;
    exports.InviteOrganizationToTransferResponsibilityCommand = InviteOrganizationToTransferResponsibilityCommand;
    exports.InviteOrganizationToTransferResponsibilityRequest$ = InviteOrganizationToTransferResponsibilityRequest$;
    exports.InviteOrganizationToTransferResponsibilityResponse$ = InviteOrganizationToTransferResponsibilityResponse$;
    exports.LeaveOrganization$ = LeaveOrganization$;
    exports.LeaveOrganizationCommand = LeaveOrganizationCommand;
    exports.ListAWSServiceAccessForOrganization$ = ListAWSServiceAccessForOrganization$;
    exports.ListAWSServiceAccessForOrganizationCommand = ListAWSServiceAccessForOrganizationCommand;
    exports.ListAWSServiceAccessForOrganizationRequest$ = ListAWSServiceAccessForOrganizationRequest$;
    exports.ListAWSServiceAccessForOrganizationResponse$ = ListAWSServiceAccessForOrganizationResponse$;
    exports.ListAccounts$ = ListAccounts$;
    exports.ListAccountsCommand = ListAccountsCommand;
    exports.ListAccountsForParent$ = ListAccountsForParent$;
    exports.ListAccountsForParentCommand = ListAccountsForParentCommand;
    exports.ListAccountsForParentRequest$ = ListAccountsForParentRequest$;
    exports.ListAccountsForParentResponse$ = ListAccountsForParentResponse$;
    exports.ListAccountsRequest$ = ListAccountsRequest$;
    exports.ListAccountsResponse$ = ListAccountsResponse$;
    exports.ListAccountsWithInvalidEffectivePolicy$ = ListAccountsWithInvalidEffectivePolicy$;
    exports.ListAccountsWithInvalidEffectivePolicyCommand = ListAccountsWithInvalidEffectivePolicyCommand;
    exports.ListAccountsWithInvalidEffectivePolicyRequest$ = ListAccountsWithInvalidEffectivePolicyRequest$;
    exports.ListAccountsWithInvalidEffectivePolicyResponse$ = ListAccountsWithInvalidEffectivePolicyResponse$;
    exports.ListChildren$ = ListChildren$;
    exports.ListChildrenCommand = ListChildrenCommand;
    exports.ListChildrenRequest$ = ListChildrenRequest$;
    exports.ListChildrenResponse$ = ListChildrenResponse$;
    exports.ListCreateAccountStatus$ = ListCreateAccountStatus$;
    exports.ListCreateAccountStatusCommand = ListCreateAccountStatusCommand;
    exports.ListCreateAccountStatusRequest$ = ListCreateAccountStatusRequest$;
    exports.ListCreateAccountStatusResponse$ = ListCreateAccountStatusResponse$;
    exports.ListDelegatedAdministrators$ = ListDelegatedAdministrators$;
    exports.ListDelegatedAdministratorsCommand = ListDelegatedAdministratorsCommand;
    exports.ListDelegatedAdministratorsRequest$ = ListDelegatedAdministratorsRequest$;
    exports.ListDelegatedAdministratorsResponse$ = ListDelegatedAdministratorsResponse$;
    exports.ListDelegatedServicesForAccount$ = ListDelegatedServicesForAccount$;
    exports.ListDelegatedServicesForAccountCommand = ListDelegatedServicesForAccountCommand;
    exports.ListDelegatedServicesForAccountRequest$ = ListDelegatedServicesForAccountRequest$;
    exports.ListDelegatedServicesForAccountResponse$ = ListDelegatedServicesForAccountResponse$;
    exports.ListEffectivePolicyValidationErrors$ = ListEffectivePolicyValidationErrors$;
    exports.ListEffectivePolicyValidationErrorsCommand = ListEffectivePolicyValidationErrorsCommand;
    exports.ListEffectivePolicyValidationErrorsRequest$ = ListEffectivePolicyValidationErrorsRequest$;
    exports.ListEffectivePolicyValidationErrorsResponse$ = ListEffectivePolicyValidationErrorsResponse$;
    exports.ListHandshakesForAccount$ = ListHandshakesForAccount$;
    exports.ListHandshakesForAccountCommand = ListHandshakesForAccountCommand;
    exports.ListHandshakesForAccountRequest$ = ListHandshakesForAccountRequest$;
    exports.ListHandshakesForAccountResponse$ = ListHandshakesForAccountResponse$;
    exports.ListHandshakesForOrganization$ = ListHandshakesForOrganization$;
    exports.ListHandshakesForOrganizationCommand = ListHandshakesForOrganizationCommand;
    exports.ListHandshakesForOrganizationRequest$ = ListHandshakesForOrganizationRequest$;
    exports.ListHandshakesForOrganizationResponse$ = ListHandshakesForOrganizationResponse$;
    exports.ListInboundResponsibilityTransfers$ = ListInboundResponsibilityTransfers$;
    exports.ListInboundResponsibilityTransfersCommand = ListInboundResponsibilityTransfersCommand;
    exports.ListInboundResponsibilityTransfersRequest$ = ListInboundResponsibilityTransfersRequest$;
    exports.ListInboundResponsibilityTransfersResponse$ = ListInboundResponsibilityTransfersResponse$;
    exports.ListOrganizationalUnitsForParent$ = ListOrganizationalUnitsForParent$;
    exports.ListOrganizationalUnitsForParentCommand = ListOrganizationalUnitsForParentCommand;
    exports.ListOrganizationalUnitsForParentRequest$ = ListOrganizationalUnitsForParentRequest$;
    exports.ListOrganizationalUnitsForParentResponse$ = ListOrganizationalUnitsForParentResponse$;
    exports.ListOutboundResponsibilityTransfers$ = ListOutboundResponsibilityTransfers$;
    exports.ListOutboundResponsibilityTransfersCommand = ListOutboundResponsibilityTransfersCommand;
    exports.ListOutboundResponsibilityTransfersRequest$ = ListOutboundResponsibilityTransfersRequest$;
    exports.ListOutboundResponsibilityTransfersResponse$ = ListOutboundResponsibilityTransfersResponse$;
    exports.ListParents$ = ListParents$;
    exports.ListParentsCommand = ListParentsCommand;
    exports.ListParentsRequest$ = ListParentsRequest$;
    exports.ListParentsResponse$ = ListParentsResponse$;
    exports.ListPolicies$ = ListPolicies$;
    exports.ListPoliciesCommand = ListPoliciesCommand;
    exports.ListPoliciesForTarget$ = ListPoliciesForTarget$;
    exports.ListPoliciesForTargetCommand = ListPoliciesForTargetCommand;
    exports.ListPoliciesForTargetRequest$ = ListPoliciesForTargetRequest$;
    exports.ListPoliciesForTargetResponse$ = ListPoliciesForTargetResponse$;
    exports.ListPoliciesRequest$ = ListPoliciesRequest$;
    exports.ListPoliciesResponse$ = ListPoliciesResponse$;
    exports.ListRoots$ = ListRoots$;
    exports.ListRootsCommand = ListRootsCommand;
    exports.ListRootsRequest$ = ListRootsRequest$;
    exports.ListRootsResponse$ = ListRootsResponse$;
    exports.ListTagsForResource$ = ListTagsForResource$;
    exports.ListTagsForResourceCommand = ListTagsForResourceCommand;
    exports.ListTagsForResourceRequest$ = ListTagsForResourceRequest$;
    exports.ListTagsForResourceResponse$ = ListTagsForResourceResponse$;
    exports.ListTargetsForPolicy$ = ListTargetsForPolicy$;
    exports.ListTargetsForPolicyCommand = ListTargetsForPolicyCommand;
    exports.ListTargetsForPolicyRequest$ = ListTargetsForPolicyRequest$;
    exports.ListTargetsForPolicyResponse$ = ListTargetsForPolicyResponse$;
    exports.MalformedPolicyDocumentException = MalformedPolicyDocumentException;
    exports.MalformedPolicyDocumentException$ = MalformedPolicyDocumentException$;
    exports.MasterCannotLeaveOrganizationException = MasterCannotLeaveOrganizationException;
    exports.MasterCannotLeaveOrganizationException$ = MasterCannotLeaveOrganizationException$;
    exports.MoveAccount$ = MoveAccount$;
    exports.MoveAccountCommand = MoveAccountCommand;
    exports.MoveAccountRequest$ = MoveAccountRequest$;
    exports.Organization$ = Organization$;
    exports.OrganizationFeatureSet = OrganizationFeatureSet;
    exports.OrganizationNotEmptyException = OrganizationNotEmptyException;
    exports.OrganizationNotEmptyException$ = OrganizationNotEmptyException$;
    exports.OrganizationalUnit$ = OrganizationalUnit$;
    exports.OrganizationalUnitNotEmptyException = OrganizationalUnitNotEmptyException;
    exports.OrganizationalUnitNotEmptyException$ = OrganizationalUnitNotEmptyException$;
    exports.OrganizationalUnitNotFoundException = OrganizationalUnitNotFoundException;
    exports.OrganizationalUnitNotFoundException$ = OrganizationalUnitNotFoundException$;
    exports.Organizations = Organizations;
    exports.OrganizationsClient = OrganizationsClient2;
    exports.OrganizationsServiceException = OrganizationsServiceException;
    exports.OrganizationsServiceException$ = OrganizationsServiceException$;
    exports.Parent$ = Parent$;
    exports.ParentNotFoundException = ParentNotFoundException;
    exports.ParentNotFoundException$ = ParentNotFoundException$;
    exports.ParentType = ParentType;
    exports.Policy$ = Policy$;
    exports.PolicyChangesInProgressException = PolicyChangesInProgressException;
    exports.PolicyChangesInProgressException$ = PolicyChangesInProgressException$;
    exports.PolicyInUseException = PolicyInUseException;
    exports.PolicyInUseException$ = PolicyInUseException$;
    exports.PolicyNotAttachedException = PolicyNotAttachedException;
    exports.PolicyNotAttachedException$ = PolicyNotAttachedException$;
    exports.PolicyNotFoundException = PolicyNotFoundException;
    exports.PolicyNotFoundException$ = PolicyNotFoundException$;
    exports.PolicySummary$ = PolicySummary$;
    exports.PolicyTargetSummary$ = PolicyTargetSummary$;
    exports.PolicyType = PolicyType;
    exports.PolicyTypeAlreadyEnabledException = PolicyTypeAlreadyEnabledException;
    exports.PolicyTypeAlreadyEnabledException$ = PolicyTypeAlreadyEnabledException$;
    exports.PolicyTypeNotAvailableForOrganizationException = PolicyTypeNotAvailableForOrganizationException;
    exports.PolicyTypeNotAvailableForOrganizationException$ = PolicyTypeNotAvailableForOrganizationException$;
    exports.PolicyTypeNotEnabledException = PolicyTypeNotEnabledException;
    exports.PolicyTypeNotEnabledException$ = PolicyTypeNotEnabledException$;
    exports.PolicyTypeStatus = PolicyTypeStatus;
    exports.PolicyTypeSummary$ = PolicyTypeSummary$;
    exports.PutResourcePolicy$ = PutResourcePolicy$;
    exports.PutResourcePolicyCommand = PutResourcePolicyCommand;
    exports.PutResourcePolicyRequest$ = PutResourcePolicyRequest$;
    exports.PutResourcePolicyResponse$ = PutResourcePolicyResponse$;
    exports.RegisterDelegatedAdministrator$ = RegisterDelegatedAdministrator$;
    exports.RegisterDelegatedAdministratorCommand = RegisterDelegatedAdministratorCommand;
    exports.RegisterDelegatedAdministratorRequest$ = RegisterDelegatedAdministratorRequest$;
    exports.RemoveAccountFromOrganization$ = RemoveAccountFromOrganization$;
    exports.RemoveAccountFromOrganizationCommand = RemoveAccountFromOrganizationCommand;
    exports.RemoveAccountFromOrganizationRequest$ = RemoveAccountFromOrganizationRequest$;
    exports.ResourcePolicy$ = ResourcePolicy$;
    exports.ResourcePolicyNotFoundException = ResourcePolicyNotFoundException;
    exports.ResourcePolicyNotFoundException$ = ResourcePolicyNotFoundException$;
    exports.ResourcePolicySummary$ = ResourcePolicySummary$;
    exports.ResponsibilityTransfer$ = ResponsibilityTransfer$;
    exports.ResponsibilityTransferAlreadyInStatusException = ResponsibilityTransferAlreadyInStatusException;
    exports.ResponsibilityTransferAlreadyInStatusException$ = ResponsibilityTransferAlreadyInStatusException$;
    exports.ResponsibilityTransferNotFoundException = ResponsibilityTransferNotFoundException;
    exports.ResponsibilityTransferNotFoundException$ = ResponsibilityTransferNotFoundException$;
    exports.ResponsibilityTransferStatus = ResponsibilityTransferStatus;
    exports.ResponsibilityTransferType = ResponsibilityTransferType;
    exports.Root$ = Root$;
    exports.RootNotFoundException = RootNotFoundException;
    exports.RootNotFoundException$ = RootNotFoundException$;
    exports.ServiceException = ServiceException;
    exports.ServiceException$ = ServiceException$;
    exports.SourceParentNotFoundException = SourceParentNotFoundException;
    exports.SourceParentNotFoundException$ = SourceParentNotFoundException$;
    exports.Tag$ = Tag$;
    exports.TagResource$ = TagResource$;
    exports.TagResourceCommand = TagResourceCommand;
    exports.TagResourceRequest$ = TagResourceRequest$;
    exports.TargetNotFoundException = TargetNotFoundException;
    exports.TargetNotFoundException$ = TargetNotFoundException$;
    exports.TargetType = TargetType;
    exports.TerminateResponsibilityTransfer$ = TerminateResponsibilityTransfer$;
    exports.TerminateResponsibilityTransferCommand = TerminateResponsibilityTransferCommand;
    exports.TerminateResponsibilityTransferRequest$ = TerminateResponsibilityTransferRequest$;
    exports.TerminateResponsibilityTransferResponse$ = TerminateResponsibilityTransferResponse$;
    exports.TooManyRequestsException = TooManyRequestsException;
    exports.TooManyRequestsException$ = TooManyRequestsException$;
    exports.TransferParticipant$ = TransferParticipant$;
    exports.UnsupportedAPIEndpointException = UnsupportedAPIEndpointException;
    exports.UnsupportedAPIEndpointException$ = UnsupportedAPIEndpointException$;
    exports.UntagResource$ = UntagResource$;
    exports.UntagResourceCommand = UntagResourceCommand;
    exports.UntagResourceRequest$ = UntagResourceRequest$;
    exports.UpdateOrganizationalUnit$ = UpdateOrganizationalUnit$;
    exports.UpdateOrganizationalUnitCommand = UpdateOrganizationalUnitCommand;
    exports.UpdateOrganizationalUnitRequest$ = UpdateOrganizationalUnitRequest$;
    exports.UpdateOrganizationalUnitResponse$ = UpdateOrganizationalUnitResponse$;
    exports.UpdatePolicy$ = UpdatePolicy$;
    exports.UpdatePolicyCommand = UpdatePolicyCommand;
    exports.UpdatePolicyRequest$ = UpdatePolicyRequest$;
    exports.UpdatePolicyResponse$ = UpdatePolicyResponse$;
    exports.UpdateResponsibilityTransfer$ = UpdateResponsibilityTransfer$;
    exports.UpdateResponsibilityTransferCommand = UpdateResponsibilityTransferCommand;
    exports.UpdateResponsibilityTransferRequest$ = UpdateResponsibilityTransferRequest$;
    exports.UpdateResponsibilityTransferResponse$ = UpdateResponsibilityTransferResponse$;
    exports.errorTypeRegistries = errorTypeRegistries;
    exports.paginateListAWSServiceAccessForOrganization = paginateListAWSServiceAccessForOrganization;
    exports.paginateListAccounts = paginateListAccounts2;
    exports.paginateListAccountsForParent = paginateListAccountsForParent2;
    exports.paginateListAccountsWithInvalidEffectivePolicy = paginateListAccountsWithInvalidEffectivePolicy;
    exports.paginateListChildren = paginateListChildren;
    exports.paginateListCreateAccountStatus = paginateListCreateAccountStatus;
    exports.paginateListDelegatedAdministrators = paginateListDelegatedAdministrators;
    exports.paginateListDelegatedServicesForAccount = paginateListDelegatedServicesForAccount;
    exports.paginateListEffectivePolicyValidationErrors = paginateListEffectivePolicyValidationErrors;
    exports.paginateListHandshakesForAccount = paginateListHandshakesForAccount;
    exports.paginateListHandshakesForOrganization = paginateListHandshakesForOrganization;
    exports.paginateListOrganizationalUnitsForParent = paginateListOrganizationalUnitsForParent2;
    exports.paginateListParents = paginateListParents;
    exports.paginateListPolicies = paginateListPolicies;
    exports.paginateListPoliciesForTarget = paginateListPoliciesForTarget;
    exports.paginateListRoots = paginateListRoots;
    exports.paginateListTagsForResource = paginateListTagsForResource;
    exports.paginateListTargetsForPolicy = paginateListTargetsForPolicy;
  }
});

// node_modules/@aws-sdk/client-account/dist-cjs/index.js
var require_dist_cjs4 = __commonJS({
  "node_modules/@aws-sdk/client-account/dist-cjs/index.js"(exports) {
    var { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, getDefaultSocketTimeout, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = (init_client2(), __toCommonJS(client_exports2));
    var { getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin, createPaginator } = (init_dist_es(), __toCommonJS(dist_es_exports));
    var { normalizeProvider, getSmithyContext, ServiceException, NoOpLogger, emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode, getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig, Client, makeBuilder, createAggregatedClient } = (init_client(), __toCommonJS(client_exports));
    var { Command: $Command } = (init_client(), __toCommonJS(client_exports));
    exports.$Command = $Command;
    exports.__Client = Client;
    var { resolveDefaultsModeConfig, loadConfig, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS, resolveRegionConfig } = (init_config(), __toCommonJS(config_exports));
    var { BinaryDecisionDiagram, EndpointCache, decideEndpoint, customEndpointFunctions, resolveEndpointConfig, getEndpointPlugin } = (init_endpoints(), __toCommonJS(endpoints_exports));
    var { parseUrl, getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig, getContentLengthPlugin } = (init_protocols(), __toCommonJS(protocols_exports));
    var { DEFAULT_RETRY_MODE, NODE_RETRY_MODE_CONFIG_OPTIONS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS, resolveRetryConfig, getRetryPlugin } = (init_retry(), __toCommonJS(retry_exports));
    var { TypeRegistry, getSchemaSerdePlugin } = (init_schema(), __toCommonJS(schema_exports));
    var { resolveAwsSdkSigV4Config, AwsSdkSigV4Signer, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS } = (init_httpAuthSchemes(), __toCommonJS(httpAuthSchemes_exports));
    var { defaultProvider } = require_dist_cjs2();
    var { toUtf8, fromUtf8, toBase64, fromBase64, calculateBodyLength } = (init_serde(), __toCommonJS(serde_exports));
    var { streamCollector, NodeHttpHandler } = require_dist_cjs();
    var { AwsRestJsonProtocol } = (init_protocols2(), __toCommonJS(protocols_exports2));
    var { Sha256 } = (init_checksum(), __toCommonJS(checksum_exports));
    var defaultAccountHttpAuthSchemeParametersProvider = async (config, context, input) => {
      return {
        operation: getSmithyContext(context).operation,
        region: await normalizeProvider(config.region)() || (() => {
          throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
        })()
      };
    };
    function createAwsAuthSigv4HttpAuthOption(authParameters) {
      return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
          name: "account",
          region: authParameters.region
        },
        propertiesExtractor: (config, context) => ({
          signingProperties: {
            config,
            context
          }
        })
      };
    }
    var defaultAccountHttpAuthSchemeProvider = (authParameters) => {
      const options = [];
      switch (authParameters.operation) {
        default: {
          options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
        }
      }
      return options;
    };
    var resolveHttpAuthSchemeConfig = (config) => {
      const config_0 = resolveAwsSdkSigV4Config(config);
      return Object.assign(config_0, {
        authSchemePreference: normalizeProvider(config.authSchemePreference ?? [])
      });
    };
    var resolveClientEndpointParameters = (options) => {
      return Object.assign(options, {
        useDualstackEndpoint: options.useDualstackEndpoint ?? false,
        useFipsEndpoint: options.useFipsEndpoint ?? false,
        defaultSigningName: "account"
      });
    };
    var commonParams = {
      UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
      Endpoint: { type: "builtInParams", name: "endpoint" },
      Region: { type: "builtInParams", name: "region" },
      UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
    };
    var version = "3.1168.0";
    var packageInfo = {
      version
    };
    var k = "ref";
    var a = -1;
    var b = true;
    var c = "isSet";
    var d = "PartitionResult";
    var e = "booleanEquals";
    var f = "getAttr";
    var g = { [k]: "Endpoint" };
    var h = { [k]: d };
    var i = { "authSchemes": [{ "name": "sigv4", "signingRegion": "{PartitionResult#implicitGlobalRegion}" }] };
    var j = [{ [k]: "Region" }];
    var _data = {
      conditions: [
        [c, [g]],
        [c, j],
        ["aws.partition", j, d],
        [e, [{ [k]: "UseFIPS" }, b]],
        [e, [{ [k]: "UseDualStack" }, b]],
        [e, [{ fn: f, argv: [h, "supportsDualStack"] }, b]],
        [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]]
      ],
      results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [g, {}],
        ["https://account-fips.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://account-fips.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dnsSuffix}", i],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://account.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://account.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dnsSuffix}", i],
        [a, "Invalid Configuration: Missing Region"]
      ]
    };
    var root = 2;
    var r = 1e8;
    var nodes = new Int32Array([
      -1,
      1,
      -1,
      0,
      12,
      3,
      1,
      4,
      r + 11,
      2,
      5,
      r + 11,
      3,
      8,
      6,
      4,
      7,
      r + 10,
      5,
      r + 8,
      r + 9,
      4,
      10,
      9,
      6,
      r + 6,
      r + 7,
      5,
      11,
      r + 5,
      6,
      r + 4,
      r + 5,
      3,
      r + 1,
      13,
      4,
      r + 2,
      r + 3
    ]);
    var bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);
    var cache = new EndpointCache({
      size: 50,
      params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"]
    });
    var defaultEndpointResolver = (endpointParams, context = {}) => {
      return cache.get(endpointParams, () => decideEndpoint(bdd, {
        endpointParams,
        logger: context.logger
      }));
    };
    customEndpointFunctions.aws = awsEndpointFunctions;
    var AccountServiceException = class _AccountServiceException extends ServiceException {
      static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.account#AccountServiceException";
      constructor(options) {
        super(options);
        Object.setPrototypeOf(this, _AccountServiceException.prototype);
      }
    };
    var AccessDeniedException = class _AccessDeniedException extends AccountServiceException {
      static shapeId = "com.amazonaws.account#AccessDeniedException";
      name = "AccessDeniedException";
      $fault = "client";
      errorType;
      constructor(opts) {
        super({
          name: "AccessDeniedException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _AccessDeniedException.prototype);
        this.errorType = opts.errorType;
      }
    };
    var ConflictException = class _ConflictException extends AccountServiceException {
      static shapeId = "com.amazonaws.account#ConflictException";
      name = "ConflictException";
      $fault = "client";
      errorType;
      constructor(opts) {
        super({
          name: "ConflictException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ConflictException.prototype);
        this.errorType = opts.errorType;
      }
    };
    var InternalServerException = class _InternalServerException extends AccountServiceException {
      static shapeId = "com.amazonaws.account#InternalServerException";
      name = "InternalServerException";
      $fault = "server";
      $retryable = {};
      errorType;
      constructor(opts) {
        super({
          name: "InternalServerException",
          $fault: "server",
          ...opts
        });
        Object.setPrototypeOf(this, _InternalServerException.prototype);
        this.errorType = opts.errorType;
      }
    };
    var ResourceNotFoundException = class _ResourceNotFoundException extends AccountServiceException {
      static shapeId = "com.amazonaws.account#ResourceNotFoundException";
      name = "ResourceNotFoundException";
      $fault = "client";
      errorType;
      constructor(opts) {
        super({
          name: "ResourceNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ResourceNotFoundException.prototype);
        this.errorType = opts.errorType;
      }
    };
    var TooManyRequestsException = class _TooManyRequestsException extends AccountServiceException {
      static shapeId = "com.amazonaws.account#TooManyRequestsException";
      name = "TooManyRequestsException";
      $fault = "client";
      $retryable = {
        throttling: true
      };
      errorType;
      constructor(opts) {
        super({
          name: "TooManyRequestsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _TooManyRequestsException.prototype);
        this.errorType = opts.errorType;
      }
    };
    var ValidationException = class _ValidationException extends AccountServiceException {
      static shapeId = "com.amazonaws.account#ValidationException";
      name = "ValidationException";
      $fault = "client";
      reason;
      fieldList;
      constructor(opts) {
        super({
          name: "ValidationException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ValidationException.prototype);
        this.reason = opts.reason;
        this.fieldList = opts.fieldList;
      }
    };
    var ResourceUnavailableException = class _ResourceUnavailableException extends AccountServiceException {
      static shapeId = "com.amazonaws.account#ResourceUnavailableException";
      name = "ResourceUnavailableException";
      $fault = "client";
      errorType;
      constructor(opts) {
        super({
          name: "ResourceUnavailableException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ResourceUnavailableException.prototype);
        this.errorType = opts.errorType;
      }
    };
    var _AC = "AlternateContact";
    var _ACD = "AccountCreatedDate";
    var _ACT = "AlternateContactType";
    var _ADE = "AccessDeniedException";
    var _AI = "AccountId";
    var _AL = "AddressLine";
    var _ALd = "AddressLine1";
    var _ALdd = "AddressLine2";
    var _ALddr = "AddressLine3";
    var _AN = "AccountName";
    var _APEU = "AcceptPrimaryEmailUpdate";
    var _APEUR = "AcceptPrimaryEmailUpdateRequest";
    var _APEURc = "AcceptPrimaryEmailUpdateResponse";
    var _AS = "AccountState";
    var _C = "City";
    var _CC = "CountryCode";
    var _CE = "ConflictException";
    var _CI = "ContactInformation";
    var _CIPN = "ContactInformationPhoneNumber";
    var _CN = "CompanyName";
    var _DAC = "DeleteAlternateContact";
    var _DACR = "DeleteAlternateContactRequest";
    var _DOC = "DistrictOrCounty";
    var _DR = "DisableRegion";
    var _DRR = "DisableRegionRequest";
    var _EA = "EmailAddress";
    var _ER = "EnableRegion";
    var _ERR = "EnableRegionRequest";
    var _FN = "FullName";
    var _GAC = "GetAlternateContact";
    var _GACR = "GetAlternateContactRequest";
    var _GACRe = "GetAlternateContactResponse";
    var _GAI = "GetAccountInformation";
    var _GAIR = "GetAccountInformationRequest";
    var _GAIRe = "GetAccountInformationResponse";
    var _GCAI = "GovCloudAccountId";
    var _GCI = "GetContactInformation";
    var _GCIR = "GetContactInformationRequest";
    var _GCIRe = "GetContactInformationResponse";
    var _GGCAI = "GetGovCloudAccountInformation";
    var _GGCAIR = "GetGovCloudAccountInformationRequest";
    var _GGCAIRe = "GetGovCloudAccountInformationResponse";
    var _GPE = "GetPrimaryEmail";
    var _GPER = "GetPrimaryEmailRequest";
    var _GPERe = "GetPrimaryEmailResponse";
    var _GPEUS = "GetPrimaryEmailUpdateStatus";
    var _GPEUSR = "GetPrimaryEmailUpdateStatusRequest";
    var _GPEUSRe = "GetPrimaryEmailUpdateStatusResponse";
    var _GROS = "GetRegionOptStatus";
    var _GROSR = "GetRegionOptStatusRequest";
    var _GROSRe = "GetRegionOptStatusResponse";
    var _ISE = "InternalServerException";
    var _LR = "ListRegions";
    var _LRR = "ListRegionsRequest";
    var _LRRi = "ListRegionsResponse";
    var _MR = "MaxResults";
    var _N = "Name";
    var _NT = "NextToken";
    var _O = "Otp";
    var _PAC = "PutAlternateContact";
    var _PACR = "PutAlternateContactRequest";
    var _PAN = "PutAccountName";
    var _PANR = "PutAccountNameRequest";
    var _PC = "PostalCode";
    var _PCI = "PutContactInformation";
    var _PCIR = "PutContactInformationRequest";
    var _PE = "PrimaryEmail";
    var _PEA = "PrimaryEmailAddress";
    var _PN = "PhoneNumber";
    var _R = "Regions";
    var _RN = "RegionName";
    var _RNFE = "ResourceNotFoundException";
    var _ROL = "RegionOptList";
    var _ROS = "RegionOptStatus";
    var _ROSC = "RegionOptStatusContains";
    var _RUE = "ResourceUnavailableException";
    var _Re = "Region";
    var _S = "Status";
    var _SAI = "StandardAccountId";
    var _SOR = "StateOrRegion";
    var _SPEU = "StartPrimaryEmailUpdate";
    var _SPEUR = "StartPrimaryEmailUpdateRequest";
    var _SPEURt = "StartPrimaryEmailUpdateResponse";
    var _SPNV = "SendPhoneNumberVerification";
    var _SPNVR = "SendPhoneNumberVerificationRequest";
    var _SPNVRe = "SendPhoneNumberVerificationResponse";
    var _SS = "SensitiveString";
    var _T = "Title";
    var _TMRE = "TooManyRequestsException";
    var _UA = "UpdatedAt";
    var _VE = "ValidationException";
    var _VEF = "ValidationExceptionField";
    var _VEFL = "ValidationExceptionFieldList";
    var _VPN = "VerifyPhoneNumber";
    var _VPNR = "VerifyPhoneNumberRequest";
    var _VPNRe = "VerifyPhoneNumberResponse";
    var _VS = "VerificationStatus";
    var _WU = "WebsiteUrl";
    var _c = "client";
    var _e = "error";
    var _eT = "errorType";
    var _fL = "fieldList";
    var _h = "http";
    var _hE = "httpError";
    var _hH = "httpHeader";
    var _m = "message";
    var _n = "name";
    var _r = "reason";
    var _s = "smithy.ts.sdk.synthetic.com.amazonaws.account";
    var _se = "server";
    var _xaE = "x-amzn-ErrorType";
    var n0 = "com.amazonaws.account";
    var _s_registry = new TypeRegistry(_s);
    var AccountServiceException$ = [-3, _s, "AccountServiceException", 0, [], []];
    _s_registry.registerError(AccountServiceException$, AccountServiceException);
    var n0_registry = new TypeRegistry(n0);
    var AccessDeniedException$ = [
      -3,
      n0,
      _ADE,
      { [_e]: _c, [_hE]: 403 },
      [_m, _eT],
      [0, [0, { [_hH]: _xaE }]],
      1
    ];
    n0_registry.registerError(AccessDeniedException$, AccessDeniedException);
    var ConflictException$ = [
      -3,
      n0,
      _CE,
      { [_e]: _c, [_hE]: 409 },
      [_m, _eT],
      [0, [0, { [_hH]: _xaE }]],
      1
    ];
    n0_registry.registerError(ConflictException$, ConflictException);
    var InternalServerException$ = [
      -3,
      n0,
      _ISE,
      { [_e]: _se, [_hE]: 500 },
      [_m, _eT],
      [0, [0, { [_hH]: _xaE }]],
      1
    ];
    n0_registry.registerError(InternalServerException$, InternalServerException);
    var ResourceNotFoundException$ = [
      -3,
      n0,
      _RNFE,
      { [_e]: _c, [_hE]: 404 },
      [_m, _eT],
      [0, [0, { [_hH]: _xaE }]],
      1
    ];
    n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
    var ResourceUnavailableException$ = [
      -3,
      n0,
      _RUE,
      { [_e]: _c, [_hE]: 424 },
      [_m, _eT],
      [0, [0, { [_hH]: _xaE }]],
      1
    ];
    n0_registry.registerError(ResourceUnavailableException$, ResourceUnavailableException);
    var TooManyRequestsException$ = [
      -3,
      n0,
      _TMRE,
      { [_e]: _c, [_hE]: 429 },
      [_m, _eT],
      [0, [0, { [_hH]: _xaE }]],
      1
    ];
    n0_registry.registerError(TooManyRequestsException$, TooManyRequestsException);
    var ValidationException$ = [
      -3,
      n0,
      _VE,
      { [_e]: _c, [_hE]: 400 },
      [_m, _r, _fL],
      [[() => SensitiveString, 0], 0, [() => ValidationExceptionFieldList, 0]],
      1
    ];
    n0_registry.registerError(ValidationException$, ValidationException);
    var errorTypeRegistries = [
      _s_registry,
      n0_registry
    ];
    var AccountName = [0, n0, _AN, 8, 0];
    var AddressLine = [0, n0, _AL, 8, 0];
    var City = [0, n0, _C, 8, 0];
    var CompanyName = [0, n0, _CN, 8, 0];
    var ContactInformationPhoneNumber = [0, n0, _CIPN, 8, 0];
    var CountryCode = [0, n0, _CC, 8, 0];
    var DistrictOrCounty = [0, n0, _DOC, 8, 0];
    var EmailAddress = [0, n0, _EA, 8, 0];
    var FullName = [0, n0, _FN, 8, 0];
    var Name = [0, n0, _N, 8, 0];
    var Otp = [0, n0, _O, 8, 0];
    var PhoneNumber = [0, n0, _PN, 8, 0];
    var PostalCode = [0, n0, _PC, 8, 0];
    var PrimaryEmailAddress = [0, n0, _PEA, 8, 0];
    var SensitiveString = [0, n0, _SS, 8, 0];
    var StateOrRegion = [0, n0, _SOR, 8, 0];
    var Title = [0, n0, _T, 8, 0];
    var WebsiteUrl = [0, n0, _WU, 8, 0];
    var AcceptPrimaryEmailUpdateRequest$ = [
      3,
      n0,
      _APEUR,
      0,
      [_AI, _PE, _O],
      [0, [() => PrimaryEmailAddress, 0], [() => Otp, 0]],
      3
    ];
    var AcceptPrimaryEmailUpdateResponse$ = [
      3,
      n0,
      _APEURc,
      0,
      [_S],
      [0]
    ];
    var AlternateContact$ = [
      3,
      n0,
      _AC,
      0,
      [_N, _T, _EA, _PN, _ACT],
      [[() => Name, 0], [() => Title, 0], [() => EmailAddress, 0], [() => PhoneNumber, 0], 0]
    ];
    var ContactInformation$ = [
      3,
      n0,
      _CI,
      0,
      [_FN, _ALd, _C, _PC, _CC, _PN, _ALdd, _ALddr, _SOR, _DOC, _CN, _WU],
      [[() => FullName, 0], [() => AddressLine, 0], [() => City, 0], [() => PostalCode, 0], [() => CountryCode, 0], [() => ContactInformationPhoneNumber, 0], [() => AddressLine, 0], [() => AddressLine, 0], [() => StateOrRegion, 0], [() => DistrictOrCounty, 0], [() => CompanyName, 0], [() => WebsiteUrl, 0]],
      6
    ];
    var DeleteAlternateContactRequest$ = [
      3,
      n0,
      _DACR,
      0,
      [_ACT, _AI],
      [0, 0],
      1
    ];
    var DisableRegionRequest$ = [
      3,
      n0,
      _DRR,
      0,
      [_RN, _AI],
      [0, 0],
      1
    ];
    var EnableRegionRequest$ = [
      3,
      n0,
      _ERR,
      0,
      [_RN, _AI],
      [0, 0],
      1
    ];
    var GetAccountInformationRequest$ = [
      3,
      n0,
      _GAIR,
      0,
      [_AI],
      [0]
    ];
    var GetAccountInformationResponse$ = [
      3,
      n0,
      _GAIRe,
      0,
      [_AI, _AN, _ACD, _AS],
      [0, [() => AccountName, 0], 5, 0]
    ];
    var GetAlternateContactRequest$ = [
      3,
      n0,
      _GACR,
      0,
      [_ACT, _AI],
      [0, 0],
      1
    ];
    var GetAlternateContactResponse$ = [
      3,
      n0,
      _GACRe,
      0,
      [_AC],
      [[() => AlternateContact$, 0]]
    ];
    var GetContactInformationRequest$ = [
      3,
      n0,
      _GCIR,
      0,
      [_AI],
      [0]
    ];
    var GetContactInformationResponse$ = [
      3,
      n0,
      _GCIRe,
      0,
      [_CI, _VS],
      [[() => ContactInformation$, 0], 0]
    ];
    var GetGovCloudAccountInformationRequest$ = [
      3,
      n0,
      _GGCAIR,
      0,
      [_SAI],
      [0]
    ];
    var GetGovCloudAccountInformationResponse$ = [
      3,
      n0,
      _GGCAIRe,
      0,
      [_GCAI, _AS],
      [0, 0],
      2
    ];
    var GetPrimaryEmailRequest$ = [
      3,
      n0,
      _GPER,
      0,
      [_AI],
      [0],
      1
    ];
    var GetPrimaryEmailResponse$ = [
      3,
      n0,
      _GPERe,
      0,
      [_PE],
      [[() => PrimaryEmailAddress, 0]]
    ];
    var GetPrimaryEmailUpdateStatusRequest$ = [
      3,
      n0,
      _GPEUSR,
      0,
      [_AI],
      [0]
    ];
    var GetPrimaryEmailUpdateStatusResponse$ = [
      3,
      n0,
      _GPEUSRe,
      0,
      [_S, _UA],
      [0, 4],
      1
    ];
    var GetRegionOptStatusRequest$ = [
      3,
      n0,
      _GROSR,
      0,
      [_RN, _AI],
      [0, 0],
      1
    ];
    var GetRegionOptStatusResponse$ = [
      3,
      n0,
      _GROSRe,
      0,
      [_RN, _ROS],
      [0, 0]
    ];
    var ListRegionsRequest$ = [
      3,
      n0,
      _LRR,
      0,
      [_AI, _MR, _NT, _ROSC],
      [0, 1, 0, 64 | 0]
    ];
    var ListRegionsResponse$ = [
      3,
      n0,
      _LRRi,
      0,
      [_NT, _R],
      [0, () => RegionOptList]
    ];
    var PutAccountNameRequest$ = [
      3,
      n0,
      _PANR,
      0,
      [_AN, _AI],
      [[() => AccountName, 0], 0],
      1
    ];
    var PutAlternateContactRequest$ = [
      3,
      n0,
      _PACR,
      0,
      [_N, _T, _EA, _PN, _ACT, _AI],
      [[() => Name, 0], [() => Title, 0], [() => EmailAddress, 0], [() => PhoneNumber, 0], 0, 0],
      5
    ];
    var PutContactInformationRequest$ = [
      3,
      n0,
      _PCIR,
      0,
      [_CI, _AI],
      [[() => ContactInformation$, 0], 0],
      1
    ];
    var Region$ = [
      3,
      n0,
      _Re,
      0,
      [_RN, _ROS],
      [0, 0]
    ];
    var SendPhoneNumberVerificationRequest$ = [
      3,
      n0,
      _SPNVR,
      0,
      [_AI],
      [0]
    ];
    var SendPhoneNumberVerificationResponse$ = [
      3,
      n0,
      _SPNVRe,
      0,
      [_S],
      [0]
    ];
    var StartPrimaryEmailUpdateRequest$ = [
      3,
      n0,
      _SPEUR,
      0,
      [_AI, _PE],
      [0, [() => PrimaryEmailAddress, 0]],
      2
    ];
    var StartPrimaryEmailUpdateResponse$ = [
      3,
      n0,
      _SPEURt,
      0,
      [_S],
      [0]
    ];
    var ValidationExceptionField$ = [
      3,
      n0,
      _VEF,
      0,
      [_n, _m],
      [0, [() => SensitiveString, 0]],
      2
    ];
    var VerifyPhoneNumberRequest$ = [
      3,
      n0,
      _VPNR,
      0,
      [_O, _AI],
      [[() => Otp, 0], 0],
      1
    ];
    var VerifyPhoneNumberResponse$ = [
      3,
      n0,
      _VPNRe,
      0,
      [_S],
      [0]
    ];
    var __Unit = "unit";
    var RegionOptList = [
      1,
      n0,
      _ROL,
      0,
      () => Region$
    ];
    var ValidationExceptionFieldList = [
      1,
      n0,
      _VEFL,
      0,
      [
        () => ValidationExceptionField$,
        0
      ]
    ];
    var AcceptPrimaryEmailUpdate$ = [
      9,
      n0,
      _APEU,
      { [_h]: ["POST", "/acceptPrimaryEmailUpdate", 200] },
      () => AcceptPrimaryEmailUpdateRequest$,
      () => AcceptPrimaryEmailUpdateResponse$
    ];
    var DeleteAlternateContact$ = [
      9,
      n0,
      _DAC,
      { [_h]: ["POST", "/deleteAlternateContact", 200] },
      () => DeleteAlternateContactRequest$,
      () => __Unit
    ];
    var DisableRegion$ = [
      9,
      n0,
      _DR,
      { [_h]: ["POST", "/disableRegion", 200] },
      () => DisableRegionRequest$,
      () => __Unit
    ];
    var EnableRegion$ = [
      9,
      n0,
      _ER,
      { [_h]: ["POST", "/enableRegion", 200] },
      () => EnableRegionRequest$,
      () => __Unit
    ];
    var GetAccountInformation$ = [
      9,
      n0,
      _GAI,
      { [_h]: ["POST", "/getAccountInformation", 200] },
      () => GetAccountInformationRequest$,
      () => GetAccountInformationResponse$
    ];
    var GetAlternateContact$ = [
      9,
      n0,
      _GAC,
      { [_h]: ["POST", "/getAlternateContact", 200] },
      () => GetAlternateContactRequest$,
      () => GetAlternateContactResponse$
    ];
    var GetContactInformation$ = [
      9,
      n0,
      _GCI,
      { [_h]: ["POST", "/getContactInformation", 200] },
      () => GetContactInformationRequest$,
      () => GetContactInformationResponse$
    ];
    var GetGovCloudAccountInformation$ = [
      9,
      n0,
      _GGCAI,
      { [_h]: ["POST", "/getGovCloudAccountInformation", 200] },
      () => GetGovCloudAccountInformationRequest$,
      () => GetGovCloudAccountInformationResponse$
    ];
    var GetPrimaryEmail$ = [
      9,
      n0,
      _GPE,
      { [_h]: ["POST", "/getPrimaryEmail", 200] },
      () => GetPrimaryEmailRequest$,
      () => GetPrimaryEmailResponse$
    ];
    var GetPrimaryEmailUpdateStatus$ = [
      9,
      n0,
      _GPEUS,
      { [_h]: ["POST", "/getPrimaryEmailUpdateStatus", 200] },
      () => GetPrimaryEmailUpdateStatusRequest$,
      () => GetPrimaryEmailUpdateStatusResponse$
    ];
    var GetRegionOptStatus$ = [
      9,
      n0,
      _GROS,
      { [_h]: ["POST", "/getRegionOptStatus", 200] },
      () => GetRegionOptStatusRequest$,
      () => GetRegionOptStatusResponse$
    ];
    var ListRegions$ = [
      9,
      n0,
      _LR,
      { [_h]: ["POST", "/listRegions", 200] },
      () => ListRegionsRequest$,
      () => ListRegionsResponse$
    ];
    var PutAccountName$ = [
      9,
      n0,
      _PAN,
      { [_h]: ["POST", "/putAccountName", 200] },
      () => PutAccountNameRequest$,
      () => __Unit
    ];
    var PutAlternateContact$ = [
      9,
      n0,
      _PAC,
      { [_h]: ["POST", "/putAlternateContact", 200] },
      () => PutAlternateContactRequest$,
      () => __Unit
    ];
    var PutContactInformation$ = [
      9,
      n0,
      _PCI,
      { [_h]: ["POST", "/putContactInformation", 200] },
      () => PutContactInformationRequest$,
      () => __Unit
    ];
    var SendPhoneNumberVerification$ = [
      9,
      n0,
      _SPNV,
      { [_h]: ["POST", "/sendPhoneNumberVerification", 200] },
      () => SendPhoneNumberVerificationRequest$,
      () => SendPhoneNumberVerificationResponse$
    ];
    var StartPrimaryEmailUpdate$ = [
      9,
      n0,
      _SPEU,
      { [_h]: ["POST", "/startPrimaryEmailUpdate", 200] },
      () => StartPrimaryEmailUpdateRequest$,
      () => StartPrimaryEmailUpdateResponse$
    ];
    var VerifyPhoneNumber$ = [
      9,
      n0,
      _VPN,
      { [_h]: ["POST", "/verifyPhoneNumber", 200] },
      () => VerifyPhoneNumberRequest$,
      () => VerifyPhoneNumberResponse$
    ];
    var getRuntimeConfig$1 = (config) => {
      return {
        apiVersion: "2021-02-01",
        base64Decoder: config?.base64Decoder ?? fromBase64,
        base64Encoder: config?.base64Encoder ?? toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultAccountHttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
          {
            schemeId: "aws.auth#sigv4",
            identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
            signer: new AwsSdkSigV4Signer()
          }
        ],
        logger: config?.logger ?? new NoOpLogger(),
        protocol: config?.protocol ?? AwsRestJsonProtocol,
        protocolSettings: config?.protocolSettings ?? {
          defaultNamespace: "com.amazonaws.account",
          errorTypeRegistries,
          version: "2021-02-01",
          serviceTarget: "Account"
        },
        serviceId: config?.serviceId ?? "Account",
        sha256: config?.sha256 ?? Sha256,
        urlParser: config?.urlParser ?? parseUrl,
        utf8Decoder: config?.utf8Decoder ?? fromUtf8,
        utf8Encoder: config?.utf8Encoder ?? toUtf8
      };
    };
    var getRuntimeConfig = (config) => {
      emitWarningIfUnsupportedVersion(process.version);
      const defaultsMode = resolveDefaultsModeConfig(config);
      const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
      const clientSharedValues = getRuntimeConfig$1(config);
      emitWarningIfUnsupportedVersion$1(process.version);
      const loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger
      };
      return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
        credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
        defaultSocketTimeout: getDefaultSocketTimeout(config?.requestHandler, 3e5),
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: packageInfo.version }),
        maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
        requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ?? loadConfig({
          ...NODE_RETRY_MODE_CONFIG_OPTIONS,
          default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE
        }, config),
        streamCollector: config?.streamCollector ?? streamCollector,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
      };
    };
    var getHttpAuthExtensionConfiguration = (runtimeConfig) => {
      const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
      let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
      let _credentials = runtimeConfig.credentials;
      return {
        setHttpAuthScheme(httpAuthScheme) {
          const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
          if (index === -1) {
            _httpAuthSchemes.push(httpAuthScheme);
          } else {
            _httpAuthSchemes.splice(index, 1, httpAuthScheme);
          }
        },
        httpAuthSchemes() {
          return _httpAuthSchemes;
        },
        setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
          _httpAuthSchemeProvider = httpAuthSchemeProvider;
        },
        httpAuthSchemeProvider() {
          return _httpAuthSchemeProvider;
        },
        setCredentials(credentials) {
          _credentials = credentials;
        },
        credentials() {
          return _credentials;
        }
      };
    };
    var resolveHttpAuthRuntimeConfig = (config) => {
      return {
        httpAuthSchemes: config.httpAuthSchemes(),
        httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
        credentials: config.credentials()
      };
    };
    var resolveRuntimeExtensions = (runtimeConfig, extensions) => {
      const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
      extensions.forEach((extension) => extension.configure(extensionConfiguration));
      return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
    };
    var AccountClient2 = class extends Client {
      config;
      constructor(...[configuration]) {
        const _config_0 = getRuntimeConfig(configuration || {});
        super(_config_0);
        this.initConfig = _config_0;
        const _config_1 = resolveClientEndpointParameters(_config_0);
        const _config_2 = resolveUserAgentConfig(_config_1);
        const _config_3 = resolveRetryConfig(_config_2);
        const _config_4 = resolveRegionConfig(_config_3);
        const _config_5 = resolveHostHeaderConfig(_config_4);
        const _config_6 = resolveEndpointConfig(_config_5);
        const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
        const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
        this.config = _config_8;
        this.middlewareStack.use(getSchemaSerdePlugin(this.config));
        this.middlewareStack.use(getUserAgentPlugin(this.config));
        this.middlewareStack.use(getRetryPlugin(this.config));
        this.middlewareStack.use(getContentLengthPlugin(this.config));
        this.middlewareStack.use(getHostHeaderPlugin(this.config));
        this.middlewareStack.use(getLoggerPlugin(this.config));
        this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
        this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
          httpAuthSchemeParametersProvider: defaultAccountHttpAuthSchemeParametersProvider,
          identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
            "aws.auth#sigv4": config.credentials
          })
        }));
        this.middlewareStack.use(getHttpSigningPlugin(this.config));
      }
      destroy() {
        super.destroy();
      }
    };
    var command = makeBuilder(commonParams, "Account", "AccountClient", getEndpointPlugin);
    var _ep0 = {};
    var _mw0 = (Command, cs, config, o) => [];
    var AcceptPrimaryEmailUpdateCommand = class extends command(_ep0, _mw0, "AcceptPrimaryEmailUpdate", AcceptPrimaryEmailUpdate$) {
    };
    var DeleteAlternateContactCommand = class extends command(_ep0, _mw0, "DeleteAlternateContact", DeleteAlternateContact$) {
    };
    var DisableRegionCommand = class extends command(_ep0, _mw0, "DisableRegion", DisableRegion$) {
    };
    var EnableRegionCommand = class extends command(_ep0, _mw0, "EnableRegion", EnableRegion$) {
    };
    var GetAccountInformationCommand = class extends command(_ep0, _mw0, "GetAccountInformation", GetAccountInformation$) {
    };
    var GetAlternateContactCommand = class extends command(_ep0, _mw0, "GetAlternateContact", GetAlternateContact$) {
    };
    var GetContactInformationCommand = class extends command(_ep0, _mw0, "GetContactInformation", GetContactInformation$) {
    };
    var GetGovCloudAccountInformationCommand = class extends command(_ep0, _mw0, "GetGovCloudAccountInformation", GetGovCloudAccountInformation$) {
    };
    var GetPrimaryEmailCommand = class extends command(_ep0, _mw0, "GetPrimaryEmail", GetPrimaryEmail$) {
    };
    var GetPrimaryEmailUpdateStatusCommand = class extends command(_ep0, _mw0, "GetPrimaryEmailUpdateStatus", GetPrimaryEmailUpdateStatus$) {
    };
    var GetRegionOptStatusCommand = class extends command(_ep0, _mw0, "GetRegionOptStatus", GetRegionOptStatus$) {
    };
    var ListRegionsCommand = class extends command(_ep0, _mw0, "ListRegions", ListRegions$) {
    };
    var PutAccountNameCommand = class extends command(_ep0, _mw0, "PutAccountName", PutAccountName$) {
    };
    var PutAlternateContactCommand = class extends command(_ep0, _mw0, "PutAlternateContact", PutAlternateContact$) {
    };
    var PutContactInformationCommand = class extends command(_ep0, _mw0, "PutContactInformation", PutContactInformation$) {
    };
    var SendPhoneNumberVerificationCommand = class extends command(_ep0, _mw0, "SendPhoneNumberVerification", SendPhoneNumberVerification$) {
    };
    var StartPrimaryEmailUpdateCommand = class extends command(_ep0, _mw0, "StartPrimaryEmailUpdate", StartPrimaryEmailUpdate$) {
    };
    var VerifyPhoneNumberCommand = class extends command(_ep0, _mw0, "VerifyPhoneNumber", VerifyPhoneNumber$) {
    };
    var paginateListRegions2 = createPaginator(AccountClient2, ListRegionsCommand, "NextToken", "NextToken", "MaxResults");
    var commands = {
      AcceptPrimaryEmailUpdateCommand,
      DeleteAlternateContactCommand,
      DisableRegionCommand,
      EnableRegionCommand,
      GetAccountInformationCommand,
      GetAlternateContactCommand,
      GetContactInformationCommand,
      GetGovCloudAccountInformationCommand,
      GetPrimaryEmailCommand,
      GetPrimaryEmailUpdateStatusCommand,
      GetRegionOptStatusCommand,
      ListRegionsCommand,
      PutAccountNameCommand,
      PutAlternateContactCommand,
      PutContactInformationCommand,
      SendPhoneNumberVerificationCommand,
      StartPrimaryEmailUpdateCommand,
      VerifyPhoneNumberCommand
    };
    var paginators = {
      paginateListRegions: paginateListRegions2
    };
    var Account = class extends AccountClient2 {
    };
    createAggregatedClient(commands, Account, { paginators });
    var PrimaryEmailUpdateStatus = {
      ACCEPTED: "ACCEPTED",
      COMPLETED: "COMPLETED",
      FAILED: "FAILED",
      PENDING: "PENDING"
    };
    var ValidationExceptionReason = {
      FIELD_VALIDATION_FAILED: "fieldValidationFailed",
      INVALID_REGION_OPT_TARGET: "invalidRegionOptTarget"
    };
    var AccountState = {
      ACTIVE: "ACTIVE",
      CLOSED: "CLOSED",
      PENDING_ACTIVATION: "PENDING_ACTIVATION",
      SUSPENDED: "SUSPENDED"
    };
    var AlternateContactType = {
      BILLING: "BILLING",
      OPERATIONS: "OPERATIONS",
      SECURITY: "SECURITY"
    };
    var AwsAccountState = {
      ACTIVE: "ACTIVE",
      CLOSED: "CLOSED",
      PENDING_ACTIVATION: "PENDING_ACTIVATION",
      SUSPENDED: "SUSPENDED"
    };
    var PhoneNumberVerificationStatus = {
      NOT_SUPPORTED: "NOT_SUPPORTED",
      PENDING: "PENDING",
      UNVERIFIED: "UNVERIFIED",
      VERIFIED: "VERIFIED"
    };
    var RegionOptStatus = {
      DISABLED: "DISABLED",
      DISABLING: "DISABLING",
      ENABLED: "ENABLED",
      ENABLED_BY_DEFAULT: "ENABLED_BY_DEFAULT",
      ENABLING: "ENABLING"
    };
    exports.AcceptPrimaryEmailUpdate$ = AcceptPrimaryEmailUpdate$;
    exports.AcceptPrimaryEmailUpdateCommand = AcceptPrimaryEmailUpdateCommand;
    exports.AcceptPrimaryEmailUpdateRequest$ = AcceptPrimaryEmailUpdateRequest$;
    exports.AcceptPrimaryEmailUpdateResponse$ = AcceptPrimaryEmailUpdateResponse$;
    exports.AccessDeniedException = AccessDeniedException;
    exports.AccessDeniedException$ = AccessDeniedException$;
    exports.Account = Account;
    exports.AccountClient = AccountClient2;
    exports.AccountServiceException = AccountServiceException;
    exports.AccountServiceException$ = AccountServiceException$;
    exports.AccountState = AccountState;
    exports.AlternateContact$ = AlternateContact$;
    exports.AlternateContactType = AlternateContactType;
    exports.AwsAccountState = AwsAccountState;
    exports.ConflictException = ConflictException;
    exports.ConflictException$ = ConflictException$;
    exports.ContactInformation$ = ContactInformation$;
    exports.DeleteAlternateContact$ = DeleteAlternateContact$;
    exports.DeleteAlternateContactCommand = DeleteAlternateContactCommand;
    exports.DeleteAlternateContactRequest$ = DeleteAlternateContactRequest$;
    exports.DisableRegion$ = DisableRegion$;
    exports.DisableRegionCommand = DisableRegionCommand;
    exports.DisableRegionRequest$ = DisableRegionRequest$;
    exports.EnableRegion$ = EnableRegion$;
    exports.EnableRegionCommand = EnableRegionCommand;
    exports.EnableRegionRequest$ = EnableRegionRequest$;
    exports.GetAccountInformation$ = GetAccountInformation$;
    exports.GetAccountInformationCommand = GetAccountInformationCommand;
    exports.GetAccountInformationRequest$ = GetAccountInformationRequest$;
    exports.GetAccountInformationResponse$ = GetAccountInformationResponse$;
    exports.GetAlternateContact$ = GetAlternateContact$;
    exports.GetAlternateContactCommand = GetAlternateContactCommand;
    exports.GetAlternateContactRequest$ = GetAlternateContactRequest$;
    exports.GetAlternateContactResponse$ = GetAlternateContactResponse$;
    exports.GetContactInformation$ = GetContactInformation$;
    exports.GetContactInformationCommand = GetContactInformationCommand;
    exports.GetContactInformationRequest$ = GetContactInformationRequest$;
    exports.GetContactInformationResponse$ = GetContactInformationResponse$;
    exports.GetGovCloudAccountInformation$ = GetGovCloudAccountInformation$;
    exports.GetGovCloudAccountInformationCommand = GetGovCloudAccountInformationCommand;
    exports.GetGovCloudAccountInformationRequest$ = GetGovCloudAccountInformationRequest$;
    exports.GetGovCloudAccountInformationResponse$ = GetGovCloudAccountInformationResponse$;
    exports.GetPrimaryEmail$ = GetPrimaryEmail$;
    exports.GetPrimaryEmailCommand = GetPrimaryEmailCommand;
    exports.GetPrimaryEmailRequest$ = GetPrimaryEmailRequest$;
    exports.GetPrimaryEmailResponse$ = GetPrimaryEmailResponse$;
    exports.GetPrimaryEmailUpdateStatus$ = GetPrimaryEmailUpdateStatus$;
    exports.GetPrimaryEmailUpdateStatusCommand = GetPrimaryEmailUpdateStatusCommand;
    exports.GetPrimaryEmailUpdateStatusRequest$ = GetPrimaryEmailUpdateStatusRequest$;
    exports.GetPrimaryEmailUpdateStatusResponse$ = GetPrimaryEmailUpdateStatusResponse$;
    exports.GetRegionOptStatus$ = GetRegionOptStatus$;
    exports.GetRegionOptStatusCommand = GetRegionOptStatusCommand;
    exports.GetRegionOptStatusRequest$ = GetRegionOptStatusRequest$;
    exports.GetRegionOptStatusResponse$ = GetRegionOptStatusResponse$;
    exports.InternalServerException = InternalServerException;
    exports.InternalServerException$ = InternalServerException$;
    exports.ListRegions$ = ListRegions$;
    exports.ListRegionsCommand = ListRegionsCommand;
    exports.ListRegionsRequest$ = ListRegionsRequest$;
    exports.ListRegionsResponse$ = ListRegionsResponse$;
    exports.PhoneNumberVerificationStatus = PhoneNumberVerificationStatus;
    exports.PrimaryEmailUpdateStatus = PrimaryEmailUpdateStatus;
    exports.PutAccountName$ = PutAccountName$;
    exports.PutAccountNameCommand = PutAccountNameCommand;
    exports.PutAccountNameRequest$ = PutAccountNameRequest$;
    exports.PutAlternateContact$ = PutAlternateContact$;
    exports.PutAlternateContactCommand = PutAlternateContactCommand;
    exports.PutAlternateContactRequest$ = PutAlternateContactRequest$;
    exports.PutContactInformation$ = PutContactInformation$;
    exports.PutContactInformationCommand = PutContactInformationCommand;
    exports.PutContactInformationRequest$ = PutContactInformationRequest$;
    exports.Region$ = Region$;
    exports.RegionOptStatus = RegionOptStatus;
    exports.ResourceNotFoundException = ResourceNotFoundException;
    exports.ResourceNotFoundException$ = ResourceNotFoundException$;
    exports.ResourceUnavailableException = ResourceUnavailableException;
    exports.ResourceUnavailableException$ = ResourceUnavailableException$;
    exports.SendPhoneNumberVerification$ = SendPhoneNumberVerification$;
    exports.SendPhoneNumberVerificationCommand = SendPhoneNumberVerificationCommand;
    exports.SendPhoneNumberVerificationRequest$ = SendPhoneNumberVerificationRequest$;
    exports.SendPhoneNumberVerificationResponse$ = SendPhoneNumberVerificationResponse$;
    exports.StartPrimaryEmailUpdate$ = StartPrimaryEmailUpdate$;
    exports.StartPrimaryEmailUpdateCommand = StartPrimaryEmailUpdateCommand;
    exports.StartPrimaryEmailUpdateRequest$ = StartPrimaryEmailUpdateRequest$;
    exports.StartPrimaryEmailUpdateResponse$ = StartPrimaryEmailUpdateResponse$;
    exports.TooManyRequestsException = TooManyRequestsException;
    exports.TooManyRequestsException$ = TooManyRequestsException$;
    exports.ValidationException = ValidationException;
    exports.ValidationException$ = ValidationException$;
    exports.ValidationExceptionField$ = ValidationExceptionField$;
    exports.ValidationExceptionReason = ValidationExceptionReason;
    exports.VerifyPhoneNumber$ = VerifyPhoneNumber$;
    exports.VerifyPhoneNumberCommand = VerifyPhoneNumberCommand;
    exports.VerifyPhoneNumberRequest$ = VerifyPhoneNumberRequest$;
    exports.VerifyPhoneNumberResponse$ = VerifyPhoneNumberResponse$;
    exports.errorTypeRegistries = errorTypeRegistries;
    exports.paginateListRegions = paginateListRegions2;
  }
});

// src/transport/ssm/script.ts
import { randomBytes, randomInt } from "node:crypto";
var MAX_SCRIPT_BYTES = 6e4;
var FRAME_VERSION = "2";
function newBoundary() {
  return `fp${randomBytes(12).toString("hex")}`;
}
function q(s) {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}
var PRELUDE = (boundary, l) => `# fleetprobe probe script: output is framed, see src/transport/ssm/frames.ts
B=${boundary}
K=${l.token}-$$
exec </dev/null
umask 077
W=$(mktemp -d 2>/dev/null) || W=
if [ -z "$W" ] || [ ! -d "$W" ]; then printf '%s fatal temp-dir\\n' "$B"; exit 0; fi
# Stops every marked process, sweeping again until nothing new is found (one sweep misses what a respawning daemon
# starts meanwhile), then kills them.
fp_reap() {
  fp_v=; fp_r=0
  while [ "$fp_r" -lt 50 ]; do
    fp_k=$(grep -l -s -F "${PROBE_MARKER}=$K" /proc/[0-9]*/environ 2>/dev/null)
    [ "$fp_k" = "$fp_v" ] && break
    fp_sig STOP $fp_k; fp_v=$fp_k; fp_r=$((fp_r + 1))
  done
  fp_sig KILL $fp_k
}
fp_sig() { fp_g=$1; shift; for fp_p in "$@"; do fp_p=\${fp_p#/proc/}; kill -s "$fp_g" "\${fp_p%/environ}" 2>/dev/null; done; }
trap 'rm -rf "$W"' EXIT
P=1; case $(date +%N 2>/dev/null) in ''|*[!0-9]*) P=1000;; esac
T=; for fp_o in '--foreground -k 5' '-k 5' ''; do if timeout $fp_o 1 true >/dev/null 2>&1; then T="timeout $fp_o ${l.blockTimeout}"; break; fi; done
L=${l.blockTimeout * 1e3 - 50}
BM=${l.blockBytes}; HM=${l.hostBytes}; EM=${MAX_ENV_STRING}; S=0
F=$((BM / 512 + 2))
fp_ms() { if [ "$P" = 1 ]; then fp_t=$(date +%s%N); echo $((fp_t / 1000000)); else echo $(($(date +%s) * 1000)); fi; }
fp_dec() { if command -v base64 >/dev/null 2>&1; then base64 -d; else openssl base64 -d -A; fi; }
fp_enc() { if command -v base64 >/dev/null 2>&1; then base64; else openssl base64; fi | tr -d '\\n'; }
fp_which() {
  case $1 in */*) if [ -f "$1" ] && [ -x "$1" ]; then printf '%s' "$1"; return 0; fi; return 1;; esac
  fp_ifs=$IFS; IFS=:; set -f
  for fp_d in $PATH; do
    IFS=$fp_ifs; set +f
    [ -z "$fp_d" ] && fp_d=.
    if [ -f "$fp_d/$1" ] && [ -x "$fp_d/$1" ]; then printf '%s' "$fp_d/$1"; return 0; fi
  done
  IFS=$fp_ifs; set +f; return 1
}
fp_size() { fp_s=$(wc -c < "$1"); echo $((fp_s + 0)); }
fp_open() {
  mkfifo "$D/$1.po" "$D/$1.pe" || return 1
  (ulimit -f "$F" 2>/dev/null; exec $T cat) < "$D/$1.po" > "$D/$1.o" 2>/dev/null & fp_wo=$!
  (ulimit -f "$F" 2>/dev/null; exec $T cat) < "$D/$1.pe" > "$D/$1.e" 2>/dev/null & fp_we=$!
  fp_0=$(fp_ms)
}
fp_close() { fp_reap; wait "$fp_wo"; fp_so=$?; wait "$fp_we"; fp_se=$?; fp_1=$(fp_ms); fp_d=$((fp_1 - fp_0)); }
# fp_part <o|e> <block> <file>: the frame header in fp_h, and in fp_f the file to send after it ('' when only the
# size goes back); fails when the host could not write the encoded copy.
fp_part() {
  fp_f=; fp_n=$(fp_size "$3")
  if [ "$fp_n" -gt "$BM" ]; then fp_h="$B c $1 $2 $fp_n block"; return 0; fi
  if [ "$(LC_ALL=C tr -d '\\000-\\177' < "$3" | wc -c)" -gt 0 ]; then fp_f=$3.b; fp_c=b; fp_enc < "$3" > "$fp_f" || return 1; else fp_f=$3; fp_c=r; fi
  fp_m=$(fp_size "$fp_f")
  if [ $((S + fp_m)) -gt "$HM" ]; then fp_h="$B c $1 $2 $fp_n host"; fp_f=; return 0; fi
  S=$((S + fp_m)); fp_h="$B $1 $2 $fp_m $fp_c"
}
fp_send() { printf '%s\\n' "$1"; if [ -n "$2" ]; then cat "$2"; printf '\\n'; fi; }
# fp_block <block>: its frames (output, exit code, duration); fails when the template must stop there (the block
# was late, or its output could not be stored whole, which is then its frame).
fp_block() {
  if { [ "$fp_so" -ne 0 ] || [ "$fp_se" -ne 0 ]; } && [ "$(fp_size "$D/$1.o")" -le "$BM" ] && [ "$(fp_size "$D/$1.e")" -le "$BM" ] && ! fp_late; then
    printf '%s f %s write\\n' "$B" "$1"; return 1
  fi
  if ! { fp_part o "$1" "$D/$1.o" && fp_ho=$fp_h fp_fo=$fp_f && fp_part e "$1" "$D/$1.e"; }; then printf '%s f %s write\\n' "$B" "$1"; return 1; fi
  fp_send "$fp_ho" "$fp_fo"; fp_send "$fp_h" "$fp_f"
  printf '%s x %s %s %s %s\\n' "$B" "$1" "$fp_rc" "$fp_d" "$P"
  ! fp_late
}
fp_trim() {
  LC_ALL=C tr ' \\t\\r' '\\n\\n\\n' < "$1" > "$W/m" || return 1
  fp_a=$(LC_ALL=C sed -n -e '/^$/!{' -e '=' -e 'q' -e '}' "$W/m")
  if [ -z "$fp_a" ]; then : > "$2"; return; fi
  fp_n=$(fp_size "$1"); fp_w=65536
  while :; do
    fp_z=$(tail -c "$fp_w" "$W/m" | LC_ALL=C sed -n -e '/^$/!=' | tail -n 1)
    if [ -n "$fp_z" ] || [ "$fp_w" -ge "$fp_n" ]; then break; fi
    fp_w=$((fp_w * 2))
  done
  fp_l=$(tail -c "$fp_w" "$W/m" | wc -l); fp_b=$((fp_l - fp_z + 1)); fp_a=$((fp_a - 1))
  tail -c +$((fp_a + 1)) "$1" | head -c $((fp_n - fp_a - fp_b)) > "$2"
}
fp_env() {
  if [ "$(LC_ALL=C tr -cd '\\000' < "$3" | wc -c)" -gt 0 ]; then printf '%s f %s env-nul %s\\n' "$B" "$1" "$2"; return 1; fi
  fp_z=$(($(fp_size "$3") + $4))
  if [ "$fp_z" -gt "$EM" ]; then printf '%s f %s env-too-large %s %s\\n' "$B" "$1" "$2" $((fp_z - 1)); return 1; fi
}
fp_late() { [ $((fp_d + P)) -ge "$L" ]; }
IN=\${AWS_SSM_INSTANCE_ID:-}
`;
var responseMarker = (j) => `R${j}`;
var stderrMarker = (j) => `E${j}`;
function blockEnvironment(template, i) {
  const bare = { ...template, blocks: template.blocks.map((b) => ({ ...b, operators: void 0 })) };
  const earlier = Array.from({ length: i }, (_, j) => ({ stdout: responseMarker(j + 1), stderr: stderrMarker(j + 1), exitCode: 0, durationMs: 0 }));
  const env = scriptEnvironment(bare, earlier, template.selfContained ? "" : "IN");
  return Object.entries(env).map(([key, value]) => {
    const m = /^\u0001([RE])(\d+)\u0001$/.exec(value);
    if (m) return { key, block: Number(m[2]), stream: m[1] === "R" ? "response" : "stderr" };
    if (value.includes("")) throw new Error(`environment value of ${key} mixes host output with text`);
    return { key, value };
  });
}
function scriptName(block) {
  const pattern = block.pattern && !block.pattern.includes("/") ? block.pattern : `block-${block.index}-*`;
  return pattern.includes("*") ? pattern.replace("*", String(randomInt(1e9))) : `${randomInt(1e9)}${pattern}`;
}
function templateFunction(template, t) {
  const lines = [`fp_t${t}() {`, `  D=$W/${t}; mkdir "$D" || { printf '%s f 1 temp-dir\\n' "$B"; return; }`];
  lines.push(`  ${template.selfContained ? ': > "$D/in"' : `printf '%s' "$IN" > "$D/in"`} || { printf '%s f 1 write\\n' "$B"; return; }`);
  template.blocks.forEach((block, i) => {
    const b = i + 1;
    const file = `"$D/${scriptName(block).replace(/["$`\\]/g, "_")}"`;
    lines.push(`  # block ${b}`);
    lines.push(`  printf '%s' '${Buffer.from(block.source).toString("base64")}' | fp_dec > ${file} 2>/dev/null || { printf '%s f ${b} decode\\n' "$B"; return; }`);
    lines.push(`  E=; for e in ${block.engines.map(q).join(" ")}; do E=$(fp_which "$e") && break; E=; done`);
    lines.push(`  if [ -z "$E" ]; then printf '%s m ${b}\\n' "$B"; return; fi`);
    lines.push("  set --");
    blockEnvironment(template, i).forEach((entry, n) => {
      if ("value" in entry) {
        lines.push(`  set -- "$@" ${q(`${entry.key}=${entry.value.replace("IN", "")}`)}`);
        return;
      }
      const value = `"$D/${entry.block}.${entry.stream === "response" ? "o" : "e"}.t"`;
      const pass = `fp_env ${b} ${n} ${value} ${Buffer.byteLength(entry.key) + 2} || return; set -- "$@" ${q(`${entry.key}=`)}"$(cat ${value})"`;
      lines.push(entry.stream === "stderr" ? `  if [ -s "$D/${entry.block}.e" ]; then ${pass}; fi` : `  ${pass}`);
    });
    lines.push(`  fp_open ${b} || { printf '%s f ${b} write\\n' "$B"; return; }`);
    lines.push(`  (exec $T env "$@" ${PROBE_MARKER}="$K" "$E" ${block.args.map(q).join(" ")} ${file}) < "$D/in" > "$D/${b}.po" 2> "$D/${b}.pe"; fp_rc=$?; fp_close`);
    lines.push(`  if [ "$fp_rc" -eq 126 ] && grep -q 'Argument list too long' "$D/${b}.e" 2>/dev/null; then printf '%s f ${b} env-exec\\n' "$B"; return; fi`);
    lines.push(`  fp_block ${b} || return`);
    if (b < template.blocks.length) lines.push(`  fp_trim "$D/${b}.o" "$D/${b}.o.t" && fp_trim "$D/${b}.e" "$D/${b}.e.t" || { printf '%s f ${b + 1} write\\n' "$B"; return; }`);
  });
  lines.push("}");
  return lines.join("\n");
}
function templateCall(t) {
  return `printf '%s t ${t}\\n' "$B"; fp_t${t}; printf '%s d ${t}\\n' "$B"`;
}
function buildScripts(templates, boundary, blockTimeoutSeconds) {
  const limits = (hostBytes2) => ({ blockTimeout: blockTimeoutSeconds, blockBytes: MAX_BLOCK_OUTPUT, hostBytes: hostBytes2, token: randomBytes(12).toString("hex") });
  const fixed = Buffer.byteLength(PRELUDE(boundary, limits(MAX_HOST_OUTPUT))) + 200;
  const packed = [];
  const tooLarge = [];
  for (const template of templates) {
    let current = packed.at(-1);
    let body = templateFunction(template, (current?.templates.length ?? 0) + 1);
    if (fixed + Buffer.byteLength(body) > MAX_SCRIPT_BYTES) {
      tooLarge.push({ template, bytes: fixed + Buffer.byteLength(body) });
      continue;
    }
    if (!current || current.bytes + Buffer.byteLength(body) + 80 > MAX_SCRIPT_BYTES) {
      current = { templates: [], bodies: [], bytes: fixed };
      packed.push(current);
      body = templateFunction(template, 1);
    }
    current.templates.push(template);
    current.bodies.push(body);
    current.bytes += Buffer.byteLength(body) + 80;
  }
  const hostBytes = Math.floor(MAX_HOST_OUTPUT / Math.max(1, packed.length));
  return {
    parts: packed.map((p) => ({
      templates: p.templates,
      hostBytes,
      script: [
        PRELUDE(boundary, limits(hostBytes)),
        ...p.bodies,
        `printf '%s begin ${FRAME_VERSION}\\n' "$B"`,
        ...p.templates.map((_, i) => templateCall(i + 1)),
        `printf '%s end ${p.templates.length}\\n' "$B"`,
        "exit 0",
        ""
      ].join("\n")
    })),
    tooLarge
  };
}

// src/transport/ssm/selectors.ts
var INSTANCE_ID = /^(i-([0-9a-f]{8}|[0-9a-f]{17})|mi-[0-9a-f]{17})$/;
var TAG_KEY = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]{1,128}$/u;
var MAX_VALUES = 50;
function parseInstanceIds(ids) {
  const bad = ids.filter((id) => !INSTANCE_ID.test(id));
  if (bad.length > 0) {
    const shown = bad.slice(0, 3).map((id) => `'${id}'`).join(", ");
    const hint = bad.some((id) => INSTANCE_ID.test(id.toLowerCase())) ? ", x a lower-case hex digit" : "";
    throw new UserError(`input instance-ids: ${shown}${bad.length > 3 ? ` and ${bad.length - 3} more` : ""} ${bad.length === 1 ? "is not an instance id" : "are not instance ids"} (expected i-xxxxxxxx, i-xxxxxxxxxxxxxxxxx or mi-xxxxxxxxxxxxxxxxx${hint})`);
  }
  return [...new Set(ids)];
}
function parseSelector(line) {
  const text = line.trim();
  const eq = text.indexOf("=");
  const bad = (why) => new UserError(`input targets: '${text}': ${why} (expected tag:Key=v1,v2, tag-key=Key or resource-groups:Name=group)`);
  if (eq <= 0) throw bad("no =");
  const key = text.slice(0, eq).trim();
  const values = text.slice(eq + 1).split(",").map((v) => v.trim()).filter((v) => v !== "");
  if (values.length === 0) throw bad("no value after =");
  if (values.length > MAX_VALUES) throw bad(`${values.length} values; SSM allows at most ${MAX_VALUES}`);
  if (key.startsWith("tag:")) {
    const tag = key.slice(4);
    if (!TAG_KEY.test(tag)) throw bad(`'${tag}' is not a valid tag key`);
    return { kind: "tag", key: tag, values, text };
  }
  if (key === "tag-key") {
    const badKey = values.find((k) => !TAG_KEY.test(k));
    if (badKey !== void 0) throw bad(`'${badKey}' is not a valid tag key`);
    return { kind: "tag-key", keys: values, text };
  }
  if (key === "resource-groups:Name") {
    if (values.length !== 1) throw bad("SSM takes exactly one resource group name per selector");
    return { kind: "resource-group", name: values[0], text };
  }
  throw bad(`unknown key '${key}'`);
}
function parseSelectors(lines) {
  return lines.map(parseSelector);
}

// src/transport/ssm/targets.ts
var BATCH = 50;
function chunk(items, size = BATCH) {
  const out = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
async function lookUp(api, ids) {
  try {
    return new Map((await api.describeInstances({ key: "InstanceIds", values: ids })).map((i) => [i.id, i]));
  } catch (e) {
    if (errorName(e) !== "InvalidInstanceId") throw e;
    if (ids.length === 1) return /* @__PURE__ */ new Map();
    const half = Math.ceil(ids.length / 2);
    const [a, b] = await Promise.all([lookUp(api, ids.slice(0, half)), lookUp(api, ids.slice(half))]);
    return new Map([...a, ...b]);
  }
}
function targetOf(id, where2, info) {
  return { id, transport: "ssm", account: where2.account, region: where2.region, ...info?.name ? { name: info.name } : {}, ...info?.platform ? { platform: info.platform } : {} };
}
async function findIds(api, ids) {
  if (ids.length === 0) return { found: /* @__PURE__ */ new Map(), anyManaged: false };
  const wanted = new Set(ids);
  const listing = await api.listInstances(Math.ceil(ids.length / BATCH));
  const found = new Map(listing.instances.filter((i) => wanted.has(i.id)).map((i) => [i.id, i]));
  if (!listing.complete) {
    const known = await Promise.all(chunk(ids.filter((id) => !found.has(id))).map((batch) => lookUp(api, batch)));
    for (const m of known) for (const [id, info] of m) found.set(id, info);
  }
  return { found, anyManaged: listing.instances.length > 0 };
}
async function resolveTargets(api, where2, ids, selectors) {
  const { found, anyManaged } = await findIds(api, ids);
  const order = ids.filter((id) => found.has(id));
  for (const s of selectors) {
    if (s.kind === "resource-group") continue;
    const filter = s.kind === "tag" ? { key: `tag:${s.key}`, values: s.values } : { key: "tag-key", values: s.keys };
    for (const info of await api.describeInstances(filter)) {
      if (!found.has(info.id)) order.push(info.id);
      found.set(info.id, info);
    }
  }
  const groups = selectors.filter((s) => s.kind === "resource-group");
  const managed = found.size > 0 || groups.length > 0 || anyManaged || ids.length === 0 && (await api.listInstances(1)).instances.length > 0;
  const out = { send: [], unaudited: [], order: [...new Set(order)], groups, managed };
  for (const id of out.order) {
    const info = found.get(id);
    const target = targetOf(id, where2, info);
    if (info.pingStatus !== "Online") out.unaudited.push({ target, reason: "offline", detail: `the SSM agent is not reachable (ping status ${info.pingStatus})` });
    else if (info.platformType !== "Linux") out.unaudited.push({ target, reason: "wrong-platform", detail: `platform ${info.platformType}; code templates run on Linux` });
    else out.send.push(target);
  }
  return out;
}
var NOT_MANAGED = "not a managed instance that this role can see (no SSM agent registered, stopped or terminated, or no permission)";

// src/transport/ssm/collect.ts
import { setTimeout as sleep } from "node:timers/promises";

// src/transport/ssm/frames.ts
var Broken = class extends Error {
};
function parseFrames(buf, boundary, templateCount) {
  const out = { templates: Array.from({ length: templateCount }, () => void 0), complete: false, skipped: Array.from({ length: templateCount }, () => void 0) };
  let pos = 0;
  const line = () => {
    const nl = buf.indexOf(10, pos);
    if (nl < 0) throw new Broken("output ends inside a frame header");
    const words = buf.subarray(pos, nl).toString("latin1").split(" ");
    if (words[0] !== boundary) throw new Broken("a line where a frame header was expected");
    pos = nl + 1;
    return words.slice(1);
  };
  const content = (n, encoding) => {
    if (pos + n + 1 > buf.length) throw new Broken("output ends inside a block's output");
    if (buf[pos + n] !== 10) throw new Broken("a block's output does not match its length");
    const raw = buf.subarray(pos, pos + n);
    if (encoding !== "r" && encoding !== "b") throw new Broken(`unknown output encoding '${encoding ?? ""}'`);
    if (encoding === "b" && !/^[A-Za-z0-9+/]*={0,2}$/.test(raw.toString("latin1"))) throw new Broken("a block's encoded output is not base64");
    pos += n + 1;
    return decodeOutput(encoding === "b" ? Buffer.from(raw.toString("latin1"), "base64") : raw);
  };
  const num = (s) => {
    if (s === void 0 || !/^-?\d{1,15}$/.test(s)) throw new Broken(`'${s ?? ""}' where a number was expected`);
    return Number(s);
  };
  const expect = (words, ...want) => {
    if (want.some((w, i) => words[i] !== w)) throw new Broken(`frame '${words.join(" ").slice(0, 80)}' where '${want.join(" ")}' was expected`);
  };
  const resync = (t, from) => {
    let at = buf.indexOf(`
${boundary} t ${t + 1}
`, from - 1);
    if (at < 0) at = buf.indexOf(`
${boundary} end ${templateCount}
`, from - 1);
    if (at < 0) return false;
    pos = at + 1;
    return true;
  };
  const stream = (words, name, b) => {
    if (words[0] === "c") {
      expect(words, "c", name, String(b));
      if (words[4] !== "block" && words[4] !== "host") throw new Broken(`unknown cap '${words[4] ?? ""}'`);
      return { kind: "cut", stream: name, size: num(words[3]), cap: words[4] };
    }
    expect(words, name, String(b));
    return content(num(words[2]), words[3]);
  };
  try {
    const first = line();
    if (first[0] === "fatal") {
      out.fatal = first.slice(1).join(" ");
      return out;
    }
    expect(first, "begin", FRAME_VERSION);
    for (let t = 1; t <= templateCount; t++) {
      const head = line();
      if (head[0] === "fatal") {
        out.fatal = head.slice(1).join(" ");
        return out;
      }
      if (head[0] === "end") {
        expect(head, "end", String(templateCount));
        out.complete = true;
        return out;
      }
      expect(head, "t", String(t));
      const start = pos;
      try {
        out.templates[t - 1] = template(t);
      } catch (e) {
        if (!(e instanceof Broken)) throw e;
        if (!resync(t, start)) {
          out.problem = e.message;
          return out;
        }
        out.skipped[t - 1] = e.message;
      }
    }
    expect(line(), "end", String(templateCount));
    out.complete = true;
  } catch (e) {
    if (!(e instanceof Broken)) throw e;
    out.problem ??= e.message;
  }
  return out;
  function template(t) {
    const blocks = [];
    for (let b = 1; ; b++) {
      const words = line();
      if (words[0] === "d") {
        expect(words, "d", String(t));
        return blocks;
      }
      if (words[0] === "m") {
        expect(words, "m", String(b));
        blocks.push({ kind: "engine-missing" });
      } else if (words[0] === "f") {
        expect(words, "f", String(b));
        const why = words[2] ?? "";
        if (why === "env-nul" || why === "env-too-large" || why === "env-exec") {
          blocks.push({ kind: "env", problem: why, ...words[3] !== void 0 ? { entry: num(words[3]) } : {}, ...words[4] !== void 0 ? { size: num(words[4]) } : {} });
        } else blocks.push({ kind: "failed", why });
      } else {
        const stdout = stream(words, "o", b);
        const stderr = stream(line(), "e", b);
        const x = line();
        expect(x, "x", String(b));
        const exitCode = num(x[2]);
        const ms = num(x[3]);
        const precisionMs = num(x[4]);
        if (typeof stdout !== "string") blocks.push(stdout);
        else if (typeof stderr !== "string") blocks.push(stderr);
        else blocks.push({ kind: "ran", stdout, stderr, exitCode, ms, precisionMs });
      }
    }
  }
}
function toBlockRuns(raw, template, blockTimeoutSeconds) {
  const runs = [];
  for (const [i, r] of raw.entries()) {
    const block = template.blocks[i];
    if (!block) return void 0;
    const n = block.index;
    switch (r.kind) {
      case "engine-missing":
        runs.push(failed("engine-missing", `none of the engines ${block.engines.join(", ")} is on PATH`));
        break;
      case "failed":
        runs.push(failed("failed", FAILED[r.why]?.(n) ?? `block ${n} failed on the host`));
        break;
      case "cut": {
        const stream = r.stream === "o" ? "stdout" : "stderr";
        runs.push(
          failed(
            "incomplete-output",
            r.cap === "block" ? `block ${n} wrote more than ${bytes(MAX_BLOCK_OUTPUT)} to ${stream}; the host stopped it at ${bytes(r.size)}` : `this host's output passed what a run reads per host, at block ${n}'s ${stream} (${bytes(r.size)})`
          )
        );
        break;
      }
      case "env": {
        const failure = environmentFailure(r, template, i);
        runs.push(failed(failure.reason, failure.detail));
        break;
      }
      case "ran":
        if (r.ms + r.precisionMs >= blockTimeoutSeconds * 1e3 - 50) {
          runs.push({ ...failed("timed-out", `block ${n} ran past its ${blockTimeoutSeconds}s timeout`), durationMs: r.ms });
        } else runs.push({ stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode, durationMs: r.ms });
    }
  }
  const last = runs.at(-1);
  if (runs.length < template.blocks.length && !last?.failure) return void 0;
  return runs;
}
function environmentFailure(r, template, i) {
  const n = i + 1;
  const key = r.entry === void 0 ? void 0 : blockEnvironment(template, i)[r.entry]?.key;
  if (r.problem === "env-exec") return { reason: "environment-too-large", detail: `block ${n} could not start: its environment is more than the host lets a program start with (E2BIG)` };
  if (key === void 0) return { reason: "failed", detail: `block ${n}: the host named an environment entry the block does not have` };
  if (r.problem === "env-nul") return { reason: "failed", detail: `block ${n} could not start: ${key} holds a NUL byte, which an environment variable cannot carry` };
  return {
    reason: "environment-too-large",
    detail: `block ${n} could not start: ${key} takes ${bytes(r.size ?? 0)}, more than the ${bytes(MAX_ENV_STRING - 1)} Linux allows one environment variable`
  };
}
var FAILED = {
  decode: (n) => `block ${n}: could not decode its source on the host (needs base64 or openssl)`,
  "temp-dir": (n) => `block ${n}: could not create a temp dir on the host`,
  write: (n) => `block ${n}: the host could not store its output or files on its disk (is it full?)`
};
function failed(reason, detail) {
  return { stdout: "", stderr: "", exitCode: null, durationMs: 0, failure: { reason, detail } };
}

// src/transport/ssm/status.ts
var RUNNING = /* @__PURE__ */ new Set(["Pending", "InProgress", "Delayed", "Cancelling"]);
function terminalState(status, statusDetails, responseCode) {
  if (RUNNING.has(status)) return void 0;
  if (status === "Success") return { kind: "ran" };
  const details = statusDetails.replace(/\s+/g, "").toLowerCase();
  const stopped2 = (reason, detail) => ({ kind: "stopped", reason, detail });
  switch (details) {
    case "deliverytimedout":
      return stopped2("delivery-timed-out", "SSM could not deliver the command before delivery-timeout (the agent was unreachable)");
    case "executiontimedout":
      return stopped2("execution-timed-out", "the probe script ran past execution-timeout and the agent stopped it");
    case "undeliverable":
      return stopped2("undeliverable", "SSM could not deliver the command (the instance is missing or not responding)");
    case "invalidplatform":
      return stopped2("wrong-platform", "SSM refused the command: AWS-RunShellScript does not run on this platform");
    case "accessdenied":
      return stopped2("access-denied", "SSM refused the command for this instance (access denied)");
    case "terminated":
      return stopped2("terminated", "SSM stopped the rollout before this instance (max-errors was reached)");
  }
  if (status === "Cancelled") return stopped2("cancelled", "the command was cancelled");
  if (status === "TimedOut") return stopped2("timed-out", `the command timed out (${statusDetails || "no detail"})`);
  return stopped2("failed", `the probe script did not finish on the host (${statusDetails || status}${responseCode !== void 0 ? `, exit ${responseCode}` : ""})`);
}

// src/transport/ssm/collect.ts
var PLUGIN_OUTPUT_MAX = 2500;
var STDOUT_MAX = 24e3;
var TRUNCATED = "---Output truncated---";
var FINAL_LOOK_MS = 1e3;
var FRAME_SLACK = 1024 * 1024;
var s3Reads = new Pacer(2);
var MAX_FAILED_LOOKS = 5;
function track(sent) {
  return { sent, targets: new Map((sent.targets ?? []).map((t) => [t.id, t])), read: /* @__PURE__ */ new Set(), reading: /* @__PURE__ */ new Set(), finished: false, failures: 0 };
}
async function pollRound(options, tracked) {
  const runs = [];
  await Promise.all(
    tracked.filter((t) => !t.finished).map(
      (t) => look(options, t, runs, void 0).then(
        () => void (t.failures = 0),
        (e) => {
          if (options.signal?.aborted) return;
          if (++t.failures < MAX_FAILED_LOOKS) return;
          t.finished = true;
          settleRest(options, t, runs, { reason: "failed", detail: `could not read the command's results: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}` });
        }
      )
    )
  );
  return runs;
}
async function stopCommands(options, tracked) {
  const runs = [];
  const open = () => tracked.filter((t) => !t.finished);
  if (open().length === 0) return runs;
  const { reason, detail } = stopReason(options.signal, options.deadlineSeconds);
  const stoppedBy = { reason, detail: `${detail} before this host finished; its command was cancelled` };
  const last = Promise.all([
    ...open().map((t) => options.api.cancelCommand(t.sent.commandId).catch(() => void 0)),
    ...open().map((t) => look(options, t, runs, stoppedBy).catch(() => void 0))
  ]);
  const timer = new AbortController();
  await Promise.race([last, sleep(FINAL_LOOK_MS, void 0, { signal: timer.signal }).catch(() => void 0)]);
  timer.abort();
  for (const t of open()) settleRest(options, t, runs, stoppedBy);
  for (const t of tracked) t.finished = true;
  return [...runs];
}
function settleRest(options, t, runs, unaudited) {
  for (const target of t.targets.values()) {
    if (t.read.has(target.id) && !t.reading.has(target.id)) continue;
    t.read.add(target.id);
    for (const template of options.parts[t.sent.part].templates) runs.push({ target, templateId: template.id, unaudited, commandId: t.sent.commandId });
  }
}
function totalCalls(api) {
  return api.calls.ListCommandInvocations + api.calls.GetCommandInvocation + api.calls.ListCommands + api.calls.S3GetObject;
}
async function look(options, t, runs, stoppedBy) {
  const { api } = options;
  const listed = [];
  let token;
  for (let page = 0; page < 1e3; page++) {
    const out = await api.listInvocations(t.sent.commandId, token);
    listed.push(...out.invocations);
    token = out.nextToken;
    if (!token) break;
  }
  const reads = [];
  for (const inv of listed) {
    if (t.read.has(inv.instanceId)) continue;
    const state = terminalState(inv.status, inv.statusDetails, inv.responseCode);
    if (!state) continue;
    const target = t.targets.get(inv.instanceId) ?? targetOf(inv.instanceId, options, inv.name ? { id: inv.instanceId, pingStatus: "Online", platformType: "Linux", name: inv.name } : void 0);
    t.targets.set(target.id, target);
    t.read.add(target.id);
    const effective = stoppedBy && state.kind === "stopped" && state.reason === "cancelled" ? { kind: "stopped", ...stoppedBy } : state;
    t.reading.add(target.id);
    reads.push(
      read(options, t.sent, target, inv, effective).then(
        (r) => {
          if (r === void 0) t.read.delete(target.id);
          else runs.push(...r);
        },
        (e) => {
          t.read.delete(target.id);
          throw e;
        }
      ).finally(() => t.reading.delete(target.id))
    );
  }
  await Promise.all(reads);
  if (t.sent.group === void 0) {
    t.finished = t.read.size === t.targets.size;
  } else if (listed.length > 0 && listed.every((i) => t.read.has(i.instanceId))) {
    const status = await api.commandStatus(t.sent.commandId);
    t.finished = status !== void 0 && !["Pending", "InProgress", "Cancelling"].includes(status.status) && t.read.size >= status.targetCount;
  }
}
async function read(options, sent, target, inv, state) {
  const part = options.parts[sent.part];
  const templates = part.templates;
  const parse = (output) => parseFrames(typeof output === "string" ? Buffer.from(output, "utf8") : output, options.boundary, templates.length);
  let parsed = parse(inv.output);
  let why;
  const whole = (p) => p.complete || p.fatal !== void 0;
  if (!whole(parsed) && (state.kind === "ran" || looksCut(inv.output, PLUGIN_OUTPUT_MAX))) {
    const full = await options.api.getInvocation(sent.commandId, target.id);
    if (!full) return void 0;
    parsed = parse(full.stdout);
    if (!whole(parsed) && looksCut(full.stdout, STDOUT_MAX)) {
      const key = s3Key(options.prefix, sent.commandId, target.id);
      if (!options.bucket) why = "the output is longer than the 24,000 characters SSM returns; set output-s3-bucket to read it whole";
      else {
        const bucket = options.bucket;
        const cap = part.hostBytes + FRAME_SLACK;
        const object = await s3Reads.run(() => options.api.getS3Object(bucket, key, cap));
        if (object === void 0) why = `the full output was not found in s3://${bucket}/${key}`;
        else {
          parsed = parse(object.bytes);
          if (object.size > cap) why = `this host's output is ${bytes(object.size)}, more than the ${bytes(cap)} a run reads per host; only the templates within it were read`;
        }
      }
    }
  }
  return templates.map((template, k) => {
    const base = { target, templateId: template.id, commandId: sent.commandId };
    if (parsed.fatal !== void 0) return { ...base, unaudited: { reason: "failed", detail: `the probe script could not start on the host (${parsed.fatal})` } };
    const raw = parsed.templates[k];
    if (raw) {
      const blocks = toBlockRuns(raw, template, options.blockTimeoutSeconds);
      return blocks ? { ...base, blocks } : { ...base, unaudited: { reason: "incomplete-output", detail: "the frames of this template do not add up" } };
    }
    const skipped = parsed.skipped[k];
    if (skipped !== void 0) return { ...base, unaudited: { reason: "incomplete-output", detail: `the frames of this template are broken (${skipped}); the host's other templates were read` } };
    if (state.kind === "stopped") return { ...base, unaudited: { reason: state.reason, detail: state.detail } };
    return { ...base, unaudited: { reason: "incomplete-output", detail: why ?? `the output came back cut or malformed (${parsed.problem ?? "no frames"})` } };
  });
}
function looksCut(text, max) {
  return text.includes(TRUNCATED) || text.length >= max - TRUNCATED.length - 1;
}
function s3Key(prefix, commandId, instanceId) {
  const base = `${commandId}/${instanceId}/awsrunShellScript/0.awsrunShellScript/stdout`;
  return prefix ? `${prefix.replace(/\/+$/, "")}/${base}` : base;
}

// src/transport/ssm/dispatch.ts
function commandRequest(options, script) {
  return {
    DocumentName: "AWS-RunShellScript",
    Parameters: { commands: [script], executionTimeout: [String(options.executionTimeout)] },
    TimeoutSeconds: options.deliveryTimeout,
    MaxConcurrency: options.maxConcurrency,
    MaxErrors: options.maxErrors,
    ...options.comment ? { Comment: options.comment } : {},
    ...options.outputS3Bucket ? { OutputS3BucketName: options.outputS3Bucket } : {},
    ...options.outputS3Bucket && options.outputS3KeyPrefix ? { OutputS3KeyPrefix: options.outputS3KeyPrefix } : {}
  };
}
async function dispatch(api, options, parts, targets, groups, onCommand, where2) {
  const sent = [];
  const refused = [];
  let lonelyDenials = 0;
  const worthHalving = (e, size) => size > 1 && (errorName(e) === "InvalidInstanceId" || /AccessDenied/.test(errorName(e)) && (sent.length > 0 || lonelyDenials < 3));
  const send = async (part, batch) => {
    try {
      const commandId = await api.sendCommand({ ...commandRequest(options, parts[part].script), InstanceIds: batch.map((t) => t.id) });
      onCommand(commandId);
      sent.push({ commandId, part, targets: batch });
    } catch (e) {
      if (worthHalving(e, batch.length)) {
        const half = Math.ceil(batch.length / 2);
        await Promise.all([send(part, batch.slice(0, half)), send(part, batch.slice(half))]);
        return;
      }
      if (batch.length === 1 && /AccessDenied/.test(errorName(e))) lonelyDenials++;
      const reason = errorName(e) === "InvalidInstanceId" ? "not-managed" : /AccessDenied/.test(errorName(e)) ? "access-denied" : "failed";
      for (const target of batch) refused.push({ target, part, reason, detail: `SendCommand refused: ${oneLine(e)}` });
    }
  };
  const sendGroup = async (part, group) => {
    try {
      const commandId = await api.sendCommand({ ...commandRequest(options, parts[part].script), Targets: [{ Key: "resource-groups:Name", Values: [group.name] }] });
      onCommand(commandId);
      sent.push({ commandId, part, group: group.text });
    } catch (e) {
      refused.push({ target: { id: group.text, transport: "ssm", account: where2.account, region: where2.region }, part, reason: "failed", detail: `SendCommand refused: ${oneLine(e)}` });
    }
  };
  await Promise.all(parts.flatMap((_, part) => [...chunk(targets).map((batch) => send(part, batch)), ...groups.map((g) => sendGroup(part, g))]));
  return { sent, refused };
}

// src/transport/ssm/scopes/state.ts
var PREFLIGHT_FAILURES = ["role-not-assumable", "regions-not-listed", "region-not-enabled", "access-denied", "ssm-unreachable", "throttled-out", "ssm-error"];
function toTracked(c) {
  const t = track({ commandId: c.commandId, part: c.part, ...c.group === void 0 ? { targets: c.targets } : { group: c.group } });
  for (const target of c.targets) t.targets.set(target.id, target);
  for (const id of c.read) t.read.add(id);
  t.finished = c.finished;
  t.failures = c.failures;
  return t;
}
function fromTracked(t) {
  return {
    commandId: t.sent.commandId,
    part: t.sent.part,
    ...t.sent.group === void 0 ? {} : { group: t.sent.group },
    targets: [...t.targets.values()],
    read: [...t.read],
    finished: t.finished,
    failures: t.failures
  };
}
function scopeGap(state) {
  if (state.status === "audited" || state.status === "running") return void 0;
  if (state.status === "no-managed-instances" && !state.scope.named) return void 0;
  return { kind: "scope", account: state.scope.account, region: state.scope.region, state: state.status, reason: state.detail ?? state.status };
}
function where(scope) {
  return `${scope.account}/${scope.region}`;
}

// src/transport/ssm/scopes/scope.ts
var FINAL_LOOK_MS2 = 1e4;
async function dispatchScope(ctx, scope, signal) {
  const state = { scope: { account: scope.account, region: scope.region, named: scope.named }, status: "running", boundary: ctx.boundary, dispatchedAt: Date.now(), commands: [] };
  const ended = (status, detail) => ({ state: { ...state, status, detail }, runs: [] });
  if (scope.failed) return ended(scope.failed.status, scope.failed.detail);
  if (signal?.aborted) return ended(...stopped(ctx, signal));
  try {
    await ctx.accounts.reach(scope.account, signal);
  } catch (e) {
    if (aborted(e, signal)) return ended(...stopped(ctx, signal));
    return ended("role-not-assumable", `could not assume ${ctx.accounts.roleIn(scope.account)}: ${oneLine(e)}`);
  }
  const api = ctx.apiFor(scope);
  api.signal = signal;
  let resolution;
  try {
    resolution = await resolveTargets(api, scope, ctx.ids, ctx.selectors);
  } catch (e) {
    return ended(...preflightFailure(ctx, e, signal));
  }
  if (!resolution.managed) return ended("no-managed-instances", `no instance in ${where(scope)} is managed by SSM (no agent registered, or SSM not set up in this region)`);
  const runs = [];
  const each = (targets, templates, unaudited) => {
    for (const target of targets) for (const t of templates) runs.push({ target, templateId: t.id, unaudited });
  };
  for (const u of resolution.unaudited) each([u.target], ctx.templates, { reason: u.reason, detail: u.detail });
  for (const { template, bytes: bytes2 } of ctx.tooLarge) {
    each(resolution.send, [template], { reason: "failed", detail: `this template makes a ${bytes2}-byte script; an SSM command document is limited to 64 KB` });
  }
  const nothingToSend = resolution.send.length === 0 && resolution.groups.length === 0 || ctx.parts.length === 0;
  if (nothingToSend) return { state: { ...state, status: "audited" }, runs };
  if (signal?.aborted) {
    each(resolution.send, ctx.parts.flatMap((p) => p.templates), { ...stopReason(signal, ctx.options.deadline), detail: "the run stopped before anything was sent" });
    return { state: { ...state, status: "audited" }, runs };
  }
  const { sent, refused } = await dispatch(api, ctx.options, ctx.parts, resolution.send, resolution.groups, (id) => ctx.onCommand?.(id, scope), scope);
  for (const r of refused) each([r.target], ctx.parts[r.part].templates, { reason: r.reason, detail: r.detail });
  state.commands = sent.map((s) => fromTracked(track(s)));
  state.dispatchedAt = Date.now();
  return { state: { ...state, status: sent.length > 0 ? "running" : "audited" }, runs };
}
async function pollScope(ctx, state, signal) {
  if (state.status !== "running") return { done: true, runs: [], state };
  const api = ctx.apiFor(state.scope);
  api.signal = signal;
  const tracked = state.commands.map(toTracked);
  const before = totalCalls(api);
  const runs = await pollRound(collectOptions(ctx, api, state, signal), tracked);
  ctx.onRound?.(totalCalls(api) - before, state.scope);
  const done = tracked.every((t) => t.finished);
  return { done, runs, state: { ...state, status: done ? "audited" : "running", commands: tracked.map(fromTracked) } };
}
async function stopScope(ctx, state, signal) {
  if (state.status !== "running") return { runs: [], state };
  const api = ctx.apiFor(state.scope);
  api.signal = AbortSignal.timeout(FINAL_LOOK_MS2);
  const tracked = state.commands.map(toTracked);
  const runs = await stopCommands(collectOptions(ctx, api, state, signal), tracked);
  return { runs, state: { ...state, status: "audited", commands: tracked.map(fromTracked) } };
}
function nextPollMs(state, poll, now = Date.now()) {
  return Math.min(poll.maxMs, Math.max(poll.minMs, (now - state.dispatchedAt) / 4));
}
function collectOptions(ctx, api, state, signal) {
  if (state.boundary !== ctx.boundary) throw new Error("scope state belongs to another run (frame boundary differs)");
  const o = ctx.options;
  return {
    api,
    parts: ctx.parts,
    boundary: ctx.boundary,
    blockTimeoutSeconds: o.timeout,
    account: state.scope.account,
    region: state.scope.region,
    bucket: o.outputS3Bucket,
    prefix: o.outputS3KeyPrefix,
    deadlineSeconds: o.deadline,
    signal
  };
}
function stopped(ctx, signal) {
  const { reason } = stopReason(signal, ctx.options.deadline);
  return [reason === "deadline-exceeded" ? "deadline-exceeded" : "cancelled", reason === "deadline-exceeded" ? `the run's deadline (${ctx.options.deadline}s) passed before this scope was reached` : "the run was cancelled before this scope was reached"];
}
function preflightFailure(ctx, e, signal) {
  if (aborted(e, signal)) return stopped(ctx, signal);
  const name = errorName(e);
  const status = e.$metadata?.httpStatusCode;
  if (THROTTLING.has(name) || status === 429) return ["throttled-out", `SSM kept throttling the pre-flight past every retry (${oneLine(e)})`];
  if (noAnswer(e)) return ["ssm-unreachable", `SSM did not answer (${oneLine(e)}); check the network and any AWS_ENDPOINT_URL settings`];
  if (name === "UnrecognizedClientException" || name === "InvalidClientTokenId") return ["region-not-enabled", `SSM did not accept the account's credentials in this region, which is usually not enabled for the account (${oneLine(e)})`];
  if (/AccessDenied/.test(name)) return ["access-denied", `SSM refused the pre-flight (${oneLine(e)}); the role needs ssm:DescribeInstanceInformation`];
  if (status !== void 0 && status >= 500) return ["ssm-unreachable", `SSM failed past every retry (${oneLine(e)})`];
  return ["ssm-error", `the pre-flight failed (${oneLine(e)})`];
}

// src/transport/ssm/scopes/fanout.ts
var DISPATCHING_AT_ONCE = 16;
async function auditScopes(ctx, scopes, poll, signal) {
  const gate = new Pacer(DISPATCHING_AT_ONCE);
  const dispatched = await Promise.all(
    scopes.map(
      (scope) => gate.run(async () => {
        const d = await dispatchScope(ctx, scope, signal);
        ctx.onProgress?.((/* @__PURE__ */ new Set([...d.runs.map((r) => r.target.id), ...d.state.commands.flatMap((c) => c.targets.map((t) => t.id))])).size, d.runs);
        return d;
      })
    )
  );
  const results = await Promise.all(dispatched.map((d) => follow(ctx, d, poll, signal)));
  const states = results.map((r) => r.state);
  const failures = states.filter((s) => PREFLIGHT_FAILURES.includes(s.status));
  if (failures.length > 0 && failures.length === states.length) {
    const first = failures[0];
    throw new UserError(states.length === 1 ? `${where(first.scope)}: ${first.detail}` : `no scope could be audited (${failures.length} of ${states.length} failed); ${where(first.scope)}: ${first.detail}`);
  }
  return {
    runs: merge(results, ctx.ids, ctx.templates),
    gaps: states.map(scopeGap).filter((g) => g !== void 0),
    states
  };
}
async function follow(ctx, dispatched, poll, signal) {
  let { state } = dispatched;
  const runs = [...dispatched.runs];
  for (let round = 0; round < 1e6 && state.status === "running"; round++) {
    const delay = round === 0 ? poll.minMs - (Date.now() - state.dispatchedAt) : nextPollMs(state, poll);
    await sleep2(jitter(Math.max(0, delay)), signal);
    if (signal?.aborted) {
      const stopped2 = await stopScope(ctx, state, signal);
      runs.push(...stopped2.runs);
      ctx.onProgress?.(0, stopped2.runs);
      return { state: stopped2.state, runs };
    }
    const polled = await pollScope(ctx, state, signal);
    runs.push(...polled.runs);
    ctx.onProgress?.(0, polled.runs);
    state = polled.state;
  }
  return { state, runs };
}
function merge(results, ids, templates) {
  const runs = oncePerTarget(results.flatMap((r) => r.runs));
  const seen = new Set(runs.map((r) => r.target.id));
  const only = results.length === 1 ? results[0].state.scope : void 0;
  const unsearched = results.filter((r) => PREFLIGHT_FAILURES.includes(r.state.status) || r.state.status === "cancelled" || r.state.status === "deadline-exceeded").length;
  const detail = unsearched > 0 ? `${NOT_MANAGED}; ${unsearched} of ${results.length} scopes could not be searched` : NOT_MANAGED;
  for (const id of ids) {
    if (seen.has(id)) continue;
    seen.add(id);
    const target = { id, transport: "ssm", ...only && only.region !== "*" ? { account: only.account, region: only.region } : {} };
    for (const t of templates) runs.push({ target, templateId: t.id, unaudited: { reason: "not-managed", detail } });
  }
  const rank = new Map(ids.map((id, i) => [id, i]));
  for (const r of runs) if (!rank.has(r.target.id)) rank.set(r.target.id, rank.size);
  const tRank = new Map(templates.map((t, i) => [t.id, i]));
  return runs.sort((a, b) => rank.get(a.target.id) - rank.get(b.target.id) || (tRank.get(a.templateId) ?? 0) - (tRank.get(b.templateId) ?? 0));
}
function oncePerTarget(runs) {
  const kept = /* @__PURE__ */ new Map();
  for (const run of runs) {
    const key = `${run.target.id}\0${run.templateId}`;
    const seen = kept.get(key);
    if (!seen || "unaudited" in seen && "blocks" in run) kept.set(key, run);
  }
  return [...kept.values()];
}
function jitter(ms) {
  return Math.round(ms * (0.9 + Math.random() * 0.2));
}
function sleep2(ms, signal) {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
    signal?.addEventListener("abort", done, { once: true });
  });
}

// src/transport/ssm/scopes/organization.ts
var import_client_organizations = __toESM(require_dist_cjs3(), 1);
async function organizationAccounts(session, region, selection, w, signal) {
  if (!selection.organization && selection.units.length === 0) return [];
  const client = new import_client_organizations.OrganizationsClient(clientSettings(session, region));
  watch(client.middlewareStack, w);
  const extra = signal ? [{ abortSignal: signal }] : [];
  const active = (accounts) => (accounts ?? []).filter((a) => a.Id && (a.State ?? a.Status) === "ACTIVE").map((a) => a.Id);
  const found = [];
  try {
    if (selection.organization) {
      for await (const page of (0, import_client_organizations.paginateListAccounts)({ client, stopOnSameToken: true }, {}, ...extra)) found.push(...active(page.Accounts));
    } else {
      const seen = /* @__PURE__ */ new Set();
      const queue = [...selection.units];
      while (queue.length > 0) {
        const unit = queue.shift();
        if (seen.has(unit)) continue;
        seen.add(unit);
        for await (const page of (0, import_client_organizations.paginateListAccountsForParent)({ client, stopOnSameToken: true }, { ParentId: unit }, ...extra)) found.push(...active(page.Accounts));
        for await (const page of (0, import_client_organizations.paginateListOrganizationalUnitsForParent)({ client, stopOnSameToken: true }, { ParentId: unit }, ...extra)) {
          for (const ou of page.OrganizationalUnits ?? []) if (ou.Id) queue.push(ou.Id);
        }
      }
    }
  } catch (e) {
    if (aborted(e, signal)) throw e;
    throw new UserError(`input accounts: ${refusal(e)}`);
  } finally {
    client.destroy();
  }
  return [...new Set(found)];
}
function refusal(e) {
  switch (errorName(e)) {
    case "AWSOrganizationsNotInUseException":
      return `the current account is not in an AWS Organization (${oneLine(e)})`;
    case "AccessDeniedException":
      return `AWS Organizations refused to list the accounts (${oneLine(e)}); run from the management account or a delegated administrator, with organizations:ListAccounts, ListAccountsForParent and ListOrganizationalUnitsForParent`;
    case "ParentNotFoundException":
      return `an OU was not found in the organization (${oneLine(e)})`;
    default:
      return `AWS Organizations could not list the accounts (${oneLine(e)})`;
  }
}

// src/transport/ssm/scopes/regions.ts
var import_client_account = __toESM(require_dist_cjs4(), 1);
init_client2();
import { lookup } from "node:dns/promises";
var DNS_TIMEOUT_MS = 1500;
var resolves = (host) => Promise.race([
  lookup(host).then(
    () => true,
    () => false
  ),
  new Promise((r) => setTimeout(() => r(false), DNS_TIMEOUT_MS).unref())
]);
async function checkRegions(regions, input, overridden, resolve = resolves) {
  const unknown = regions.filter((r) => !("description" in partition(r)));
  for (const r of unknown) {
    if (!REGION_NAME.test(r)) throw new UserError(`input ${input}: '${r}' is not a region name (expected names like eu-west-1)`);
  }
  if (overridden) return;
  const missing = (await Promise.all(unknown.map(async (r) => await resolve(`ssm.${r}.${partition(r).dnsSuffix}`) ? void 0 : r))).filter((r) => r !== void 0);
  if (missing.length > 0) throw new UserError(`input ${input}: '${missing[0]}' is not an AWS region (its SSM endpoint does not resolve)`);
}
function endpointOverridden(session, env = process.env) {
  return Boolean(session.endpoint || env.AWS_ENDPOINT_URL || env.AWS_ENDPOINT_URL_SSM);
}
async function enabledRegions(session, credentials, region, w, signal) {
  const client = new import_client_account.AccountClient({ ...clientSettings(session, region), ...credentials ? { credentials } : {} });
  watch(client.middlewareStack, w);
  const found = [];
  try {
    const pages = (0, import_client_account.paginateListRegions)({ client, stopOnSameToken: true }, { RegionOptStatusContains: ["ENABLED", "ENABLED_BY_DEFAULT"] }, ...signal ? [{ abortSignal: signal }] : []);
    for await (const page of pages) for (const r of page.Regions ?? []) if (r.RegionName) found.push(r.RegionName);
  } finally {
    client.destroy();
  }
  return found.sort();
}

// src/transport/ssm/scopes/plan.ts
var ACCOUNTS_AT_ONCE = 16;
async function checkRegionInputs(inputs, home, session, resolve) {
  const named = Array.isArray(inputs.regions) ? inputs.regions : [];
  await checkRegions([home], named.includes(home) ? "regions" : "aws-region", endpointOverridden(session), resolve);
  await checkRegions(named, "regions", endpointOverridden(session), resolve);
}
async function planScopes(inputs, p) {
  const caller = p.accounts.caller.account;
  const { ids, units, organization } = inputs.accounts;
  const listed = await organizationAccounts(p.session, p.home, inputs.accounts, p.watch, p.signal);
  if ((organization || units.length > 0) && listed.length === 0) throw new UserError(`input accounts: no active account found in ${organization ? "the organization" : units.join(", ")}`);
  const explicit = ids.length > 0 || listed.length > 0 ? ids : [caller];
  const accounts = [...new Map([...explicit.map((a) => [a, true]), ...listed.filter((a) => !explicit.includes(a)).map((a) => [a, false])])];
  const foreign = accounts.find(([a]) => a !== caller);
  if (foreign && p.accounts.roleIn(foreign[0]) === void 0) throw new UserError(`input accounts: auditing account ${foreign[0]} needs member-role, the role fleetprobe assumes there (the credentials are account ${caller}'s)`);
  if (inputs.regions !== "all") {
    const regions = inputs.regions ?? [p.home];
    return accounts.flatMap(([account, isNamed]) => regions.map((region) => ({ account, region, named: isNamed })));
  }
  const scopes = [];
  for (let i = 0; i < accounts.length; i += ACCOUNTS_AT_ONCE) {
    scopes.push(...await Promise.all(accounts.slice(i, i + ACCOUNTS_AT_ONCE).map(([account]) => allRegions(account, p))));
  }
  return scopes.flat();
}
async function allRegions(account, p) {
  const failed2 = (status, detail) => [{ account, region: "*", named: false, failed: { status, detail } }];
  try {
    await p.accounts.reach(account, p.signal);
  } catch (e) {
    if (aborted(e, p.signal)) throw e;
    return failed2("role-not-assumable", `could not assume ${p.accounts.roleIn(account)}: ${oneLine(e)}`);
  }
  try {
    const regions = await enabledRegions(p.session, p.accounts.credentialsFor(account), p.home, p.watch, p.signal);
    return regions.map((region) => ({ account, region, named: false }));
  } catch (e) {
    if (aborted(e, p.signal)) throw e;
    return failed2("regions-not-listed", `could not list the account's enabled regions (${oneLine(e)}); the role needs account:ListRegions`);
  }
}

// src/transport/ssm/index.ts
var DEFAULT_POLL = { minMs: 1e3, maxMs: 1e4 };
var GLOBAL_IN_FLIGHT = 64;
var SsmTransport = class {
  constructor(options, config = {}) {
    this.options = options;
    this.config = config;
    this.ids = parseInstanceIds(options.instanceIds);
    this.selectors = parseSelectors(options.targets);
    this.home = options.awsRegion;
    this.session = {
      ...config.endpoint ? { endpoint: config.endpoint } : {},
      ...config.credentials ? { credentials: config.credentials } : {},
      ...config.maxAttempts ? { maxAttempts: config.maxAttempts } : {}
    };
    this.planWatch = { calls: this.planCalls, pacers: [new Pacer(8)] };
    const apis = this.apis;
    this.api = {
      get calls() {
        const sum = Object.fromEntries(OPERATIONS.map((op) => [op, 0]));
        for (const a of apis.values()) for (const op of OPERATIONS) sum[op] += a.calls[op];
        return sum;
      },
      throttledAttempts: () => [...apis.values()].reduce((n, a) => n + a.throttledAttempts(), 0)
    };
  }
  options;
  config;
  /** SSM and S3 calls of the run, summed over its scopes (tests and the bench read them). */
  api;
  /** STS, Organizations and Account calls of the run (identity and planning). */
  planCalls = {};
  ids;
  selectors;
  apis = /* @__PURE__ */ new Map();
  session;
  /** The run's own region (parseOptions guarantees one for transport ssm): STS and Organizations calls go there. */
  home;
  planWatch;
  /** The scopes the last run covered. */
  scopes = [];
  async run(templates, signal) {
    let accounts;
    try {
      accounts = await this.identify(signal);
      this.scopes = await this.plan(accounts, signal);
    } catch (e) {
      if (!signal?.aborted || e instanceof UserError) throw e;
      const o = this.options;
      if (stopReason(signal, o.deadline).reason === "deadline-exceeded") throw new UserError(`the run's deadline (${o.deadline}s) passed during the AWS pre-flight`);
      return { runs: [], commandIds: [], gaps: [] };
    }
    const commandIds = [];
    const ctx = this.context(accounts, templates, newBoundary(), (id) => commandIds.push(id));
    const { runs, gaps } = await auditScopes(ctx, this.scopes, this.config.poll ?? DEFAULT_POLL, signal);
    return { runs, commandIds, gaps };
  }
  /** The pre-flight: region names, then the credentials and whose they are. Throws UserError naming what to fix. */
  async identify(signal) {
    const accounts = new Accounts(this.session, this.home, this.options.scope, this.planWatch);
    await checkRegionInputs(this.options.scope, this.home, this.session, this.config.resolve);
    await accounts.identify(signal);
    return accounts;
  }
  /** The (account, region) scopes the run covers. */
  plan(accounts, signal) {
    return planScopes(this.options.scope, { session: this.session, home: this.home, accounts, watch: this.planWatch, ...signal ? { signal } : {} });
  }
  /**
   * What every step of every scope needs. A run that keeps scope states between processes (serverless) builds it
   * again in each, with the boundary its states hold.
   */
  context(accounts, templates, boundary, onSent) {
    const { parts, tooLarge } = buildScripts(templates, boundary, this.options.timeout);
    const global = new Pacer(GLOBAL_IN_FLIGHT);
    return {
      options: this.options,
      templates,
      boundary,
      parts,
      tooLarge,
      ids: this.ids,
      selectors: this.selectors,
      accounts,
      apiFor: (scope) => {
        const key = where(scope);
        let api = this.apis.get(key);
        if (!api) {
          const credentials = accounts.credentialsFor(scope.account);
          api = createSsmApi({ ...this.session, ...credentials ? { credentials } : {}, region: scope.region, global, ...this.config.maxInFlight ? { maxInFlight: this.config.maxInFlight } : {} });
          this.apis.set(key, api);
        }
        return api;
      },
      onCommand: (id, scope) => {
        onSent?.(id);
        this.config.onCommand?.(id, scope);
      },
      ...this.config.onRound ? { onRound: this.config.onRound } : {},
      ...this.config.onProgress ? { onProgress: this.config.onProgress } : {}
    };
  }
};
export {
  SsmTransport
};
