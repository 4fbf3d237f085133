import { createRequire as __fleetprobeCreateRequire } from 'node:module'; const require = __fleetprobeCreateRequire(import.meta.url);
import {
  SCOPE_INPUTS,
  parseScopeInputs,
  scopeSelection
} from "./chunk-AGJEQLMT.js";
import {
  DslError,
  DslSyntaxError,
  JqSyntaxError,
  RegexSyntaxError,
  compileDsl,
  compileGoRegex,
  compileJq,
  evaluateTemplate,
  evaluateVariables,
  fromText,
  goToLower,
  isUnimplementedHelper,
  renderText
} from "./chunk-ZA4VNVMN.js";
import {
  Interrupted,
  UserError,
  clip,
  forLog,
  inputError,
  oneLine,
  shown
} from "./chunk-RHSM7FGY.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-32U22KDF.js";

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode;
    exports.isPair = isPair2;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit2(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    function visit_(key, node, visitor, path6) {
      const ctrl = callVisitor(key, node, visitor, path6);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path6, ctrl);
        return visit_(key, ctrl, visitor, path6);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path6 = Object.freeze(path6.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path6);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path6 = Object.freeze(path6.concat(node));
          const ck = visit_("key", node.key, visitor, path6);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path6);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path6) {
      const ctrl = await callVisitor(key, node, visitor, path6);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path6, ctrl);
        return visitAsync_(key, ctrl, visitor, path6);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path6 = Object.freeze(path6.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path6);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path6 = Object.freeze(path6.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path6);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path6);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path6) {
      if (typeof visitor === "function")
        return visitor(key, node, path6);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path6);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path6);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path6);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path6);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path6);
      return void 0;
    }
    function replaceNode(key, path6, node) {
      const parent = path6[path6.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit2;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit2.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit2.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit2 = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit2.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar2 = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar2.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar2.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar2.PLAIN = "PLAIN";
    Scalar2.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar2.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar2;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar2.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar2.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path6, value) {
      let v = value;
      for (let i = path6.length - 1; i >= 0; --i) {
        const k = path6[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path6) => path6 == null || typeof path6 === "object" && !!path6[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path6, value) {
        if (isEmptyPath(path6))
          this.add(value);
        else {
          const [key, ...rest] = path6;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path6) {
        const [key, ...rest] = path6;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path6, keepScalar) {
        const [key, ...rest] = path6;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path6) {
        const [key, ...rest] = path6;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path6, value) {
        const [key, ...rest] = path6;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar2.Scalar.BLOCK_FOLDED ? false : type === Scalar2.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar2.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar2.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar2.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar2.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar2.Scalar.BLOCK_FOLDED:
          case Scalar2.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar2.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar2.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar2.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar2.Scalar.BLOCK_FOLDED || key.type === Scalar2.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar2.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar2.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log2 = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log2.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar2 = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar2.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar2.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar2.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar2.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar2.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar2.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar2.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar2 = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar2.Scalar.BLOCK_LITERAL);
        if (type !== Scalar2.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar2.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar2 = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar2.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar2.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar2.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar2.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path6, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path6, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path6) {
        if (Collection.isEmptyPath(path6)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path6) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path6, keepScalar) {
        if (Collection.isEmptyPath(path6))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path6, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path6) {
        if (Collection.isEmptyPath(path6))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path6) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path6, value) {
        if (Collection.isEmptyPath(path6)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path6), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path6, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap2) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar2.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar2.Scalar.BLOCK_FOLDED : Scalar2.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar2.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar2.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar2.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar2.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range: range2 } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar2.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar2.Scalar(value);
      }
      scalar.range = range2;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit2(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    visit2.itemAtPath = (cst, path6) => {
      let item = cst;
      for (const [field, index] of path6) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit2.parentCollection = (cst, path6) => {
      const parent = visit2.itemAtPath(cst, path6.slice(0, -1));
      const field = path6[path6.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path6, item, visitor) {
      let ctrl = visitor(item, path6);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path6.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path6);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path6) : ctrl;
    }
    exports.visit = visit2;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list2, type) {
      for (let i = 0; i < list2.length; ++i)
        if (list2[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list2) {
      for (let i = 0; i < list2.length; ++i) {
        switch (list2[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log2 = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions2(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions2(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions2(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log2.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments2;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar2 = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit2 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar2.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit2.visit;
    exports.visitAsync = visit2.visitAsync;
  }
});

// src/signals.ts
function watchSignals(onSecond) {
  const controller = new AbortController();
  const handler = (signal) => {
    if (controller.signal.aborted) onSecond(signal);
    else controller.abort(new Interrupted(signal));
  };
  process.on("SIGINT", handler);
  process.on("SIGTERM", handler);
  return {
    signal: controller.signal,
    dispose() {
      process.off("SIGINT", handler);
      process.off("SIGTERM", handler);
    }
  };
}

// src/types.ts
var SEVERITIES = ["info", "low", "medium", "high", "critical"];

// src/options.ts
var FAIL_ON = ["none", ...SEVERITIES];
var INPUTS = [
  { name: "templates", kind: "list", description: "Template files or directories (newline- or comma-separated). Default: the bundled templates." },
  { name: "transport", kind: "enum", values: ["ssm", "local"], default: "ssm", description: "Where probes run: `ssm` (Run Command on the targets) or `local` (this machine)." },
  { name: "instance-ids", kind: "list", description: "Instance ids (`i-\u2026`, `mi-\u2026`), newline- or comma-separated, any count." },
  { name: "targets", kind: "lines", description: "Target selectors, one per line: `tag:Role=mail,relay`, `tag-key=Owner`, `resource-groups:Name=mail-fleet` (at most 5)." },
  { name: "aws-region", kind: "string", description: "AWS region. Default: `AWS_REGION` or `AWS_DEFAULT_REGION`." },
  ...SCOPE_INPUTS,
  { name: "max-concurrency", kind: "percent-or-int", default: "50", description: "SSM MaxConcurrency per command: a count or a percentage." },
  { name: "max-errors", kind: "percent-or-int", default: "100%", description: "SSM MaxErrors per command; 100% so one failing host never stops the rollout." },
  { name: "delivery-timeout", kind: "int", default: "600", min: 30, max: 2592e3, description: "Seconds SSM may take to deliver a command to a host (SendCommand TimeoutSeconds)." },
  { name: "execution-timeout", kind: "int", default: "600", min: 1, max: 172800, description: "Seconds the probe script may run on a host." },
  { name: "deadline", kind: "int", min: 1, description: "Overall seconds for the whole run; outstanding commands are cancelled past it. Default: delivery-timeout + execution-timeout + 120." },
  { name: "concurrency", kind: "count", default: "25", min: 1, max: 1e3, description: "Templates run at once on the local transport, as nuclei's -concurrency (the blocks of one template run in order)." },
  { name: "timeout", kind: "int", default: "30", min: 1, max: 86400, description: "Seconds one code block may run (per block, as nuclei's code timeout)." },
  { name: "output-s3-bucket", kind: "string", description: "S3 bucket for full command output (needed to read outputs over 24,000 characters)." },
  { name: "output-s3-key-prefix", kind: "string", description: "Key prefix inside output-s3-bucket." },
  { name: "comment", kind: "string", default: "fleetprobe audit", description: "SSM command comment (at most 100 characters)." },
  { name: "allow-unsigned", kind: "bool", default: "false", description: "Run code templates whose signature is missing or not trusted." },
  { name: "trusted-certs", kind: "list", description: "Extra signer certificate files (PEM) whose signatures are trusted, besides ProjectDiscovery's." },
  { name: "sarif-file", kind: "string", default: "fleetprobe.sarif", description: "Where to write the SARIF 2.1.0 report." },
  { name: "jsonl-file", kind: "string", default: "fleetprobe.jsonl", description: "Where to write nuclei-compatible JSONL." },
  { name: "matcher-status", kind: "bool", default: "false", description: "JSONL gets one line per target and template even without a finding (nuclei `-ms`)." },
  { name: "baseline", kind: "string", description: "The previous run's JSONL file (kept as an artifact): findings are marked new, still open or fixed, and hosts newly unaudited. A missing file means no comparison (the first run)." },
  { name: "category", kind: "string", description: "SARIF automationDetails id. Default: derived from the target selection." },
  { name: "annotations", kind: "bool", default: "true", description: "Write GitHub annotations for findings." },
  { name: "fail-on", kind: "enum", values: FAIL_ON, default: "none", description: "Fail when a finding is at or above this severity: none, info, low, medium, high, critical." },
  { name: "fail-on-unaudited", kind: "bool", default: "false", description: "Also fail when any target was not audited." }
];
var TRUE = ["true", "True", "TRUE"];
var FALSE = ["false", "False", "FALSE"];
function parseOne(spec, raw) {
  const given = raw !== void 0 && raw.trim() !== "";
  const text = given ? raw.trim() : spec.default;
  if (text === void 0) return spec.kind === "list" || spec.kind === "lines" ? [] : void 0;
  const bad = (allowed) => new UserError(`input ${spec.name}: '${oneLine2(text)}' is not allowed; expected ${allowed}`);
  switch (spec.kind) {
    case "string":
      return text;
    case "list":
      return text.split(/[\n,]/).map((s) => s.trim()).filter((s) => s !== "");
    case "lines":
      return text.split("\n").map((s) => s.trim()).filter((s) => s !== "");
    case "int":
    case "count": {
      if (!/^\d+$/.test(text)) throw bad(`a whole number${spec.kind === "int" ? " of seconds" : ""}${range(spec)}`);
      const n = Number(text);
      if (spec.min !== void 0 && n < spec.min || spec.max !== void 0 && n > spec.max) throw bad(`a whole number${range(spec)}`);
      return n;
    }
    case "bool":
      if (TRUE.includes(text)) return true;
      if (FALSE.includes(text)) return false;
      throw bad("true or false");
    case "percent-or-int": {
      const m = /^(\d+)(%?)$/.exec(text);
      if (!m || (m[2] === "%" ? Number(m[1]) > 100 || Number(m[1]) < 1 : Number(m[1]) < 1)) throw bad("a positive count like 50, or a percentage from 1% to 100%");
      return text;
    }
    case "enum":
      if (!spec.values.includes(text)) throw bad(`one of ${spec.values.join(", ")}`);
      return text;
  }
}
function range(spec) {
  if (spec.min !== void 0 && spec.max !== void 0) return ` from ${spec.min} to ${spec.max}`;
  if (spec.min !== void 0) return ` of at least ${spec.min}`;
  return "";
}
function oneLine2(s) {
  const flat = s.replace(/[\r\n]+/g, "\\n");
  return flat.length > 80 ? `${flat.slice(0, 77)}...` : flat;
}
function parseOptions(get, env = process.env) {
  const v = Object.fromEntries(INPUTS.map((spec) => [spec.name, parseOne(spec, get(spec.name))]));
  const str = (n) => v[n];
  const list2 = (n) => v[n];
  const num = (n) => v[n];
  const bool = (n) => v[n];
  const transport = str("transport");
  const instanceIds = list2("instance-ids");
  const targets = list2("targets");
  if (transport === "ssm") {
    if (instanceIds.length > 0 && targets.length > 0) throw new UserError("inputs instance-ids and targets: give one of them, not both");
    if (instanceIds.length === 0 && targets.length === 0) throw new UserError("transport ssm needs instance-ids or targets (or use transport local)");
  } else if (instanceIds.length > 0 || targets.length > 0) {
    throw new UserError("inputs instance-ids and targets apply only to transport ssm; transport is local");
  }
  if (targets.length > 5) throw new UserError(`input targets: ${targets.length} selectors given; SSM allows at most 5`);
  const comment = str("comment") ?? "";
  if (comment.length > 100) throw new UserError(`input comment: ${comment.length} characters; SSM allows at most 100`);
  const scope = parseScopeInputs({ regions: list2("regions"), accounts: list2("accounts"), memberRole: str("member-role"), externalId: str("external-id"), sessionName: str("role-session-name") });
  const scoped = SCOPE_INPUTS.find((spec) => spec.default === void 0 && v[spec.name]?.length);
  if (transport === "local" && scoped) throw new UserError(`input ${scoped.name} applies only to transport ssm; transport is local`);
  const awsRegion = str("aws-region") ?? (env.AWS_REGION || env.AWS_DEFAULT_REGION || (Array.isArray(scope.regions) ? scope.regions[0] : void 0));
  if (transport === "ssm" && !awsRegion) throw new UserError("no AWS region: set input aws-region, or AWS_REGION / AWS_DEFAULT_REGION");
  const deliveryTimeout = num("delivery-timeout");
  const executionTimeout = num("execution-timeout");
  return {
    templates: list2("templates"),
    transport,
    instanceIds,
    targets,
    awsRegion,
    scope,
    maxConcurrency: str("max-concurrency"),
    maxErrors: str("max-errors"),
    deliveryTimeout,
    executionTimeout,
    deadline: v["deadline"] ?? deliveryTimeout + executionTimeout + 120,
    timeout: num("timeout"),
    concurrency: num("concurrency"),
    outputS3Bucket: str("output-s3-bucket"),
    outputS3KeyPrefix: str("output-s3-key-prefix"),
    comment,
    allowUnsigned: bool("allow-unsigned"),
    trustedCerts: list2("trusted-certs"),
    sarifFile: str("sarif-file"),
    jsonlFile: str("jsonl-file"),
    matcherStatus: bool("matcher-status"),
    baseline: str("baseline"),
    category: str("category"),
    annotations: bool("annotations"),
    failOn: str("fail-on"),
    failOnUnaudited: bool("fail-on-unaudited")
  };
}

// src/report/gaps.ts
function describeGap(g) {
  if (g.kind === "template") return `template ${oneLine(g.file, 200)}${g.line !== void 0 ? `:${g.line}` : ""} skipped: ${oneLine(g.reason, 300)}`;
  return `scope ${scopeName(g)} not audited (${oneLine(g.state, 60)}): ${oneLine(g.reason, 300)}`;
}
function scopeName(g) {
  return `${oneLine(g.account, 40)}/${oneLine(g.region, 40)}`;
}
function skippedTemplates(gaps) {
  return gaps.filter((g) => g.kind === "template");
}
function unauditedScopes(gaps) {
  return gaps.filter((g) => g.kind === "scope");
}

// src/report/tally.ts
function severityRank(s) {
  return SEVERITIES.indexOf(s);
}
function isVulnerability(s) {
  return severityRank(s) >= severityRank("low");
}
function verdictOf(severity, findings) {
  return findings.length > 0 && isVulnerability(severity) ? "vulnerable" : "clean";
}
function tally(results) {
  const byId = /* @__PURE__ */ new Map();
  let findings = 0;
  for (const r of results) {
    findings += r.findings.length;
    let state = byId.get(r.target.id);
    if (!state) byId.set(r.target.id, state = { target: r.target, vulnerable: false, unaudited: false, findings: 0 });
    state.findings += r.findings.length;
    if (r.verdict === "vulnerable") state.vulnerable = true;
    if (r.verdict === "unaudited") state.unaudited = true;
  }
  const targets = [...byId.values()];
  return {
    findings,
    targets,
    vulnerable: targets.filter((t) => t.vulnerable).map((t) => t.target.id),
    unaudited: targets.filter((t) => t.unaudited).map((t) => t.target.id),
    clean: targets.filter((t) => !t.vulnerable && !t.unaudited).map((t) => t.target.id)
  };
}
function totalsLine(report, t = tally(report.results)) {
  const parts = [`${t.vulnerable.length} vulnerable`, `${t.clean.length} clean`, `${t.unaudited.length} unaudited of ${plural(t.targets.length, "target")}`];
  const skipped = skippedTemplates(report.gaps).length;
  const scopes = unauditedScopes(report.gaps).length;
  if (skipped > 0) parts.push(`${plural(skipped, "template")} skipped`);
  if (scopes > 0) parts.push(`${plural(scopes, "scope")} not audited`);
  return parts.join(", ");
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

// src/report/gate.ts
function evaluateGate(report, failOn, failOnUnaudited) {
  const t = tally(report.results);
  const blocking = failOn === "none" ? [] : report.results.filter((r) => r.findings.length > 0 && severityRank(r.template.info.severity) >= severityRank(failOn));
  const findings = blocking.reduce((n, r) => n + r.findings.length, 0);
  const hosts = new Set(blocking.map((r) => r.target.id)).size;
  const reasons = [];
  if (report.interrupted) reasons.push(`the run was interrupted (${report.interrupted}) before every target finished`);
  if (findings > 0) reasons.push(`${plural(findings, "finding")} at or above ${failOn} on ${plural(hosts, "target")}`);
  if (failOnUnaudited) {
    const skipped = skippedTemplates(report.gaps).length;
    const scopes = unauditedScopes(report.gaps).length;
    if (t.unaudited.length > 0) reasons.push(`${plural(t.unaudited.length, "target")} not audited`);
    if (skipped > 0) reasons.push(`${plural(skipped, "template")} skipped`);
    if (scopes > 0) reasons.push(`${plural(scopes, "scope")} not audited`);
  }
  const totals = totalsLine(report, t);
  return reasons.length > 0 ? { failed: true, message: `gate failed: ${reasons.join("; ")} (${totals})` } : { failed: false, message: `gate passed (fail-on ${failOn}${failOnUnaudited ? ", fail-on-unaudited" : ""}): ${totals}` };
}

// src/report/groups.ts
var EXAMPLES = 3;
function findingsByTemplate(results) {
  const groups = /* @__PURE__ */ new Map();
  for (const r of results) {
    for (const f of r.findings) {
      const matcher = f.matcherName ?? f.extractorName;
      const key = JSON.stringify([r.template.id, matcher ?? null]);
      let g = groups.get(key);
      if (!g) groups.set(key, g = { template: r.template, matcher, hosts: [], findings: 0, examples: [], seen: /* @__PURE__ */ new Set() });
      g.findings++;
      if (g.seen.has(r.target.id)) continue;
      g.seen.add(r.target.id);
      g.hosts.push(r.target);
      if (g.examples.length < EXAMPLES) g.examples.push({ target: r.target, evidence: f.evidence });
    }
  }
  return [...groups.values()].map(({ seen: _seen, ...g }) => g).sort((a, b) => severityRank(b.template.info.severity) - severityRank(a.template.info.severity) || b.hosts.length - a.hosts.length || a.template.id.localeCompare(b.template.id) || (a.matcher ?? "").localeCompare(b.matcher ?? ""));
}
function hostsNeedingAttention(results) {
  const hosts = /* @__PURE__ */ new Map();
  const entry = (t) => {
    let h = hosts.get(t.id);
    if (!h) hosts.set(t.id, h = { target: t, worst: void 0, findings: {}, unaudited: [] });
    return h;
  };
  for (const r of results) {
    if (r.verdict === "unaudited") entry(r.target).unaudited.push({ templateId: r.template.id, reason: r.unaudited.reason });
    else if (r.verdict === "vulnerable") {
      const h = entry(r.target);
      const s = r.template.info.severity;
      if (h.worst === void 0 || severityRank(s) > severityRank(h.worst)) h.worst = s;
    }
  }
  for (const r of results) {
    const h = hosts.get(r.target.id);
    if (h && r.findings.length > 0) h.findings[r.template.info.severity] = (h.findings[r.template.info.severity] ?? 0) + r.findings.length;
  }
  const rank = (h) => h.worst === void 0 ? -1 : severityRank(h.worst);
  return [...hosts.values()].sort((a, b) => rank(b) - rank(a) || b.unaudited.length - a.unaudited.length || a.target.id.localeCompare(b.target.id));
}
function unauditedByReason(results) {
  const groups = /* @__PURE__ */ new Map();
  for (const r of results) {
    if (r.verdict !== "unaudited") continue;
    const reason = r.unaudited.reason;
    let g = groups.get(reason);
    if (!g) groups.set(reason, g = { reason, pairs: 0, hosts: [], templates: 0, example: r, seenHosts: /* @__PURE__ */ new Set(), seenTemplates: /* @__PURE__ */ new Set() });
    g.pairs++;
    if (!g.seenHosts.has(r.target.id)) {
      g.seenHosts.add(r.target.id);
      g.hosts.push(r.target);
    }
    g.seenTemplates.add(r.template.id);
    g.templates = g.seenTemplates.size;
  }
  return [...groups.values()].map(({ seenHosts: _h, seenTemplates: _t, ...g }) => g).sort((a, b) => b.hosts.length - a.hosts.length || a.reason.localeCompare(b.reason));
}
function findingsBySeverity(results) {
  const counts = /* @__PURE__ */ new Map();
  for (const r of results) if (r.findings.length > 0) counts.set(r.template.info.severity, (counts.get(r.template.info.severity) ?? 0) + r.findings.length);
  return [...counts].sort(([a], [b]) => severityRank(b) - severityRank(a)).map(([severity, findings]) => ({ severity, findings, vulnerability: isVulnerability(severity) }));
}
function severityCounts(findings) {
  return Object.entries(findings).sort(([a], [b]) => severityRank(b) - severityRank(a)).map(([s, k]) => `${s} ${k}`).join(", ");
}
function byScope(targets, gaps) {
  const scopes = /* @__PURE__ */ new Map();
  const entry = (account, region) => {
    const key = JSON.stringify([account, region]);
    let s = scopes.get(key);
    if (!s) scopes.set(key, s = { account, region, hosts: 0, vulnerable: 0, unaudited: 0, clean: 0 });
    return s;
  };
  for (const t of targets) {
    if (t.target.transport !== "ssm") continue;
    const s = entry(t.target.account ?? "?", t.target.region ?? "?");
    s.hosts++;
    if (t.vulnerable) s.vulnerable++;
    if (t.unaudited) s.unaudited++;
    if (!t.vulnerable && !t.unaudited) s.clean++;
  }
  for (const g of unauditedScopes(gaps)) entry(g.account, g.region).gap ??= { state: g.state, reason: g.reason };
  return [...scopes.values()].sort((a, b) => a.account.localeCompare(b.account) || a.region.localeCompare(b.region));
}

// src/report/table.ts
var COLOURS = { vulnerable: "\x1B[31m", clean: "\x1B[32m", unaudited: "\x1B[33m" };
var RESET = "\x1B[0m";
var DETAILED = 100;
var TOP_HOSTS = 50;
var TOP_CHANGES = 20;
function renderTable(report, options) {
  const { results } = report;
  const t = tally(results);
  const scopes = byScope(t.targets, report.gaps);
  const body = `${results.length <= DETAILED ? detailed(results, options) : grouped(results)}${scopes.length > 1 ? scopeLines(scopes) : ""}`;
  const footer = [
    ...report.interrupted ? [`INTERRUPTED (${report.interrupted}): these results cover only what finished before the run was stopped`] : [],
    ...options.changes ? changeLines(options.changes) : [],
    ...report.gaps.map((g) => forLog(`NOT COVERED: ${describeGap(g)}`, 600)),
    `${totalsLine(report, t)}; ${t.findings} finding${t.findings === 1 ? "" : "s"}`
  ];
  return `${body}${footer.join("\n")}
`;
}
function detailed(results, options) {
  const fresh = new Set((options.changes?.new ?? []).map((f) => JSON.stringify([f.templateId, f.matcher ?? "", f.host])));
  const rows = results.map((r) => [forLog(r.target.id, 60), oneLine(r.template.id, 80), r.verdict, detail(r, fresh)]);
  return columns(["HOST", "TEMPLATE", "VERDICT", "DETAIL"], rows, (cell, i, row) => i === 2 && options.color ? `${COLOURS[results[row].verdict]}${cell}${RESET}` : cell);
}
function detail(r, fresh) {
  if (r.verdict === "unaudited") return oneLine(`${r.unaudited.reason}: ${r.unaudited.detail}`, 120);
  const mark = r.verdict === "clean" ? ` (${r.template.info.severity}: observation)` : "";
  return r.findings.map((f) => {
    const isNew = fresh.has(JSON.stringify([r.template.id, f.matcherName ?? f.extractorName ?? "", r.target.id])) ? "NEW " : "";
    return `${isNew}[${oneLine(f.matcherName ?? r.template.id, 60)}] ${oneLine(f.evidence, 80)}${mark}`;
  }).join("; ");
}
function grouped(results) {
  const parts = [];
  const groups = findingsByTemplate(results);
  parts.push(
    "FINDINGS BY TEMPLATE",
    groups.length === 0 ? "none\n" : columns(
      ["SEVERITY", "TEMPLATE", "MATCHER", "HOSTS", "EXAMPLE"],
      groups.map((g) => [g.template.info.severity, oneLine(g.template.id, 80), oneLine(g.matcher ?? "", 40), String(g.hosts.length), `${forLog(g.examples[0].target.id, 60)}: ${oneLine(g.examples[0].evidence, 80)}`])
    )
  );
  const hosts = hostsNeedingAttention(results);
  if (hosts.length > 0) {
    parts.push(
      `HOSTS THAT NEED ATTENTION (${hosts.length}${hosts.length > TOP_HOSTS ? `, the first ${TOP_HOSTS}; the JSONL report has every one` : ""})`,
      columns(
        ["HOST", "WORST", "FINDINGS", "NOT AUDITED"],
        hosts.slice(0, TOP_HOSTS).map((h) => [
          forLog(h.target.id, 60),
          h.worst ?? "-",
          severityCounts(h.findings),
          h.unaudited.length === 0 ? "" : `${h.unaudited.length} template${h.unaudited.length === 1 ? "" : "s"} (${[...new Set(h.unaudited.map((u) => u.reason))].join(", ")})`
        ])
      )
    );
  }
  const reasons = unauditedByReason(results);
  if (reasons.length > 0) {
    parts.push(
      "NOT AUDITED BY REASON",
      columns(
        ["REASON", "HOSTS", "PAIRS", "EXAMPLE"],
        reasons.map((g) => [g.reason, String(g.hosts.length), String(g.pairs), `${forLog(g.example.target.id, 60)} (${oneLine(g.example.template.id, 60)}): ${oneLine(g.example.unaudited.detail, 100)}`])
      )
    );
  }
  return parts.join("\n");
}
function scopeLines(scopes) {
  const missing = scopes.filter((s) => s.gap).length;
  return [
    `BY ACCOUNT AND REGION (${scopes.length} scopes${missing > 0 ? `, ${missing} not audited` : ""})`,
    columns(
      ["ACCOUNT", "REGION", "HOSTS", "VULNERABLE", "UNAUDITED", "CLEAN", "SCOPE"],
      // The account leads the line: forLog keeps it from reading as a workflow command.
      scopes.map((s) => [forLog(s.account, 40), oneLine(s.region, 40), String(s.hosts), String(s.vulnerable), String(s.unaudited), String(s.clean), s.gap ? oneLine(`NOT AUDITED (${s.gap.state}): ${s.gap.reason}`, 200) : "audited"])
    )
  ].join("\n");
}
function changeLines(c) {
  const ref = (f) => forLog(`${f.host} ${f.templateId}${f.matcher ? `/${f.matcher}` : ""}${f.severity ? ` (${f.severity})` : ""}`, 300);
  const list2 = (label, items) => [
    ...items.slice(0, TOP_CHANGES).map((f) => `  ${label}: ${ref(f)}`),
    ...items.length > TOP_CHANGES ? [`  \u2026 and ${items.length - TOP_CHANGES} more ${label}`] : []
  ];
  return [
    forLog(`SINCE ${c.baseline}: ${c.new.length} new, ${c.stillOpen.length} still open, ${c.fixed.length} fixed, ${c.notRechecked.length} not re-checked; ${plural(c.newlyUnaudited.length, "host")} newly not audited`, 600),
    ...list2("new", c.new),
    ...list2("fixed", c.fixed),
    ...c.newlyUnaudited.slice(0, TOP_CHANGES).map((h) => `  newly not audited: ${forLog(h, 80)}`)
  ];
}
function columns(header, rows, paint = (c) => c) {
  const last = header.length - 1;
  const width = header.map((h, i) => i === last ? 0 : Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells, row) => cells.map((cell, i) => i === last ? cell : row < 0 ? cell.padEnd(width[i]) : paint(cell.padEnd(width[i]), i, row)).join("  ").trimEnd();
  return `${[line(header, -1), ...rows.map((r, i) => line(r, i))].join("\n")}
`;
}

// src/template/trust.ts
import { createHash as createHash2 } from "node:crypto";
import { readFile } from "node:fs/promises";

// src/template/imports.ts
import { constants as constants2, realpath, stat } from "node:fs/promises";
import path from "node:path";

// src/template/file.ts
import { constants, open } from "node:fs/promises";
var FileProblem = class extends Error {
};
async function readRegularFile(file, max, flags = 0) {
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK | flags).catch((e) => {
    throw new FileProblem(`cannot be read (${e.code ?? e.message})`);
  });
  try {
    const info2 = await handle.stat();
    if (!info2.isFile()) throw new FileProblem("is not a regular file");
    if (info2.size > max) throw new FileProblem(`is ${info2.size} bytes; at most ${max} are allowed`);
    const buf = Buffer.alloc(info2.size + 1);
    let size = 0;
    while (size < buf.length) {
      const { bytesRead } = await handle.read(buf, size, buf.length - size, size);
      if (bytesRead === 0) break;
      size += bytesRead;
    }
    if (size > info2.size) throw new FileProblem("changed while it was read");
    return buf.subarray(0, size);
  } finally {
    await handle.close();
  }
}

// src/template/text.ts
var MAX_TEMPLATE_BYTES = 1024 * 1024;
var UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function refusal(c, next, index) {
  if (c === 13) return next === 10 ? void 0 : "a carriage return (CR) not followed by LF: nuclei's YAML parser reads it as a line break, fleetprobe's would not";
  if (c === 133) return "a NEL character (U+0085): nuclei's YAML parser reads it as a line break";
  if (c === 8232 || c === 8233) return `a ${c === 8232 ? "line" : "paragraph"} separator (U+${c.toString(16).toUpperCase()}): nuclei's YAML parser reads it as a line break`;
  if (c === 65279) return index === 0 ? void 0 : "a byte-order mark (U+FEFF) after the start of the file";
  if (c === 9 || c === 10) return void 0;
  if (c < 32 || c >= 127 && c <= 159 || c === 65534 || c === 65535) {
    return `control character U+${c.toString(16).toUpperCase().padStart(4, "0")}, which nuclei's YAML parser refuses`;
  }
  return void 0;
}
function templateText(bytes, file) {
  if (bytes.length > MAX_TEMPLATE_BYTES) throw inputError(file, void 0, `template is ${bytes.length} bytes; at most ${MAX_TEMPLATE_BYTES} are allowed`);
  let text;
  try {
    text = UTF8.decode(bytes);
  } catch {
    throw inputError(file, lineAt(bytes.toString("latin1"), firstInvalidUtf8(bytes)), "not valid UTF-8 text");
  }
  for (let i = 0; i < text.length; i++) {
    const why = refusal(text.charCodeAt(i), text.charCodeAt(i + 1), i);
    if (why) throw inputError(file, lineAt(text, i), `holds ${why}; rewrite it with plain LF line endings and escapes`);
  }
  return text;
}
function lineAt(text, index) {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
function firstInvalidUtf8(bytes) {
  const lossy = Buffer.from(bytes.toString("utf8"));
  let i = 0;
  while (i < bytes.length && bytes[i] === lossy[i]) i++;
  return i;
}

// src/template/imports.ts
var NO_IMPORTS = { bytes: [], sources: /* @__PURE__ */ new Map(), inline: [] };
var UTF82 = new TextDecoder("utf-8", { fatal: true });
async function readImports(value, file, where) {
  const blocks = value?.code;
  if (!Array.isArray(blocks)) return NO_IMPORTS;
  const dir = await realpath(path.dirname(path.resolve(file)));
  const imports = { bytes: [], sources: /* @__PURE__ */ new Map(), inline: [] };
  for (const [i, block] of blocks.entries()) {
    const source = block?.source;
    if (typeof source !== "string" || source === "" || source.includes("\n")) continue;
    const named = path.resolve(dir, source);
    const info2 = await stat(named).catch(() => void 0);
    if (!info2 || info2.isDirectory()) {
      imports.inline.push({ block: i + 1, source });
      continue;
    }
    const line = where.line(["code", i, "source"]);
    const real = await realpath(named);
    if (!real.startsWith(dir + path.sep)) {
      throw inputError(file, line, `source file '${source}' resolves to ${real}, outside the template's directory; only files inside it may be imported (symlinks out are refused)`);
    }
    const content = await readRegularFile(real, MAX_TEMPLATE_BYTES, constants2.O_NOFOLLOW).catch((e) => {
      throw e instanceof FileProblem ? inputError(file, line, `source '${source}' ${e.message}`) : e;
    });
    let text;
    try {
      text = UTF82.decode(content);
    } catch {
      throw inputError(file, line, `source file '${source}' is not valid UTF-8 text`);
    }
    imports.bytes.push(content);
    imports.sources.set(i, text);
  }
  return imports;
}
var SHEBANG_LINE = Buffer.from("\n#!");
function importBoundaryProblem(content, imported, inline) {
  const marks = countOf(content, SHEBANG_LINE) + imported.reduce((n, f) => n + countOf(f, SHEBANG_LINE), 0);
  if (imported.length === 0) {
    return marks === 0 ? void 0 : "a line of the template starts with '#!', which marks where an imported file begins in signed bytes";
  }
  const unmarked = imported.findIndex((f) => !(f[0] === 35 && f[1] === 33));
  if (unmarked >= 0) return `imported file ${unmarked + 1} does not start with a '#!' line, so where the template ends is ambiguous`;
  if (marks !== 0) return `the signed bytes hold ${marks} more line(s) starting with '#!' than imported files, so where each file begins is ambiguous`;
  const [stays] = inline;
  if (stays) {
    return `block ${stays.block}'s source '${oneLine(stays.source, 80)}' is one line that names no file beside the template; with imported files every one-line source must be one, or which block runs which file would depend on which files exist`;
  }
  const first = firstCommand(imported);
  if (first === void 0) return "the imported files hold nothing but comments, so template and files may have been signed as one template";
  if (!plainKeyless(first)) return `the first command of the imported files ('${oneLine(first, 80)}') could also be YAML, so template and files may have been signed as one template; start it at column 0 with a command word, without ': '`;
  return void 0;
}
function firstCommand(imported) {
  return imported.map((f) => f.toString("utf8")).join("\n").split(/\r\n|[\r\n\u0085\u2028\u2029]/).find((l) => !/^[ \t]*(?:#.*)?$/.test(l));
}
function plainKeyless(line) {
  const scalar = line.split(/[ \t]#/)[0];
  return /^[^\s\-?:,[\]{}#&*!|>'"%@`]/.test(line) && !line.startsWith("...") && !/:(?:[ \t]|$)/.test(scalar);
}
function countOf(haystack, needle) {
  let n = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) n++;
  return n;
}

// src/template/signature.ts
import { createHash, createPublicKey, verify, X509Certificate } from "node:crypto";

// src/template/certs.ts
var PROJECTDISCOVERY_CERT = `-----BEGIN PD NUCLEI USER CERTIFICATE-----
MIIBgDCCASWgAwIBAgIEZSUZ3jAKBggqhkjOPQQDAjAsMSowKAYDVQQDEyFwcm9q
ZWN0ZGlzY292ZXJ5L251Y2xlaS10ZW1wbGF0ZXMwHhcNMjMxMDEwMDkzMTEwWhcN
MjcxMDA5MDkzMTEwWjAsMSowKAYDVQQDEyFwcm9qZWN0ZGlzY292ZXJ5L251Y2xl
aS10ZW1wbGF0ZXMwWTATBgcqhkjOPQIBBggqhkjOPQMBBwNCAASTaiE41H7LWudF
SMCfnqguQMwEte7dz/FRfK2lmezE02w+I2VwcS3j5cPwNaqYRAJkQhk6+7li0GpG
9fb11Fs2ozUwMzAOBgNVHQ8BAf8EBAMCB4AwEwYDVR0lBAwwCgYIKwYBBQUHAwEw
DAYDVR0TAQH/BAIwADAKBggqhkjOPQQDAgNJADBGAiEAhFsWwLDcWks3RUv3ujCs
4V1reu6KL+kELrCCQWu5FiUCIQDZbtqL30GPGYaPSpVmd6BKrZDBOfUVBsoCS7pS
q3JLHQ==
-----END PD NUCLEI USER CERTIFICATE-----`;

// src/template/signature.ts
var MARKER = Buffer.from("# digest: ");
var EXPECTED = "expected a PEM certificate with an ECDSA P-256 key (-----BEGIN CERTIFICATE----- or nuclei's PD NUCLEI USER CERTIFICATE)";
function loadTrustedKey(pemText, file) {
  const block = /-----BEGIN ([^-\r\n]+)-----([\s\S]*?)-----END \1-----/.exec(pemText);
  if (!block) throw new UserError(`${file}: no PEM block found; ${EXPECTED}`);
  const der = Buffer.from(block[2].replace(/\s+/g, ""), "base64");
  let key;
  let name;
  try {
    if (block[1] === "PUBLIC KEY") {
      key = createPublicKey({ key: der, format: "der", type: "spki" });
      name = file;
    } else {
      const cert = new X509Certificate(der);
      key = cert.publicKey;
      name = /^CN=(.*)$/m.exec(cert.subject)?.[1] ?? "";
    }
  } catch (e) {
    throw new UserError(`${file}: unreadable ${block[1]} (${e.message}); ${EXPECTED}`);
  }
  if (!name) throw new UserError(`${file}: the certificate has no subject CN; ${EXPECTED}`);
  const curve = key.asymmetricKeyDetails?.namedCurve;
  if (key.asymmetricKeyType !== "ec" || curve !== "prime256v1") {
    throw new UserError(`${file}: the key is ${key.asymmetricKeyType ?? "unknown"}${curve ? ` ${curve}` : ""}; ${EXPECTED}`);
  }
  return { name, fragment: fragmentOf(key), key };
}
var pd;
function projectDiscoveryKey() {
  pd ??= loadTrustedKey(PROJECTDISCOVERY_CERT, "embedded ProjectDiscovery certificate");
  return pd;
}
function fragmentOf(key) {
  let x = Buffer.from(key.export({ format: "jwk" }).x, "base64url");
  while (x.length > 0 && x[0] === 0) x = x.subarray(1);
  return createHash("md5").update(x).digest("hex");
}
function signedContent(bytes) {
  const at = bytes.lastIndexOf(MARKER);
  const before = at < 0 ? bytes : bytes.subarray(0, at);
  const trimmed = goTrimSpace(before);
  const leadingLines = before.subarray(0, trimmed.byteOffset - before.byteOffset).toString("latin1").split("\n").length - 1;
  return { content: crlfToLf(trimmed), leadingLines };
}
function verifySignature(bytes, keys, imported = []) {
  const at = bytes.lastIndexOf(MARKER);
  if (at < 0) return { status: "unsigned" };
  const token = goTrimSpace(bytes.subarray(at + MARKER.length)).toString("latin1");
  const colon = token.indexOf(":");
  const hex = colon < 0 ? token : token.slice(0, colon);
  const fragment = colon < 0 ? void 0 : token.slice(colon + 1);
  const malformed = (why) => ({ status: "invalid", reason: "malformed", ...fragment && { fragment }, detail: `malformed digest line (${why})` });
  if (fragment !== void 0 && !/^[0-9a-f]{32}$/.test(fragment)) return malformed("expected # digest: <hex>:<32 hex digits naming the key>");
  const candidates = fragment === void 0 ? keys : keys.filter((k) => k.fragment === fragment);
  if (fragment !== void 0 && candidates.length === 0) return { status: "invalid", reason: "unknown-key", fragment, detail: `signed by an unknown key (fragment ${fragment})` };
  if (!/^(?:[0-9a-fA-F]{2})+$/.test(hex)) return malformed("the signature is not hex");
  const der = decodeGobBytes(Buffer.from(hex, "hex"));
  if (!der) return malformed("the signature is not a gob-encoded byte slice");
  const content = Buffer.concat([signedContent(bytes).content, ...imported.flatMap((f) => [Buffer.from("\n"), f])]);
  const signer = candidates.find((k) => verify("sha256", content, { key: k.key, dsaEncoding: "der" }, der));
  if (signer) return { status: "valid", signer: signer.name, fragment: signer.fragment };
  if (fragment === void 0) return { status: "invalid", reason: "unknown-key", detail: "signed by an unknown key (the digest names no key, and no trusted key matches)" };
  return { status: "invalid", reason: "tampered", fragment, detail: "signature does not match the content (tampered)" };
}
function decodeGobBytes(buf) {
  let pos = 0;
  let end = buf.length;
  const uint = () => {
    if (pos >= end) return void 0;
    const first = buf[pos++];
    if (first < 128) return first;
    const n = 256 - first;
    if (n > 8 || pos + n > end) return void 0;
    let v = 0;
    for (let i = 0; i < n; i++) v = v * 256 + buf[pos++];
    return v;
  };
  const msgLen = uint();
  if (msgLen === void 0 || msgLen === 0 || pos + msgLen > buf.length) return void 0;
  end = pos + msgLen;
  if (uint() !== 10 || uint() !== 0) return void 0;
  const len = uint();
  if (len === void 0 || pos + len > end) return void 0;
  return buf.subarray(pos, pos + len);
}
function isGoSpace(c) {
  return c >= 9 && c <= 13 || c === 32 || c === 133 || c === 160 || c === 5760 || c >= 8192 && c <= 8202 || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288;
}
function goTrimSpace(b) {
  const text = b.toString("utf8");
  let s = 0;
  let e = text.length;
  while (s < e && isGoSpace(text.charCodeAt(s))) s++;
  while (e > s && isGoSpace(text.charCodeAt(e - 1))) e--;
  return b.subarray(Buffer.byteLength(text.slice(0, s)), b.length - Buffer.byteLength(text.slice(e)));
}
function crlfToLf(b) {
  return Buffer.from(b.toString("latin1").replaceAll("\r\n", "\n"), "latin1");
}

// src/template/trust.ts
var HOW_TO = "pass --allow-unsigned (action input allow-unsigned: true) to run it, or --trusted-cert FILE (trusted-certs) to trust its signer";
function checkTrust(input, keys, bundled) {
  const imported = input.imported ?? [];
  const check = verifySignature(input.bytes, keys, imported);
  if (check.status === "valid") {
    const ambiguous = importBoundaryProblem(signedContent(input.bytes).content, imported, input.inline ?? []);
    if (ambiguous) return { rule: "ambiguous-imports", signer: check.signer, detail: ambiguous };
    return { rule: "signed", signer: check.signer, fragment: check.fragment, imported: imported.length };
  }
  if (imported.length === 0 && bundled.has(createHash2("sha256").update(input.bytes).digest("hex"))) return { rule: "bundled" };
  if (check.status === "unsigned") return { rule: "unsigned" };
  switch (check.reason) {
    case "unknown-key":
      return { rule: "unknown-key", ...check.fragment ? { fragment: check.fragment } : {} };
    case "tampered":
      return { rule: "tampered", ...check.fragment ? { fragment: check.fragment } : {} };
    case "malformed":
      return { rule: "malformed", detail: check.detail };
  }
}
function decideTrust(input, policy) {
  const check = checkTrust(input, policy.keys, policy.bundledSha256);
  if (check.rule === "signed") return { kind: "signed", signer: check.signer };
  if (check.rule === "bundled") return { kind: "bundled" };
  if (policy.allowUnsigned) return { kind: "allowed-unsigned", why: ruleText(check) };
  throw new UserError(`${input.path}: refused: ${ruleText(check)}; ${HOW_TO}`);
}
function ruleText(check) {
  switch (check.rule) {
    case "signed":
      return `signed by ${check.signer} (key ${check.fragment})${check.imported > 0 ? ` with ${check.imported} imported file(s)` : ""}`;
    case "bundled":
      return "bundled with fleetprobe (trusted by its exact content hash)";
    case "unsigned":
      return "unsigned code template";
    case "unknown-key":
      return check.fragment ? `signed by an unknown key ${check.fragment}` : "signed by an unknown key (the digest names no key, and no trusted key matches)";
    case "tampered":
      return `changed after signing (the signature by key ${check.fragment ?? "?"} does not match)`;
    case "malformed":
      return check.detail;
    case "ambiguous-imports":
      return `signed by ${check.signer}, but the signature covers imported files with an ambiguous boundary: ${check.detail}`;
  }
}
function verifyLine(path6, check) {
  const trusted = check.rule === "signed" || check.rule === "bundled";
  return `${path6}: ${trusted ? "trusted" : "not trusted"}: ${ruleText(check)}`;
}
async function loadTrustedKeys(files) {
  const extra = await Promise.all(
    files.map(async (file) => {
      const text = await readFile(file, "utf8").catch((e) => {
        throw new UserError(`${file}: cannot read trusted certificate (${e.code ?? e.message})`);
      });
      return loadTrustedKey(text, file);
    })
  );
  return [projectDiscoveryKey(), ...extra];
}

// version-only:package.json
var package_default = { version: "0.1.0" };

// src/version.ts
var VERSION = package_default.version;

// src/audit.ts
async function audit(templates, transport, signal, judgements = new Judgements(templates)) {
  const report = await transport.run(templates, signal);
  return { results: judgeAll(templates, report.runs, judgements), commandIds: report.commandIds, gaps: report.gaps ?? [] };
}
function judgeAll(templates, runs, judgements = new Judgements(templates)) {
  return everyTargetOnce(templates, runs).map((run) => judgements.of(run));
}
var Judgements = class {
  constructor(templates, now = () => /* @__PURE__ */ new Date()) {
    this.now = now;
    this.byId = new Map(templates.map((t) => [t.id, t]));
  }
  now;
  byId;
  judged = /* @__PURE__ */ new WeakMap();
  of(run) {
    let result = this.judged.get(run);
    if (!result) this.judged.set(run, result = judge(this.byId.get(run.templateId), run, this.now().toISOString()));
    return result;
  }
};
function judge(template, run, timestamp) {
  const base = { target: run.target, template: { id: template.id, path: template.path, info: template.info }, timestamp, ...run.commandId ? { commandId: run.commandId } : {} };
  if ("unaudited" in run) return { ...base, verdict: "unaudited", findings: [], unaudited: run.unaudited };
  const failure = run.blocks.find((b) => b.failure)?.failure;
  if (failure) return { ...base, verdict: "unaudited", findings: [], unaudited: failure };
  if (run.blocks.length !== template.blocks.length) {
    return { ...base, verdict: "unaudited", findings: [], unaudited: { reason: "incomplete-output", detail: `${run.blocks.length} of ${template.blocks.length} blocks reported` } };
  }
  const findings = evaluateTemplate(template, run.blocks, template.selfContained ? "" : run.target.id);
  return { ...base, verdict: verdictOf(template.info.severity, findings), findings };
}
function everyTargetOnce(templates, runs) {
  const targets = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Map();
  for (const run of runs) {
    targets.set(run.target.id, targets.get(run.target.id) ?? run.target);
    const key = `${run.templateId}\0${run.target.id}`;
    if (!seen.has(key)) seen.set(key, run);
  }
  const out = [];
  for (const target of targets.values()) {
    for (const template of templates) {
      out.push(
        seen.get(`${template.id}\0${target.id}`) ?? {
          target,
          templateId: template.id,
          unaudited: { reason: "failed", detail: "the transport returned no outcome for this template" }
        }
      );
    }
  }
  return out;
}

// src/baseline-file.ts
import { createReadStream } from "node:fs";

// src/report/baseline.ts
var Baseline = class {
  constructor(file) {
    this.file = file;
  }
  file;
  findings = /* @__PURE__ */ new Map();
  /** Host × template pairs the previous run judged (a finding, or a matcher-status line without error). */
  judged = /* @__PURE__ */ new Set();
  lines = 0;
  /** One JSONL line (1-based `n`): a nuclei ResultEvent as fleetprobe (or nuclei) writes it. */
  add(text, n) {
    if (text.trim() === "") return;
    const bad = (what) => new UserError(`input baseline: ${this.file}:${n}: ${what}; expected the JSONL of a previous fleetprobe run`);
    let v;
    try {
      v = JSON.parse(text);
    } catch (e) {
      throw bad(`not JSON (${oneLine(e.message, 100)})`);
    }
    if (typeof v !== "object" || v === null || Array.isArray(v)) throw bad("not a JSON object");
    const line = v;
    const str = (key, o = line) => {
      const x = o[key];
      if (x === void 0 || x === null) return void 0;
      if (typeof x !== "string") throw bad(`'${key}' is not a string`);
      return x;
    };
    const templateId = str("template-id");
    const host = str("host") ?? str("matched-at");
    if (templateId === void 0 || host === void 0) throw bad("no 'template-id' or no 'host'");
    const status = line["matcher-status"];
    if (typeof status !== "boolean") throw bad("'matcher-status' is not true or false");
    const own = [line["fleetprobe"], line["meta"]].find((o) => typeof o === "object" && o !== null && !Array.isArray(o)) ?? {};
    const account = str("account", own);
    const region = str("region", own);
    const info2 = typeof line["info"] === "object" && line["info"] !== null ? line["info"] : {};
    const severity = typeof info2["severity"] === "string" ? info2["severity"] : void 0;
    this.lines++;
    if (status) {
      const ref = { templateId, matcher: str("matcher-name") ?? str("extractor-name"), host, account, region, severity };
      this.findings.set(findingKey(ref), ref);
      this.judged.add(pairKey(templateId, account, region, host));
    } else if (str("error") === void 0) {
      this.judged.add(pairKey(templateId, account, region, host));
    }
  }
};
function compare(results, baseline) {
  const current = /* @__PURE__ */ new Map();
  const judged = /* @__PURE__ */ new Set();
  const newlyUnaudited = /* @__PURE__ */ new Set();
  for (const r of results) {
    const t = r.target;
    const pair = pairKey(r.template.id, t.account, t.region, t.id);
    if (r.verdict === "unaudited") {
      if (baseline.judged.has(pair)) newlyUnaudited.add(t.id);
      continue;
    }
    judged.add(pair);
    for (const f of r.findings) {
      const ref = { templateId: r.template.id, matcher: f.matcherName ?? f.extractorName, host: t.id, account: t.account, region: t.region, severity: r.template.info.severity };
      current.set(findingKey(ref), ref);
    }
  }
  const changes = { baseline: baseline.file, new: [], stillOpen: [], fixed: [], notRechecked: [], newlyUnaudited: [...newlyUnaudited] };
  for (const [key, ref] of current) (baseline.findings.has(key) ? changes.stillOpen : changes.new).push(ref);
  for (const [key, ref] of baseline.findings) {
    if (current.has(key)) continue;
    (judged.has(pairKey(ref.templateId, ref.account, ref.region, ref.host)) ? changes.fixed : changes.notRechecked).push(ref);
  }
  return changes;
}
function pairKey(templateId, account, region, host) {
  return JSON.stringify([templateId, account ?? "", region ?? "", host]);
}
function findingKey(f) {
  return JSON.stringify([f.templateId, f.matcher ?? "", f.account ?? "", f.region ?? "", f.host]);
}

// src/baseline-file.ts
var MAX_LINE = 4 * 1024 * 1024;
async function readBaseline(file) {
  const baseline = new Baseline(file);
  let pending = "";
  let n = 0;
  try {
    for await (const chunk of createReadStream(file, { encoding: "utf8", highWaterMark: 1024 * 1024 })) {
      pending += chunk;
      let start = 0;
      for (let at = pending.indexOf("\n"); at >= 0; at = pending.indexOf("\n", start)) {
        baseline.add(pending.slice(start, at), ++n);
        start = at + 1;
      }
      pending = pending.slice(start);
      if (pending.length > MAX_LINE) throw new UserError(`input baseline: ${file}:${n + 1}: a line longer than ${MAX_LINE / 1024 / 1024} MiB; expected the JSONL of a previous fleetprobe run`);
    }
  } catch (e) {
    if (e instanceof UserError) throw e;
    const code = e.code;
    if (code === "ENOENT") return void 0;
    throw new UserError(`input baseline: cannot read ${file} (${code ?? e.message})`);
  }
  baseline.add(pending, n + 1);
  return baseline;
}

// src/report-files.ts
import { randomBytes } from "node:crypto";
import { constants as constants3 } from "node:fs";
import { access, mkdir, open as open2, realpath as realpath2, stat as stat2, unlink, writeFile } from "node:fs/promises";
import path2 from "node:path";
async function checkReportFiles(files) {
  const seen = /* @__PURE__ */ new Map();
  for (const f of files) {
    const where = await writableAt(f);
    const first = seen.get(where);
    if (first) throw new UserError(`inputs ${first.input} and ${f.input} both name ${first.file}; give each report its own file`);
    seen.set(where, f);
  }
}
async function writeReportFile(f, text) {
  try {
    await mkdir(path2.dirname(path2.resolve(f.file)), { recursive: true });
    await writeFile(f.file, text);
  } catch (e) {
    throw new UserError(`input ${f.input}: cannot write ${f.file} (${e.code ?? e.message})`);
  }
}
async function writableAt(f) {
  const cannot = (why) => new UserError(`input ${f.input}: cannot write ${f.file} (${why})`);
  const code = (e) => e.code ?? String(e);
  const target = path2.resolve(f.file);
  const info2 = await stat2(target).catch(() => void 0);
  if (info2) {
    if (info2.isDirectory()) throw cannot("it is a directory");
    await (await open2(target, "r+").catch((e) => {
      throw cannot(code(e));
    })).close();
    return realpath2(target);
  }
  const parent = await stat2(path2.dirname(target)).catch(() => void 0);
  if (parent?.isDirectory()) {
    const probe = path2.join(path2.dirname(target), `.${path2.basename(target)}.${randomBytes(6).toString("hex")}.check`);
    await (await open2(probe, "wx").catch((e) => {
      throw cannot(code(e));
    })).close();
    await unlink(probe);
    return path2.join(await realpath2(path2.dirname(target)), path2.basename(target));
  }
  let dir = path2.dirname(target);
  for (; ; ) {
    const d = await stat2(dir).catch(() => void 0);
    if (d) {
      if (!d.isDirectory()) throw cannot(`${dir} is not a directory`);
      await access(dir, constants3.W_OK | constants3.X_OK).catch(() => {
        throw cannot(`${dir} is not writable`);
      });
      return path2.join(await realpath2(dir), path2.relative(dir, target));
    }
    dir = path2.dirname(dir);
  }
}

// src/report/jsonl.ts
var TEMPLATES_REPO_URL = "https://cloud.projectdiscovery.io/public/";
var PD_VERIFIER = "projectdiscovery/nuclei-templates";
function toJsonl(report, options) {
  const templates = new Map(report.templates.map((t) => [t.id, t]));
  const shared = /* @__PURE__ */ new Map();
  const fieldsOf = (r) => {
    let f = shared.get(r.template.id);
    if (!f) {
      const trust = templates.get(r.template.id)?.trust;
      shared.set(r.template.id, f = { file: options.templateFiles?.get(r.template.id), pd: trust?.kind === "signed" && trust.signer === PD_VERIFIER, info: info(r.template.info) });
    }
    return f;
  };
  const lines = [];
  for (const result of report.results) {
    const fields = fieldsOf(result);
    const line = (finding) => JSON.stringify(event(result, finding, fields));
    if (result.findings.length > 0) {
      for (const finding of result.findings) lines.push(line(finding));
    } else if (options.matcherStatus || report.interrupted && result.verdict === "unaudited") {
      lines.push(line(void 0));
    }
  }
  return lines.length === 0 ? "" : `${lines.join("\n")}
`;
}
function event(result, finding, { file, pd: pd2, info: info2 }) {
  const { target } = result;
  return {
    ...file?.inTemplatesDir ? { template: file.inTemplatesDir } : {},
    ...pd2 ? { "template-url": `${TEMPLATES_REPO_URL}${result.template.id}` } : {},
    "template-id": result.template.id,
    "template-path": file?.path ?? result.template.path,
    info: info2,
    ...finding?.matcherName ? { "matcher-name": finding.matcherName } : {},
    ...finding?.extractorName ? { "extractor-name": finding.extractorName } : {},
    type: "code",
    // A code template's input is the target; nuclei reports it as host and matched-at.
    host: target.id,
    "matched-at": target.id,
    ...finding && finding.extracted.length > 0 ? { "extracted-results": finding.extracted } : {},
    timestamp: result.timestamp,
    "matcher-status": finding !== void 0,
    ...result.unaudited ? { error: `not audited: ${result.unaudited.reason}: ${result.unaudited.detail}` } : {},
    fleetprobe: {
      transport: target.transport,
      ...target.account ? { account: target.account } : {},
      ...target.region ? { region: target.region } : {},
      ...target.name ? { name: target.name } : {},
      ...result.commandId ? { "command-id": result.commandId } : {},
      verdict: result.verdict,
      ...result.unaudited ? { reason: result.unaudited.reason } : {},
      ...finding ? { block: finding.block, evidence: finding.evidence } : {}
    }
  };
}
function info(i) {
  const classification = i.classification ? normaliseClassification(i.classification) : void 0;
  return {
    name: i.name,
    author: i.author.length > 0 ? i.author : null,
    tags: i.tags.length > 0 ? i.tags : null,
    ...i.description ? { description: i.description } : {},
    ...i.impact ? { impact: i.impact } : {},
    ...i.reference.length > 0 ? { reference: i.reference } : {},
    severity: i.severity,
    ...i.metadata && Object.keys(i.metadata).length > 0 ? { metadata: i.metadata } : {},
    ...classification ? { classification } : {},
    ...i.remediation ? { remediation: i.remediation } : {}
  };
}
function normaliseClassification(c) {
  const text = (v) => typeof v === "string" || typeof v === "number" ? String(v) : void 0;
  const score = (v) => {
    const n = typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" ? Number(v) : NaN;
    return Number.isFinite(n) && n !== 0 ? n : void 0;
  };
  const out = { "cve-id": stringSlice(c["cve-id"]), "cwe-id": stringSlice(c["cwe-id"]) };
  const metrics = text(c["cvss-metrics"]);
  if (metrics) out["cvss-metrics"] = metrics;
  for (const key of ["cvss-score", "epss-score", "epss-percentile"]) {
    const n = score(c[key]);
    if (n !== void 0) out[key] = n;
  }
  const cpe = text(c["cpe"]);
  if (cpe) out["cpe"] = cpe;
  return out;
}
function stringSlice(v) {
  if (v === void 0 || v === null) return null;
  const one = (x) => x === null || x === void 0 ? "" : typeof x === "object" ? JSON.stringify(x) : String(x);
  const items = Array.isArray(v) ? v.map(one) : one(v).trim() === "" ? [] : one(v).split(",");
  return items.map((s) => s.trim().toLowerCase());
}

// src/report/sarif.ts
import { createHash as createHash3 } from "node:crypto";
import path3 from "node:path";
import { gzipSync } from "node:zlib";
var MAX_RESULTS = 25e3;
var MAX_GZIP_BYTES = 10 * 1024 * 1024;
var MAX_NOTIFICATIONS = 1e3;
var MAX_TEXT = 1024;
var SCORE = { critical: "9.4", high: "8.0", medium: "5.0", low: "2.0", info: "1.0", unknown: "1.0" };
var LEVEL = { critical: "error", high: "error", medium: "warning", low: "note", info: "note", unknown: "note" };
function toSarif(report, options) {
  const rules = report.templates.map((t) => rule(t));
  const ruleIndex = new Map(report.templates.map((t, i) => [t.id, i]));
  const findings = report.results.flatMap((r) => r.findings.map((f) => ({ result: r, finding: f })));
  const notes = [];
  findings.sort((a, b) => severityRank(b.result.template.info.severity) - severityRank(a.result.template.info.severity));
  let kept = findings.slice(0, options.maxResults ?? MAX_RESULTS);
  const build2 = (k, dropped) => log(report, options, rules, k.map(({ result, finding }) => sarifResult(result, finding, ruleIndex.get(result.template.id) ?? 0)), dropped);
  let sarif = build2(kept, findings.length - kept.length);
  const limit = options.maxGzipBytes ?? MAX_GZIP_BYTES;
  while (kept.length > 0 && gzipSync(JSON.stringify(sarif)).length > limit) {
    kept = kept.slice(0, Math.floor(kept.length * 0.8));
    sarif = build2(kept, findings.length - kept.length);
  }
  if (kept.length < findings.length) {
    notes.push(`SARIF: kept the ${kept.length} most severe of ${findings.length} results to stay within GitHub's limits (25,000 results, 10 MB gzipped); the JSONL report has them all`);
  }
  return { log: sarif, notes };
}
function log(report, options, rules, results, dropped) {
  const note = (level, id, text, locations = []) => ({ level, message: { text }, descriptor: { id }, locations });
  const unaudited = report.results.filter((r) => r.verdict === "unaudited");
  const notifications = [
    ...report.interrupted ? [note("error", "interrupted", `the run was interrupted (${report.interrupted}): these results cover only what finished; the targets still running are not audited`)] : [],
    // Scopes (account, region) not audited: their hosts are not even known, so they are execution notifications.
    ...unauditedScopes(report.gaps).map((g) => note("error", "scope-not-audited", describeGap(g))),
    ...unaudited.slice(0, MAX_NOTIFICATIONS).map(
      (r) => note("warning", `unaudited/${r.unaudited.reason}`, `${oneLine(r.target.id, 120)} not audited for ${r.template.id}: ${r.unaudited.reason}: ${oneLine(r.unaudited.detail)}`, [hostLocation(r.target)])
    )
  ];
  if (unaudited.length > MAX_NOTIFICATIONS) notifications.push(note("warning", "unaudited/more", `${unaudited.length - MAX_NOTIFICATIONS} more target \xD7 template pairs were not audited; see the JSONL report`));
  if (dropped > 0) notifications.push(note("warning", "results-dropped", `${dropped} less severe results were left out to stay within GitHub's limits; the JSONL report has them all`));
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "fleetprobe", version: options.toolVersion, semanticVersion: options.toolVersion, rules } },
        automationDetails: { id: `${category(options.category ?? `fleetprobe/${report.selection}`)}/` },
        invocations: [
          {
            // Hosts fleetprobe could not audit are notifications, not a failed execution: code scanning refuses
            // to process a run with executionSuccessful false ("unsuccessful execution"), so one offline host
            // would hide every finding. An interrupted run is the exception: it did not run to completion, and
            // uploading it would close the alerts of every host it never reached, so it says so and is refused.
            executionSuccessful: !report.interrupted,
            ...report.interrupted ? { exitCode: 130, exitSignalName: report.interrupted } : {},
            startTimeUtc: report.startedAt,
            endTimeUtc: report.finishedAt,
            toolExecutionNotifications: notifications,
            // Templates skipped at load are a configuration problem: the file and line that caused it.
            toolConfigurationNotifications: skippedTemplates(report.gaps).map((g) => ({
              level: "error",
              message: { text: describeGap(g) },
              descriptor: { id: "template-skipped" },
              locations: [{ physicalLocation: { artifactLocation: { uri: templateUri(g.file) }, region: { startLine: Math.max(1, g.line ?? 1) } } }]
            }))
          }
        ],
        results,
        properties: { commandIds: report.commandIds, selection: report.selection }
      }
    ]
  };
}
function rule(t) {
  const { info: info2 } = t;
  const remediation = info2.remediation ? `

## Remediation

${info2.remediation.trim()}` : "";
  const references = info2.reference.length > 0 ? `

## References

${info2.reference.map((r) => `- ${r}`).join("\n")}` : "";
  const description = (info2.description ?? info2.name).trim();
  return {
    id: t.id,
    name: pascal(t.id),
    shortDescription: { text: clip(info2.name, MAX_TEXT) },
    fullDescription: { text: clip(description, MAX_TEXT) },
    help: {
      text: clip(`${description}${info2.remediation ? `
Remediation: ${info2.remediation.trim()}` : ""}`, 4e3),
      markdown: `**${info2.name}** (severity: ${info2.severity})

${description}${remediation}${references}`
    },
    defaultConfiguration: { level: LEVEL[info2.severity] },
    properties: {
      tags: ["security", ...info2.tags.filter((tag) => tag !== "security")],
      precision: t.trust.kind === "bundled" ? "high" : "medium",
      "security-severity": SCORE[info2.severity]
    }
  };
}
function sarifResult(r, f, index) {
  const matcher = f.matcherName ?? f.extractorName;
  const evidence = oneLine(f.evidence);
  const host = oneLine(r.target.id, 120);
  const name = r.target.name && r.target.name !== r.target.id ? ` (${oneLine(r.target.name, 120)})` : "";
  return {
    ruleId: r.template.id,
    ruleIndex: index,
    level: LEVEL[r.template.info.severity],
    kind: "fail",
    message: { text: `${r.template.info.name}${matcher ? ` [${oneLine(matcher, 120)}]` : ""} on ${host}${name}${evidence ? `: ${evidence}` : ""}` },
    locations: [hostLocation(r.target)],
    relatedLocations: [{ id: 1, physicalLocation: { artifactLocation: { uri: templateUri(r.template.path) } }, message: { text: `template ${r.template.id}` } }],
    partialFingerprints: { primaryLocationLineHash: fingerprint(r, f) },
    properties: {
      host: r.target.id,
      transport: r.target.transport,
      ...r.target.account ? { account: r.target.account } : {},
      ...r.target.region ? { region: r.target.region } : {},
      ...matcher ? { matcher } : {},
      block: f.block,
      ...f.extracted.length > 0 ? { extracted: f.extracted.map((e) => oneLine(e)) } : {},
      ...r.commandId ? { commandId: r.commandId } : {}
    }
  };
}
function hostPath(t) {
  const parts = t.transport === "local" ? ["local", t.id] : [t.account ?? "unknown-account", t.region ?? "unknown-region", t.id];
  return ["fleet", ...parts.map(segment)].join("/");
}
function hostLocation(t) {
  return {
    physicalLocation: { artifactLocation: { uri: hostPath(t) }, region: { startLine: 1 } },
    logicalLocations: [{ name: t.id, fullyQualifiedName: hostPath(t), kind: "resource" }]
  };
}
function fingerprint(r, f) {
  const key = [r.template.id, f.matcherName ?? f.extractorName ?? "", r.target.account ?? "", r.target.region ?? "", r.target.id].join("\0");
  return `${createHash3("sha256").update(key).digest("hex").slice(0, 32)}:1`;
}
function templateUri(p) {
  if (p.startsWith("bundled:")) return `templates/${segment(p.slice("bundled:".length))}`;
  const relative = path3.isAbsolute(p) ? path3.relative(process.cwd(), p) : p;
  const safe = relative.startsWith("..") ? path3.basename(p) : relative;
  return safe.split(/[\\/]+/).filter((s) => s !== "" && s !== ".").map(segment).join("/") || "template";
}
function segment(s) {
  return s.replace(/[^A-Za-z0-9._-]/g, "_").replace(/^\.+$/, "_") || "_";
}
function category(c) {
  return c.replace(/[^A-Za-z0-9._/=-]/g, "-").replace(/\/+$/, "");
}
function pascal(id) {
  return id.replace(/(^|[-_])([a-z0-9])/gi, (_, __, c) => c.toUpperCase());
}

// src/template-files.ts
import { existsSync } from "node:fs";
import os from "node:os";
import path4 from "node:path";
import { fileURLToPath } from "node:url";
var BUNDLED = "bundled:";
function templateFiles(templates, env = process.env) {
  const home = env["HOME"] || os.homedir();
  const nucleiDir = path4.resolve(env["NUCLEI_TEMPLATES_DIR"] || path4.join(home, "nuclei-templates"));
  return new Map(
    templates.map((t) => {
      const file = t.path.startsWith(BUNDLED) ? bundledFile(t.path.slice(BUNDLED.length)) : path4.resolve(t.path);
      const inside = path4.relative(nucleiDir, file);
      const within = inside !== "" && !inside.startsWith("..") && !path4.isAbsolute(inside);
      return [t.id, { path: file, ...within ? { inTemplatesDir: inside } : {} }];
    })
  );
}
function bundledFile(name) {
  let dir = path4.dirname(fileURLToPath(import.meta.url));
  for (; ; ) {
    const candidate = path4.join(dir, "templates", name);
    if (existsSync(candidate) && existsSync(path4.join(dir, "package.json"))) return candidate;
    const up = path4.dirname(dir);
    if (up === dir) return path4.resolve("templates", name);
    dir = up;
  }
}

// src/template/load.ts
import { createHash as createHash5 } from "node:crypto";
import { readdir, stat as stat3 } from "node:fs/promises";
import path5 from "node:path";

// src/matchers/operators.ts
var EVENT_KEYS = ["response", "stderr", "input", "type"];
var ALWAYS_PARTS = /* @__PURE__ */ new Set([...EVENT_KEYS, "body", "template-id", "template-path", "template-info"]);
var OTHER_PROTOCOL_PARTS = /* @__PURE__ */ new Set([
  "all",
  "all_headers",
  "header",
  "headers",
  "raw",
  "request",
  "status_code",
  "content_length",
  "content_type",
  "cookie",
  "location",
  "host",
  "matched",
  "redirect",
  "interactsh_protocol",
  "interactsh_request",
  "interactsh_response",
  "interactsh_ip",
  "duration",
  "rdns",
  "answer",
  "ns",
  "extra",
  "question",
  "trace",
  "data",
  "path",
  "method",
  "resp"
]);
var COMMON_FIELDS = ["type", "condition", "name", "match-all", "negative", "internal"];
var MATCHER_FIELDS = {
  word: [...COMMON_FIELDS, "words", "part", "encoding", "case-insensitive"],
  regex: [...COMMON_FIELDS, "regex", "part", "encoding", "case-insensitive"],
  binary: [...COMMON_FIELDS, "binary", "part", "encoding", "case-insensitive"],
  size: [...COMMON_FIELDS, "size", "part"],
  dsl: [...COMMON_FIELDS, "dsl"]
};
var ALL_MATCHER_FIELDS = /* @__PURE__ */ new Set([...Object.values(MATCHER_FIELDS).flat(), "status", "xpath"]);
var SUPPORTED_MATCHERS = "word, regex, binary, size, dsl";
var EXTRACTOR_FIELDS = {
  regex: ["type", "name", "internal", "part", "regex", "group"],
  kval: ["type", "name", "internal", "part", "kval", "case-insensitive"],
  dsl: ["type", "name", "internal", "part", "dsl"],
  json: ["type", "name", "internal", "part", "json"]
};
var ALL_EXTRACTOR_FIELDS = /* @__PURE__ */ new Set([...Object.values(EXTRACTOR_FIELDS).flat(), "json", "xpath", "attribute"]);
var SUPPORTED_EXTRACTORS = "regex, kval, json, dsl";
function compileOperators(block, blockPath, where, scope) {
  const fail = (path6, message) => {
    throw inputError(where.file, where.line([...blockPath, ...path6]) ?? where.line(blockPath), message);
  };
  const rawMatchers = list(block["matchers"], ["matchers"], "matchers", fail);
  const rawExtractors = list(block["extractors"], ["extractors"], "extractors", fail);
  let condition = "or";
  const mc = block["matchers-condition"];
  if (mc !== void 0 && mc !== null && mc !== "") {
    if (mc !== "and" && mc !== "or") fail(["matchers-condition"], `matchers-condition '${shown(mc)}' is not allowed; use 'and' or 'or'`);
    condition = mc;
  }
  if (rawMatchers.length === 0 && rawExtractors.length === 0) {
    if (mc !== void 0) fail(["matchers-condition"], "matchers-condition is set but the block has no matchers");
    return void 0;
  }
  const extractors = rawExtractors.map((raw, i) => compileExtractor(raw, ["extractors", i], fail));
  const extractorNames = extractors.flatMap((e) => e.name === void 0 ? [] : [e.name]);
  const checkPart = (value, path6) => {
    if (value === void 0 || value === null || value === "" || value === "body") return "response";
    if (typeof value !== "string") return fail(path6, "'part' must be a string");
    if (!isKnownPart(value, extractorNames, scope)) {
      fail(
        path6,
        `unknown part '${value}' for a code block; allowed: response (or body), stderr, input, type, <block>_response/_stderr/_input/_type of a block (code_1_response, or <id>_response), a template variable or an extractor name`
      );
    }
    return value;
  };
  const matchers = rawMatchers.map((raw, i) => compileMatcher(raw, i, fail, checkPart));
  for (const [i, raw] of rawExtractors.entries()) {
    const e = extractors[i];
    if (e !== void 0 && (e.type === "regex" || e.type === "json")) checkPart(raw["part"], ["extractors", i, "part"]);
  }
  return { kind: "operators", condition, matchers, extractors };
}
function list(value, path6, what, fail) {
  if (value === void 0 || value === null) return [];
  if (!Array.isArray(value)) return fail(path6, `'${what}' must be a list`);
  return value.map((item, i) => {
    if (item === null || typeof item !== "object" || Array.isArray(item)) fail([...path6, i], `each entry of '${what}' must be a mapping`);
    return item;
  });
}
function isKnownPart(part, extractorNames, scope) {
  if (ALWAYS_PARTS.has(part) || extractorNames.includes(part)) return true;
  if (scope !== void 0) {
    if (scope.variables.includes(part)) return true;
    return scope.contextIds.some((id) => part.startsWith(`${id}_`) && [...EVENT_KEYS, ...scope.variables].includes(part.slice(id.length + 1)));
  }
  if (/^[A-Za-z0-9_.-]+_(response|stderr|input|type)$/.test(part)) return true;
  return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(part) && !OTHER_PROTOCOL_PARTS.has(part);
}
function strings(value, path6, field, fail) {
  if (value === void 0 || value === null) return [];
  const items = Array.isArray(value) ? value : [value];
  return items.map((item, i) => {
    if (typeof item === "string") return item;
    if (typeof item === "number" || typeof item === "boolean") return String(item);
    return fail([...path6, i], `each entry of '${field}' must be a string`);
  });
}
function flag(raw, key, path6, fail) {
  const v = raw[key];
  if (v === void 0 || v === null) return false;
  if (typeof v !== "boolean") fail([...path6, key], `'${key}' must be true or false`);
  return v;
}
function optionalName(raw, path6, fail) {
  const v = raw["name"];
  if (v === void 0 || v === null || v === "") return void 0;
  if (typeof v !== "string") return fail([...path6, "name"], "'name' must be a string");
  return v;
}
function compileMatcher(raw, index, fail, checkPart) {
  const at = ["matchers", index];
  const rawType = raw["type"];
  if (typeof rawType !== "string" || rawType.trim() === "") fail([...at, "type"], `matcher ${index + 1} needs a 'type' (${SUPPORTED_MATCHERS})`);
  const type = rawType.trim().toLowerCase();
  if (type === "status") fail([...at, "type"], `matcher type 'status' never matches on a code block (nuclei has no status for code); use ${SUPPORTED_MATCHERS}`);
  if (type === "xpath") fail([...at, "type"], `matcher type 'xpath' is not supported for code templates; use ${SUPPORTED_MATCHERS}`);
  const allowed = MATCHER_FIELDS[type];
  if (allowed === void 0) return fail([...at, "type"], `unknown matcher type '${String(rawType)}'; allowed: ${SUPPORTED_MATCHERS}`);
  for (const [key, value] of Object.entries(raw)) {
    if (!ALL_MATCHER_FIELDS.has(key)) fail([...at, key], `unknown matcher field '${key}'; a ${type} matcher takes: ${allowed.join(", ")}`);
    if (!allowed.includes(key) && value !== void 0 && value !== null && value !== false && value !== "") {
      fail([...at, key], `field '${key}' does not apply to a ${type} matcher; it takes: ${allowed.join(", ")}`);
    }
  }
  const rawCondition = raw["condition"];
  let condition = "or";
  if (rawCondition !== void 0 && rawCondition !== null && rawCondition !== "") {
    if (rawCondition !== "and" && rawCondition !== "or") fail([...at, "condition"], `condition '${shown(rawCondition)}' is not allowed; use 'and' or 'or'`);
    condition = rawCondition;
  }
  const caseInsensitive = flag(raw, "case-insensitive", at, fail);
  if (caseInsensitive && type !== "word") fail([...at, "case-insensitive"], `'case-insensitive' is supported only for word matchers (not ${type})`);
  const encoding = raw["encoding"];
  if (encoding !== void 0 && encoding !== null && encoding !== "" && encoding !== "hex") fail([...at, "encoding"], `encoding '${shown(encoding)}' is not allowed; the only encoding is 'hex'`);
  const name = optionalName(raw, at, fail);
  const common = {
    index,
    ...name === void 0 ? {} : { name },
    condition,
    negative: flag(raw, "negative", at, fail),
    internal: flag(raw, "internal", at, fail),
    matchAll: flag(raw, "match-all", at, fail)
  };
  const values = (field) => {
    const v = strings(raw[field], [...at, field], field, fail);
    if (v.length === 0) fail([...at, field === "dsl" ? "type" : field], `a ${type} matcher needs a non-empty '${field}' list`);
    return v;
  };
  switch (type) {
    case "word": {
      const part = checkPart(raw["part"], [...at, "part"]);
      const words = values("words").map((w) => {
        let word = encoding === "hex" ? decodeHexOr(w) : fromText(w);
        if (caseInsensitive) word = goToLower(word);
        return { word, rendered: renderWord(word) };
      });
      return { ...common, type: "word", part, words, caseInsensitive };
    }
    case "regex": {
      const part = checkPart(raw["part"], [...at, "part"]);
      const regexes = values("regex").map((pattern, i) => compileRegex(pattern, [...at, "regex", i], fail));
      return { ...common, type: "regex", part, regexes };
    }
    case "binary": {
      const part = checkPart(raw["part"], [...at, "part"]);
      const binary = values("binary").map((hex, i) => {
        if (!/^(?:[0-9a-fA-F]{2})*$/.test(hex)) fail([...at, "binary", i], `binary value '${hex}' is not valid hex`);
        return Buffer.from(hex, "hex").toString("latin1");
      });
      return { ...common, type: "binary", part, binary };
    }
    case "size": {
      const part = checkPart(raw["part"], [...at, "part"]);
      const sizes = values("size").map((s, i) => {
        if (!/^\d+$/.test(s)) fail([...at, "size", i], `size '${s}' must be a whole number of bytes`);
        return Number(s);
      });
      return { ...common, type: "size", part, sizes };
    }
    default: {
      const dsl = values("dsl").map((expr, i) => compileExpression(expr, [...at, "dsl", i], fail));
      return { ...common, type: "dsl", dsl };
    }
  }
}
function compileExtractor(raw, at, fail) {
  const rawType = raw["type"];
  if (typeof rawType !== "string" || rawType.trim() === "") return fail([...at, "type"], `extractor needs a 'type' (${SUPPORTED_EXTRACTORS})`);
  const type = rawType.trim().toLowerCase();
  const allowed = EXTRACTOR_FIELDS[type];
  if (allowed === void 0) {
    const why = type === "xpath" ? "is not supported for code templates" : "is unknown";
    return fail([...at, "type"], `extractor type '${rawType}' ${why}; allowed: ${SUPPORTED_EXTRACTORS}`);
  }
  for (const [key, value] of Object.entries(raw)) {
    if (!ALL_EXTRACTOR_FIELDS.has(key)) fail([...at, key], `unknown extractor field '${key}'; a ${type} extractor takes: ${allowed.join(", ")}`);
    if (!allowed.includes(key) && key !== "case-insensitive" && value !== void 0 && value !== null && value !== false && value !== "") {
      fail([...at, key], `field '${key}' does not apply to a ${type} extractor; it takes: ${allowed.join(", ")}`);
    }
  }
  const caseInsensitive = flag(raw, "case-insensitive", at, fail);
  if (caseInsensitive && type !== "kval") fail([...at, "case-insensitive"], `'case-insensitive' is supported only for kval extractors (not ${type})`);
  const name = optionalName(raw, at, fail);
  const common = { ...name === void 0 ? {} : { name }, internal: flag(raw, "internal", at, fail) };
  const values = (field) => {
    const v = strings(raw[field], [...at, field], field, fail);
    if (v.length === 0) fail([...at, field], `a ${type} extractor needs a non-empty '${field}' list`);
    return v;
  };
  switch (type) {
    case "regex": {
      const group = raw["group"] ?? 0;
      if (typeof group !== "number" || !Number.isInteger(group) || group < 0) fail([...at, "group"], "'group' must be a whole number (0 is the whole match)");
      const regexes = values("regex").map((pattern, i) => compileRegex(pattern, [...at, "regex", i], fail));
      return { ...common, type: "regex", part: partOf(raw), regexes, group };
    }
    case "json": {
      const queries = values("json").map((q, i) => {
        try {
          return compileJq(q);
        } catch (err) {
          if (err instanceof JqSyntaxError) return fail([...at, "json", i], err.message);
          throw err;
        }
      });
      return { ...common, type: "json", part: partOf(raw), queries };
    }
    case "kval":
      return { ...common, type: "kval", keys: values("kval").map((k) => k.toLowerCase()), caseInsensitive };
    default:
      return { ...common, type: "dsl", dsl: values("dsl").map((expr, i) => compileExpression(expr, [...at, "dsl", i], fail)) };
  }
}
function partOf(raw) {
  const part = raw["part"];
  return typeof part === "string" && part !== "" && part !== "body" ? part : "response";
}
function compileRegex(pattern, path6, fail) {
  try {
    return compileGoRegex(pattern);
  } catch (err) {
    if (err instanceof RegexSyntaxError) {
      return fail(path6, `regex '${pattern}' is not valid Go (RE2) syntax, which nuclei requires: ${err.message.replace(/^error parsing regexp: /, "")}`);
    }
    throw err;
  }
}
function compileExpression(expr, path6, fail) {
  try {
    return compileDsl(expr);
  } catch (err) {
    if (err instanceof DslSyntaxError) {
      const helper = /^Undefined function (\S+)$/.exec(err.message)?.[1];
      if (helper !== void 0 && isUnimplementedHelper(helper)) {
        return fail(path6, `dsl expression '${expr}' calls nuclei helper '${helper}', which fleetprobe does not implement (random, time, network and compression helpers are left out)`);
      }
      return fail(path6, `dsl expression '${expr}' does not parse: ${err.message}`);
    }
    throw err;
  }
}
function decodeHexOr(word) {
  if (!/^(?:[0-9a-fA-F]{2})+$/.test(word)) return fromText(word);
  return Buffer.from(word, "hex").toString("latin1");
}
function renderWord(word) {
  if (!word.includes("{{")) return word;
  try {
    return renderText(word, {});
  } catch (err) {
    if (err instanceof DslError) return void 0;
    throw err;
  }
}

// src/template/bundled.ts
import { createHash as createHash4 } from "node:crypto";

// raw:templates/smtp-open-relay.yaml
var smtp_open_relay_default = `id: smtp-open-relay

info:
  name: Linux SMTP Open Relay Misconfigured
  author: songyaeji,fleetprobe
  severity: high
  description: |
    Sendmail, Postfix and Exim were checked for proper restrictions against unauthorized relay attempts. Improper configurations allowed attackers to abuse the server for spam or denial-of-service (DoS) attacks.
    This version asks each running MTA itself whether it would relay for an outside client, without sending mail, queueing anything or changing its configuration: Postfix through a one-off smtpd session of each public smtpd service (XCLIENT sets an outside client; the recipient is never queued), Sendmail through address test mode (sendmail -bt) over its real rulesets, Exim through host checking mode (exim -bh). The outside clients are documentation addresses (203.0.113.77, 198.51.100.77, 2001:db8::77), with and without a host name, sending from an outside address, the null sender, the host's own domain and any sender or HELO name the configuration's access tables trust. Where the MTA cannot be asked (not root, no smtpd), Postfix's restrictions are evaluated from its configuration with every table lookup done by postmap. A host whose relay policy cannot be confirmed either way is reported as a finding marked [UNCONFIRMED] (with the reason), never as safe.
  reference:
    - https://isms.kisa.or.kr
    - https://www.postfix.org/SMTPD_ACCESS_README.html
    - https://www.postfix.org/XCLIENT_README.html
    - https://www.sendmail.org/~ca/email/relayingdenied.html
    - https://www.exim.org/exim-html-current/doc/html/spec_html/ch-the_exim_command_line.html
  remediation: |
    Postfix: keep reject_unauth_destination (or defer_unauth_destination) in smtpd_relay_restrictions before anything that permits outside clients, keep mynetworks to the hosts that really submit mail (never 0.0.0.0/0), and never answer OK in a client, sender or HELO access table for clients, senders or names an attacker can use or forge (static:OK, catch-all regexps, the null sender, your own domain); put policy services after reject_unauth_destination, and use permit_tls_all_clientcerts only with a private CA as the only trusted one. An [UNCONFIRMED] finding names what the probe could not judge (run it as root, or make that part of the policy explicit). Sendmail: remove FEATURE(\`promiscuous_relay'), FEATURE(\`relay_local_from') and FEATURE(\`relay_mail_from'), local rulesets that accept any recipient, and broad RELAY entries in /etc/mail/access and /etc/mail/relay-domains. Exim: keep relay_from_hosts (dc_relay_nets) to the hosts that really submit mail and relay_to_domains to the domains you back up, and keep the "require domains = +local_domains : +relay_to_domains" rule in acl_check_rcpt.
  tags: linux,local,kisa,audit,compliance

self-contained: true

code:
  - engine:
      - bash
      - sh
    source: |
      # Sendmail: does it relay mail from an outside client to an outside domain? Asked of Sendmail itself: its
      # address test mode (sendmail -bt, which delivers nothing) runs the real check_relay, check_mail and check_rcpt
      # rulesets of the built sendmail.cf with the client macros of an outside client, for each sender an attacker
      # would forge. access.db, relay-domains, relay_based_on_MX, LUSER_RELAY and local rulesets are all in play.
      T0=$(date +%s)
      bounded() {
        b=$(( 24 - $(date +%s) + T0 ))
        [ "$b" -gt "$1" ] && b=$1
        [ "$b" -ge 1 ] || return 124
        shift
        if command -v timeout >/dev/null 2>&1; then timeout -k 1 "$b" "$@"; else "$@"; fi
      }
      # Processes as "pid args": ps, or /proc where there is no ps (minimal images).
      procs() { ps -eo pid=,args= 2>/dev/null || for d in /proc/[0-9]*; do printf '%s %s\\n' "\${d#/proc/}" "$(tr '\\0' ' ' < "$d/cmdline" 2>/dev/null)"; done; }
      # Running? An MTA daemon's process title, else its pid file.
      pid=$(procs | awk '$2 == "sendmail:" && $3 == "MTA:" || $0 ~ /(^|[ \\/])sendmail(-mta)?( .*)? -bd/ { print $1; exit }')
      if [ -z "$pid" ]; then
        for pidfile in /run/sendmail/mta/sendmail.pid /var/run/sendmail.pid /var/run/sendmail/mta/sendmail.pid; do
          p=$(head -n 1 "$pidfile" 2>/dev/null)
          case "$p" in ''|*[!0-9]*) continue ;; esac
          if [ -d "/proc/$p" ] || kill -0 "$p" 2>/dev/null; then pid=$p; break; fi
        done
      fi
      if [ -z "$pid" ]; then
        echo "[INFO] Sendmail is not running."
        exit 0
      fi
      cf=/etc/mail/sendmail.cf
      if [ ! -r "$cf" ]; then
        echo "[UNCONFIRMED] Sendmail relay policy could not be confirmed, so the host is not passed: $cf cannot be read (read configuration)."
        exit 0
      fi
      # Reachable from other hosts? Every MTA listener bound to loopback means nobody outside can relay.
      listeners=$(grep -E '^O DaemonPortOptions=' "$cf" | grep -Ev 'M=[A-Za-z]*a')
      if [ -n "$listeners" ] && ! printf '%s\\n' "$listeners" | grep -Evq 'Addr=(127\\.[0-9.]+|::1|localhost)([, ]|$)'; then
        echo "[SAFE] Sendmail listens on loopback only; it cannot relay for other hosts (read configuration)."
        exit 0
      fi
      # The daemon's own binary (root can see it), else the usual places of Sendmail's (not Postfix's or Exim's).
      bin=''
      bin=$(readlink "/proc/$pid/exe" 2>/dev/null)
      for b in "$bin" /usr/libexec/sendmail/sendmail /usr/lib/sm.bin/sendmail /usr/sbin/sendmail-mta /usr/sbin/sendmail; do
        [ -n "$b" ] && [ -x "$b" ] || continue
        if bounded 5 "$b" -d0.1 -bt </dev/null 2>/dev/null | grep -q '^Version 8\\.'; then bin=$b; break; fi
        bin=''
      done
      RCPT=relay-probe@relay-target.example
      NAME=relay-probe.example.net
      # Forgeable senders: an outside one, the null sender, this host's own name and domain, and the senders its
      # access map lets relay (From: or untagged entries answering RELAY or OK).
      access=''
      if [ -r /etc/mail/access ]; then
        access=$(cat /etc/mail/access)
      elif [ -r /etc/mail/access.db ]; then
        for mm in makemap /usr/sbin/makemap /usr/libexec/sendmail/makemap; do
          if command -v "$mm" >/dev/null 2>&1; then access=$(bounded 5 "$mm" -u hash /etc/mail/access 2>/dev/null); break; fi
        done
      fi
      verdict=''
      # A configuration that singles out the probe's own test identities cannot be judged by asking it.
      if { cat "$cf" /etc/mail/relay-domains 2>/dev/null; printf '%s\\n' "$access"; } | grep -Eiq '203\\.0\\.113\\.77|198\\.51\\.100\\.77|relay-probe|relay-target'; then
        bin=''
        verdict="failed|its configuration mentions the probe's test identities"
      fi
      if [ -n "$bin" ]; then
        j=$(printf '$j\\n' | bounded 10 "$bin" -bt 2>/dev/null | awk '/^> [^ ]/ { print $2; exit }')
        senders=$(
          printf 'relay-probe@example.net\\n\\npostmaster@%s\\npostmaster@%s\\n' "$j" "\${j#*.}"
          printf '%s\\n' "$access" | sed 's/#.*//' | awk 'toupper($2) ~ /^(RELAY|OK)$/ { k = $1; if (k ~ /^[Ff][Rr][Oo][Mm]:/) k = substr(k, 6); else if (k ~ /:/) next; if (k ~ /^[0-9.]+$/ || k !~ /^[A-Za-z0-9.@_+-]+$/) next; print (k ~ /@$/ ? k "example.net" : (k ~ /@/ ? k : "postmaster@" k)) }' | head -n 20
        )
        # One address test session: for each identity, set the client macros and run the three rulesets.
        out=$(
          for client in "203.0.113.77 $NAME OK" "198.51.100.77 [198.51.100.77] FAIL"; do
            set -- $client
            printf '%s\\n' "$senders" | awk '!seen[$0]++' | while IFS= read -r s; do
              printf '.D{fpid}FPID %s %s %s\\n\${fpid}\\n' "$1" "$2" "<$s>"
              printf '.D{client_addr}%s\\n.D{client_name}%s\\n.D{client_resolve}%s\\n.D{mail_from}<%s>\\n.Df<%s>\\n' "$1" "$2" "$3" "$s" "$s"
              printf 'check_relay %s $| %s\\ncheck_mail <%s>\\ncheck_rcpt <%s>\\n' "$2" "$1" "$s" "$RCPT"
            done
          done | bounded 15 "$bin" -bt 2>&1
          echo "FPEND $?"
        )
        root=no; [ "$(id -u)" = 0 ] && root=yes
        verdict=$(printf '%s\\n' "$out" | awk -v root="$root" '
          function close_id() {
            if (id == "") return
            total++
            if (state == "open" && relayed == "") relayed = id
            if (state == "temp" && temp == "") temp = id ": " tempwhy
            if (state == "refused" && refused == "") refused = why
            if (!rcpt) missing = 1
          }
          { sub(/^(> )+/, "") }
          /^FPID / { close_id(); id = "client " $2 " (" $3 "), MAIL FROM:" $4; state = "open"; rcpt = 0; next }
          /^check_(relay|mail|rcpt) +returns:/ {
            if ($1 == "check_rcpt") rcpt = 1
            r = $0; sub(/^[a-z_]+ +returns: */, "", r)
            if (r !~ /^\\$# *error/) next
            msg = r; sub(/.*\\$: */, "", msg); gsub(/"/, "", msg)
            code = msg; sub(/^[^0-9]*/, "", code); code = substr(code, 1, 1)
            if (code == "") { c = r; sub(/.*\\$@ */, "", c); code = substr(c, 1, 1) }
            # A temporary refusal refuses this relay attempt too; without root it may only mean a map could not be read.
            if (code == "5" || code == "" || root == "yes") { state = "refused"; why = $1 ": " msg }
            else if (state == "open") { state = "temp"; tempwhy = $1 ": " msg }
            next
          }
          /^FPEND / { end = $2 }
          END {
            close_id()
            if (relayed != "") print "relayed|check_rcpt accepts RCPT TO:<relay-probe@relay-target.example> from " relayed
            else if (temp != "") print "unknown|the rulesets answered a temporary error (not root: maps may be unreadable) for " temp
            else if (total == 0 || missing || end != 0) print "failed|address test mode gave " total " answers (exit " end ")"
            else print "refused|the rulesets refuse all " total " outside identities (" refused ")"
          }')
      fi
      case "$verdict" in
        relayed*) echo "[VULNERABLE] Sendmail relays mail for outside clients: \${verdict#relayed|} (asked the MTA)." ; exit 0 ;;
        refused*) echo "[SAFE] Sendmail refuses to relay for outside clients: \${verdict#refused|} (asked the MTA)." ; exit 0 ;;
      esac
      # Fallback: the built configuration. It can show relaying is open; it cannot prove it closed.
      why=\${verdict#*|}
      [ -n "$why" ] || why="Sendmail's address test mode is not available"
      for feature in promiscuous_relay relay_local_from relay_mail_from; do
        if grep -q "\${feature}\\.m4" "$cf"; then
          echo "[VULNERABLE] Sendmail relay restriction is missing: FEATURE(\${feature}) lets outside clients relay (read configuration; $why)."
          exit 0
        fi
      done
      echo "[UNCONFIRMED] Sendmail relay policy could not be confirmed, so the host is not passed: $why (read configuration)."

  - engine:
      - bash
      - sh
    source: |
      # Postfix: does it relay mail from an outside client to an outside domain? Asked of Postfix itself: for each
      # smtpd service other hosts can reach, this host's own smtpd runs once as Postfix runs it (same configuration,
      # the service's master.cf options, as the mail owner) on a pipe instead of a socket, is told by XCLIENT that the
      # client is an outside address, and is asked to accept RCPT TO an outside domain. Nothing is queued, sent or
      # written: a valid recipient makes smtpd contact a before-queue filter that cannot exist (it answers 451), and
      # logging, postmaster notices, milters, SASL, TLS, address verification and policy services are off for that one
      # process. Without root (or without smtpd) the restrictions are evaluated from the configuration instead, with
      # every table lookup done by postmap; whatever that cannot decide is reported, never passed.
      # Postfix's commands live in sbin, which a probe's PATH may lack.
      PATH="$PATH:/usr/sbin:/sbin:/usr/local/sbin"; export PATH
      if ! command -v postconf >/dev/null 2>&1; then
        echo "[INFO] Postfix is not installed."
        exit 0
      fi
      NL='
      '
      CR=$(printf '\\r')
      # Separates a verdict from how it was reached (a character no reply or configuration text contains).
      US=$(printf '\\037')
      T0=$(date +%s)
      # Every command the probe runs is bounded so the block ends within nuclei's 30 s.
      bounded() {
        b=$(( 24 - $(date +%s) + T0 ))
        [ "$b" -gt "$1" ] && b=$1
        [ "$b" -ge 1 ] || return 124
        shift
        if command -v timeout >/dev/null 2>&1; then timeout -k 1 "$b" "$@"; else "$@"; fi
      }
      pc() { bounded 10 postconf -c "$cfg" "$@" 2>/dev/null; }
      # Outside clients (documentation addresses no configuration has reason to trust), a name for the named one,
      # and a recipient in a domain no host relays to.
      NAME=relay-probe.example.net
      OUTSIDE_SENDER=relay-probe@example.net
      RCPT=relay-probe@relay-target.example
      XCLIENT_HOSTS='127.0.0.1, [::1], 203.0.113.77, 198.51.100.77, [2001:db8::77]'
      PROBE_IDS='203\\.0\\.113\\.77|198\\.51\\.100\\.77|2001:db8::77|relay-probe|relay-target'

      # Restriction lists, tokenized as smtpd does (commas and spaces separate; braces group).
      AWK_LIB='
      function tok(s, a,   n, i, c, depth, cur) {
        n = 0; depth = 0; cur = ""
        for (i = 1; i <= length(s); i++) {
          c = substr(s, i, 1)
          if (c == "{") depth++
          else if (c == "}" && depth > 0) depth--
          else if (depth == 0 && (c == " " || c == "," || c == "\\t" || c == "\\r" || c == "\\n")) { if (cur != "") a[++n] = cur; cur = ""; continue }
          cur = cur c
        }
        if (cur != "") a[++n] = cur
        return n
      }
      function q(s) { gsub(/\\047/, "\\047\\\\\\047\\047", s); return "\\047" s "\\047" }
      # postconf -x and -P -x listings (FP_MAIN, FP_MASTER) of the instance; pcv() is the value for service SVC.
      function load(   n, lines, i, k, v) {
        n = split(ENVIRON["FP_MAIN"] "\\n" ENVIRON["FP_MASTER"], lines, "\\n")
        for (i = 1; i <= n; i++) if ((k = index(lines[i], " =")) > 0) { v = substr(lines[i], k + 2); sub(/^ /, "", v); CONF[substr(lines[i], 1, k - 1)] = v }
        SVC = ENVIRON["FP_SVC"]
      }
      function pcv(p) { return ((SVC "/" p) in CONF) ? CONF[SVC "/" p] : CONF[p] }
      # The five restriction lists, then the restriction classes.
      function lists(names,   n, c, i) {
        n = split("smtpd_client_restrictions smtpd_helo_restrictions smtpd_sender_restrictions smtpd_relay_restrictions smtpd_recipient_restrictions", names, " ")
        c = tok(pcv("smtpd_restriction_classes"), cls)
        for (i = 1; i <= c; i++) if (cls[i] ~ /^[A-Za-z0-9_]+$/) names[++n] = cls[i]
        return n
      }
      function run(cmd,   line, out, n) {
        out = ""; n = 0
        while ((cmd | getline line) > 0) out = (n++ ? out "\\n" : "") line
        close(cmd)
        return out
      }
      '

      # The restriction lists and classes of service $svc, rewritten for the asked smtpd where the answer would
      # depend on something an outside attacker controls or the probe must not contact: a policy service is never
      # contacted (it could hang, or record the attempt); it is replaced by a class answering $POLICY (permit: the
      # worst case; reject: the best), a class so smtpd does not refuse to start. Address verification,
      # unknown-domain and plaintext checks are dropped (an attacker with real domains, TLS and deliverable
      # recipients passes them). Prints "name = value" for each list that changes, and the class it needs.
      neutralized() {
        FP_SVC=$svc FP_POLICY=$POLICY awk "$AWK_LIB"'
        function dropped(t) { return t ~ /^(reject_unverified_(sender|recipient)|reject_unknown_(sender|recipient)_domain|reject_unknown_(helo_)?hostname|reject_plaintext_session)$/ }
        BEGIN {
          load(); m = lists(names); policy = 0
          for (k = 1; k <= m; k++) {
            n = tok(pcv(names[k]), a); out = ""; changed = 0
            for (i = 1; i <= n; i++) {
              t = tolower(a[i]); w = ""
              if (t == "warn_if_reject") { t = tolower(a[i + 1]); w = a[i] ", "; i++ }
              if (t == "check_policy_service") { i++; changed = 1; if (w == "") { out = out (out == "" ? "" : ", ") "fleetprobe_policy"; policy = 1 }; continue }
              if (dropped(t)) { changed = 1; continue }
              out = out (out == "" ? "" : ", ") w a[i]
            }
            if (changed) print names[k] " = " out
          }
          if (policy) { c = pcv("smtpd_restriction_classes"); print "smtpd_restriction_classes = " (c == "" ? "" : c ", ") "fleetprobe_policy"; print "fleetprobe_policy = " ENVIRON["FP_POLICY"] }
        }' </dev/null
      }

      # A main.cf value (defaults and $name expansions included) from MAIN, postconf's full listing for the instance.
      value_in() { printf '%s\\n' "$1" | awk -v k="$2 =" 'index($0, k) == 1 { v = substr($0, length(k) + 1); sub(/^ /, "", v); print v; exit }'; }

      # Forgeable identities the configuration itself trusts: keys of sender and HELO access tables whose answer
      # is not a refusal (an attacker can claim any sender or HELO name). Tables that cannot be listed (regexp,
      # pcre, network tables) are skipped; at most 20 tables and 40 keys, so a huge configuration stays quick.
      trusted_keys() {
        FP_SVC=$svc FP_KIND=$1 awk "$AWK_LIB"'BEGIN { load(); m = lists(names); for (k = 1; k <= m; k++) { n = tok(pcv(names[k]), a); for (i = 1; i < n; i++) if (tolower(a[i]) == "check_" ENVIRON["FP_KIND"] "_access") print a[i + 1] } }' </dev/null | awk '!seen[$0]++' | head -n 20 |
          while IFS= read -r table; do
            table=\${table#proxy:}
            # postmap lists indexed tables; others built by postmap (cdb) are read from their source text.
            case "$table" in
              hash:*|btree:*|lmdb:*|dbm:*|sdbm:*|texthash:*|inline:*) bounded 5 postmap -c "$cfg" -s "$table" 2>/dev/null ;;
              cdb:/*) sed 's/#.*//' "\${table#cdb:}" 2>/dev/null ;;
            esac | awk '
              { v = toupper($2) }
              v ~ /^(REJECT|DEFER|DEFER_IF_REJECT|DEFER_IF_PERMIT|DUNNO|WARN|INFO|PREPEND|HOLD|FILTER|REDIRECT|BCC|DELAY|HANGUP|[45][0-9][0-9])$/ { next }
              $1 ~ /^[A-Za-z0-9.@<>_+=-]+$/ { print $1 }' | head -n 20
          done | sort -u | head -n 40
      }

      # Does service $svc permit every client certificate a public CA store verifies? permit_tls_all_clientcerts is
      # safe only with a private CA as the only trusted one; the probe has no certificate to show either way.
      public_ca_permit() {
        FP_SVC=$svc awk "$AWK_LIB"'BEGIN {
          load(); m = lists(names)
          for (k = 1; k <= m; k++) { n = tok(pcv(names[k]), a); for (i = 1; i <= n; i++) if (tolower(a[i]) == "permit_tls_all_clientcerts") found = 1 }
          level = pcv("smtpd_tls_security_level")
          if (!found || level == "none" || (level == "" && pcv("smtpd_use_tls") != "yes" && pcv("smtpd_enforce_tls") != "yes")) exit 1
          exit !(pcv("tls_append_default_CA") == "yes" || pcv("smtpd_tls_CApath") != "" || pcv("smtpd_tls_CAfile") ~ /ca-certificates|ca-bundle|cacert|\\/cert\\.pem$/)
        }' </dev/null
      }

      # The SMTP commands of one session: each outside client (XCLIENT), each sender, each trusted HELO name.
      session() {
        senders="$OUTSIDE_SENDER\${NL}\${NL}postmaster@$(value_in "$MAIN" mydomain)\${NL}postmaster@$(value_in "$MAIN" myhostname)"
        for k in $(trusted_keys sender); do
          case "$k" in
            '<>') ;;
            *@) senders="$senders\${NL}\${k}example.net" ;;
            *@*) senders="$senders\${NL}$k" ;;
            .*) senders="$senders\${NL}postmaster@relay-probe$k" ;;
            *) senders="$senders\${NL}postmaster@$k" ;;
          esac
        done
        helos=$(trusted_keys helo | sed 's/^\\./relay-probe./')
        clients="ADDR=203.0.113.77 NAME=[UNAVAILABLE] REVERSE_NAME=[UNAVAILABLE]\${NL}ADDR=198.51.100.77 NAME=$NAME REVERSE_NAME=$NAME"
        case "$(value_in "$MAIN" inet_protocols)" in *6*|all) clients="$clients\${NL}ADDR=IPV6:2001:db8::77 NAME=[UNAVAILABLE] REVERSE_NAME=[UNAVAILABLE]" ;; esac
        printf '%s\\n' "$clients" | while IFS= read -r c; do
          echo "XCLIENT $c"
          echo "EHLO $NAME"
          printf '%s\\n' "$senders" | awk '!seen[$0]++' | while IFS= read -r s; do printf 'MAIL FROM:<%s>\\nRCPT TO:<%s>\\nRSET\\n' "$s" "$RCPT"; done
          for h in $helos; do printf 'EHLO %s\\nMAIL FROM:<%s>\\nRCPT TO:<%s>\\nRSET\\n' "$h" "$OUTSIDE_SENDER" "$RCPT"; done
        done
        echo QUIT
      }

      # Talks SMTP with the smtpd on stdin/fd 3: one command per reply (never pipelined, as a careful client would),
      # and prints each command with the last line of its reply. A refused XCLIENT ends the session: smtpd would go
      # on as the local client.
      drive() {
        todo=$1
        cmd='(greeting)'
        while IFS= read -r line; do
          line=\${line%"$CR"}
          case "$line" in
            [0-9][0-9][0-9]-*) continue ;;
            [0-9][0-9][0-9]|[0-9][0-9][0-9]' '*) ;;
            *) continue ;;
          esac
          printf 'FPR\\t%s\\t%s\\n' "$cmd" "$line"
          case "$cmd" in XCLIENT*) case "$line" in 220*) ;; *) todo=QUIT ;; esac ;; esac
          [ -n "$todo" ] || break
          cmd=\${todo%%"$NL"*}
          case "$todo" in *"$NL"*) todo=\${todo#*"$NL"} ;; *) todo='' ;; esac
          printf '%s\\r\\n' "$cmd" >&3
        done
      }

      # Asks this host's smtpd, running as service $svc of type $typ. Prints "relayed|...", "refused|...",
      # "nostart|..." (smtpd refuses to run with this configuration) or "failed|...".
      ask_smtpd() {
        chroot_flag=$1
        set -- -S -u -n "\${svc%/*}" -t "\${svc#*/}"
        [ "$chroot_flag" = y ] && set -- "$@" -c
        old_ifs=$IFS; IFS=$NL; set -f
        # The service's master.cf options, as master passes them.
        for o in $(printf '%s\\n' "$MASTER" | awk -v p="$svc/" 'index($0, p) == 1 { print substr($0, length(p) + 1) }') $(neutralized); do set -- "$@" -o "$o"; done
        IFS=$old_ifs; set +f
        note=''
        case "$*" in *fleetprobe_policy*) [ "$POLICY" = permit ] && note=" (assuming its policy service would answer OK: the probe does not contact policy services)" || note=" (even with its policy service refusing)" ;; esac
        # The probe's settings last (they win). smtpd_delay_reject = yes moves every restriction list to RCPT time with
        # the same outcome: a client refused at connection time is refused there instead, and the next XCLIENT works.
        set -- "$@" -o "smtpd_authorized_xclient_hosts = $XCLIENT_HOSTS" \\
          -o "smtpd_proxy_filter = unix:/dev/null/fleetprobe-relay-probe" -o "smtpd_proxy_options =" \\
          -o "smtpd_delay_open_until_valid_rcpt = yes" -o "notify_classes =" \\
          -o "maillog_file_prefixes = /dev/stdout" -o "maillog_file = /dev/stdout" -o "postlog_service_name = fleetprobe-relay-probe-no-log" \\
          -o "syslog_name = fleetprobe-relay-probe" -o "smtpd_milters =" -o "smtpd_sasl_auth_enable = no" \\
          -o "smtpd_tls_security_level = none" -o "smtpd_use_tls = no" -o "smtpd_enforce_tls = no" -o "smtpd_tls_wrappermode = no" \\
          -o "smtpd_upstream_proxy_protocol =" -o "address_verify_service_name = fleetprobe-relay-probe-no-verify" \\
          -o "smtpd_soft_error_limit = 1000" -o "smtpd_hard_error_limit = 1000" -o "smtpd_error_sleep_time = 0" -o "smtpd_junk_command_limit = 1000" \\
          -o "smtpd_timeout = 20s" -o "smtpd_command_filter =" -o "smtpd_discard_ehlo_keywords =" -o "smtpd_discard_ehlo_keyword_address_maps =" \\
          -o "smtpd_delay_reject = yes" -V
        cmds=$CMDS
        expected=$(printf '%s\\n' "$cmds" | grep -c '^RCPT')
        # smtpd's stdin is a pipe this shell also holds the writing end of (Linux /proc), so commands follow replies.
        { : | { exec 3>/proc/self/fd/0; bounded 15 env MAIL_CONFIG="$cfg" "$smtpd" "$@" 3>&- 2>&4 | drive "$cmds"; }; } 4>&1 2>/dev/null |
          awk -F '\\t' -v expected="$expected" -v svc="$svc" -v note="$note" '
            $1 == "FPR" {
              c = $2; r = $3
              if (c == "(greeting)") { greet = r; next }
              if (c ~ /^XCLIENT /) { client = substr(c, 9); sub(/ NAME=\\[UNAVAILABLE\\].*/, " (no host name)", client); sub(/ NAME=/, " named ", client); sub(/ REVERSE_NAME=.*/, "", client); sub(/^ADDR=/, "", client); if (r !~ /^220/) xfail = r; next }
              if (c ~ /^EHLO /) { helo = substr(c, 6); next }
              if (c ~ /^MAIL /) { mail = substr(c, 11); next }
              if (c ~ /^RCPT /) {
                n++
                if ((r ~ /^2/ || r == "451 4.3.0 Error: queue file write error") && relayed == "") relayed = "smtpd service " svc " accepted RCPT TO:" substr(c, 9) " from " client ", HELO " helo ", MAIL FROM:" mail note
                else if (refused == "") refused = r
              }
              next
            }
            / fatal: / && fatal == "" { fatal = $0; sub(/^[^ ]*: fatal: /, "", fatal) }
            END {
              if (relayed != "") print "relayed|" relayed
              else if (greet == "" && fatal ~ /specify at least one working instance of/) print "nostart|" fatal
              else if (greet !~ /^220/) print "failed|smtpd service " svc " gave no greeting" (fatal != "" ? ": " fatal : (greet != "" ? ": " greet : ""))
              else if (xfail != "") print "failed|smtpd service " svc " refused XCLIENT: " xfail
              else if (n < expected) print "failed|smtpd service " svc " answered " n " of " expected " recipients" (fatal != "" ? ": " fatal : "")
              else print "refused|smtpd service " svc " refused all " n " attempts (" refused ")" note
            }'
      }

      # Fallback: the restrictions of service $svc evaluated from the configuration, for each outside identity, with
      # table lookups by postmap. Prints "relayed|...", "refused|...", "nostart|..." or "unknown|..." (undecidable).
      emulate() {
        ids=$(printf '%s\\n' "$CMDS" | awk '
          /^XCLIENT / { split($0, f, " "); addr = f[2]; sub(/^ADDR=/, "", addr); name = f[3]; sub(/^NAME=/, "", name); if (name == "[UNAVAILABLE]") name = "unknown" }
          /^EHLO / { helo = substr($0, 6) }
          /^MAIL / { s = substr($0, 12); sub(/>$/, "", s) }
          /^RCPT / { sub(/^IPV6:/, "", addr); print addr "|" name "|" helo "|" s }')
        # Each lookup is bounded, and so is the whole evaluation (the block's time budget).
        to=''; command -v timeout >/dev/null 2>&1 && to='timeout -k 1 5 '
        FP_DIR=$cfg FP_SVC=$svc FP_IDS=$ids FP_RCPT=$RCPT FP_TIMEOUT=$to bounded 20 env awk "$AWK_LIB"'
        # postmap lookup. FOUND says whether the key was found; "\\001" means the table could not be read.
        function lookup(table, key, partial,   t, out, rc) {
          FOUND = 0
          t = tolower(table); sub(/^proxy:/, "", t); sub(/:.*/, "", t)
          if (t !~ /^(hash|btree|lmdb|cdb|dbm|sdbm|texthash|inline|static|cidr|regexp|pcre|fail|environ|internal|unix)$/) { WHY = "table " table " (type " t ") is not read without asking other services"; return "\\001" }
          if (partial && t ~ /^(cidr|regexp|pcre)$/) return ""
          out = run(ENVIRON["FP_TIMEOUT"] "postmap -c " q(DIR) " -q " q(key) " " q(table) " 2>/dev/null; echo @rc=$?")
          rc = out; sub(/.*@rc=/, "", rc); sub(/\\n?@rc=[0-9]+$/, "", out)
          if (rc == 0) { FOUND = 1; return out }
          if (rc == 1) return ""
          WHY = "could not read table " table; return "\\001"
        }
        function domain_lookup(table, name, first,   v, next_) {
          for (;;) {
            v = lookup(table, name, !first); first = 0
            if (v == "\\001" || FOUND) return v
            if (name ~ /^\\[?[0-9.:]+\\]?$/) return ""
            if (PARENT) { if (index(name, ".") == 0) return ""; name = substr(name, index(name, ".") + 1) }
            else { next_ = index(substr(name, 2), "."); if (next_ == 0) return ""; name = substr(name, next_ + 1) }
          }
        }
        function addr_lookup(table, addr,   v, first) {
          first = 1
          for (;;) {
            v = lookup(table, addr, !first); first = 0
            if (v == "\\001" || FOUND) return v
            # Parent networks: IPv4 loses its last octet, IPv6 its last group.
            if (match(addr, index(addr, ":") ? ":[^:]*$" : "\\\\.[^.]*$") == 0) return ""
            addr = substr(addr, 1, RSTART - 1)
          }
        }
        function mail_lookup(table, address,   v, at, local_) {
          v = lookup(table, address, 0)
          if (v == "\\001" || FOUND) return v
          at = index(address, "@"); if (at == 0) return ""
          local_ = substr(address, 1, at)
          v = domain_lookup(table, substr(address, at + 1), 0)
          if (v == "\\001" || FOUND) return v
          return lookup(table, local_, 1)
        }
        # Is the client in mynetworks? 1, 0, or -1 (cannot tell).
        function in_nets(list, depth,   a, n, i, p, neg, r, v) {
          if (depth > 5) return -1
          n = tok(list, a)
          for (i = 1; i <= n; i++) {
            p = a[i]; neg = 0
            if (substr(p, 1, 1) == "!") { neg = 1; p = substr(p, 2) }
            if (substr(p, 1, 1) == "/") { v = run(ENVIRON["FP_TIMEOUT"] "cat " q(p) " 2>/dev/null || echo @unreadable"); gsub(/#[^\\n]*/, "", v); r = in_nets(v, depth + 1); if (r == -1) return -1 }
            else if (p == "@unreadable") return -1
            else if (p ~ /^[a-zA-Z0-9_]+:/) { v = lookup(p, ADDR, 0); if (v == "\\001") return -1; r = FOUND; if (!r && NAME != "unknown") { v = lookup(p, NAME, 0); if (v == "\\001") return -1; r = FOUND } }
            else if (p ~ /^[0-9.]+(\\/[0-9]+)?$/) r = in_cidr(ADDR, p)
            else if (p ~ /^\\[/ || p ~ /:/) { r = in_cidr6(ADDR, p); if (r < 0) return -1 }
            else { p = tolower(p); r = (NAME != "unknown" && (tolower(NAME) == p || (substr(p, 1, 1) == "." && substr(tolower(NAME), length(NAME) - length(p) + 1) == p) || (NETS_PARENT && substr(tolower(NAME), length(NAME) - length(p)) == "." p))) }
            if (r) return neg ? 0 : 1
          }
          return 0
        }
        function ip4(a,   f, n) { n = split(a, f, "."); if (n != 4) return -1; return ((f[1] * 256 + f[2]) * 256 + f[3]) * 256 + f[4] }
        function in_cidr(addr, net,   len, base, x, unit) {
          len = 32; if (index(net, "/")) { len = substr(net, index(net, "/") + 1) + 0; net = substr(net, 1, index(net, "/") - 1) }
          x = ip4(addr); base = ip4(net); if (x < 0 || base < 0) return 0
          unit = 2 ^ (32 - len)
          return int(x / unit) == int(base / unit)
        }
        # IPv6: the address as 8 numbers in g[1..8] (an IPv4 tail makes the last two); 0 when it is no IPv6 address.
        function ip6(a, g,   n, h, i, j, k, f, m, v) {
          a = tolower(a); gsub(/[][]/, "", a)
          if (index(a, ":") == 0 || a !~ /^[0-9a-f:.]+$/) return 0
          if (match(a, /[0-9]+\\.[0-9]+\\.[0-9]+\\.[0-9]+$/)) { v = ip4(substr(a, RSTART)); if (v < 0) return 0; a = substr(a, 1, RSTART - 1) sprintf("%x:%x", int(v / 65536), v % 65536) }
          n = split(a, h, "::"); if (n > 2) return 0
          m = split(h[1], f, ":"); k = 0
          for (i = 1; i <= m; i++) if (f[i] != "") g[++k] = hex(f[i])
          if (n == 2) { m = split(h[2], f, ":"); j = 0; for (i = 1; i <= m; i++) if (f[i] != "") j++; while (k < 8 - j) g[++k] = 0; for (i = 1; i <= m; i++) if (f[i] != "") g[++k] = hex(f[i]) }
          return k == 8
        }
        function hex(s,   i, v) { v = 0; for (i = 1; i <= length(s); i++) v = v * 16 + index("0123456789abcdef", substr(s, i, 1)) - 1; return v }
        # Is IPv6 address addr in network net ("[2001:db8::]/32")? 1, 0, -1 (cannot parse); 0 for an IPv4 client.
        function in_cidr6(addr, net,   len, x, b, i, unit) {
          if (index(addr, ":") == 0) return 0
          len = 128; if (index(net, "/")) { len = substr(net, index(net, "/") + 1) + 0; net = substr(net, 1, index(net, "/") - 1) }
          if (!ip6(addr, x) || !ip6(net, b)) return -1
          for (i = 1; i <= 8 && len > 0; i++) {
            unit = len >= 16 ? 1 : 2 ^ (16 - len)
            if (int(x[i] / unit) != int(b[i] / unit)) return 0
            len -= 16
          }
          return 1
        }
        # Is the recipient domain one this host receives or relays for? 1, 0, or -1.
        function auth_dest(   d, p, a, n, i, j, v) {
          d = tolower(RCPTDOM)
          split("mydestination relay_domains virtual_alias_domains virtual_mailbox_domains", p, " ")
          for (i = 1; i <= 4; i++) {
            n = tok(pcv(p[i]), a)
            for (j = 1; j <= n; j++) {
              if (a[j] ~ /^[a-zA-Z0-9_]+:/) { v = domain_lookup(a[j], d, 1); if (v == "\\001") return -1; if (FOUND) return 1; continue }
              if (substr(a[j], 1, 1) == "/") return -1
              v = tolower(a[j])
              if (v == d || (substr(v, 1, 1) == "." && substr(d, length(d) - length(v) + 1) == v) || substr(d, length(d) - length(v)) == "." v) return 1
            }
          }
          return 0
        }
        # An access table answer (check_table_result).
        function answer(v, depth,   w) {
          w = toupper(v); sub(/[ \\t].*/, "", w)
          if (w == "DUNNO" || w ~ /^(DEFER_IF_REJECT|INFO|WARN|FILTER|HOLD|DELAY|REDIRECT|BCC|PREPEND)$/) return "dunno"
          if (w == "DEFER_IF_PERMIT") { DIP = 1; return "dunno" }
          if (w == "REJECT" || w == "DEFER" || w == "HANGUP" || w ~ /^[45][0-9][0-9]$/) return "reject"
          if (w == "OK" || w == "RELAY" || w == "DISCARD" || w ~ /^[0-9]+$/) return "permit"
          if (index(v, ":")) { WHY = "access table answer with a lookup table: " v; return "unknown" }
          return ev(v, depth + 1)
        }
        function access(kind, table, depth,   v) {
          if (kind == "client" || kind == "reverse_client_hostname") { v = domain_lookup(table, NAME, 1); if (v != "\\001" && !FOUND) v = addr_lookup(table, ADDR) }
          else if (kind == "helo") v = domain_lookup(table, HELO, 1)
          else if (kind == "sender") v = (SENDER == "" ? lookup(table, NULLKEY, 0) : mail_lookup(table, SENDER))
          else v = mail_lookup(table, RCPT)
          if (v == "\\001") return "unknown"
          return FOUND ? answer(v, depth) : "dunno"
        }
        # One restriction at a[i]; NEXT is set to the index after it and its argument.
        function one(a, i, depth,   t, r) {
          t = tolower(a[i]); NEXT = i + 1
          if (t == "permit") return "permit"
          if (t == "reject" || t == "defer") return "reject"
          if (t == "reject_unauth_destination" || t == "defer_unauth_destination" || t == "check_relay_domains") { r = auth_dest(); if (r < 0) { WHY = "cannot tell whether " RCPTDOM " is a local or relay domain"; return "unknown" }; return r ? "dunno" : "reject" }
          if (t == "permit_auth_destination") { r = auth_dest(); if (r < 0) { WHY = "cannot tell whether " RCPTDOM " is a local or relay domain"; return "unknown" }; return r ? "permit" : "dunno" }
          if (t == "defer_if_permit") { DIP = 1; return "dunno" }
          if (t == "warn_if_reject") { r = one(a, i + 1, depth); return r == "reject" ? "dunno" : r }
          if (t == "permit_mynetworks") { r = in_nets(pcv("mynetworks"), 0); if (r < 0) { WHY = "mynetworks cannot be read"; return "unknown" }; return r ? "permit" : "dunno" }
          if (t == "permit_naked_ip_address") return "permit"
          # This host is no MX of the victim domain an attacker chooses, so the backup-MX permission never applies.
          if (t == "permit_mx_backup") return "dunno"
          if (t ~ /^(permit_sasl_authenticated|permit_tls_clientcerts|permit_tls_all_clientcerts|permit_inet_interfaces|defer_if_reject)$/) return "dunno"
          if (t ~ /^(reject_rbl_client|reject_rhsbl_client|reject_rhsbl_reverse_client|reject_rhsbl_sender|reject_rhsbl_helo|reject_rhsbl_recipient|permit_dnswl_client|permit_rhswl_client|sleep|check_ccert_access|check_sasl_access)$/) { NEXT = i + 2; return "dunno" }
          if (t ~ /^reject_/) return "dunno"
          if (t ~ /^check_(client|reverse_client_hostname|helo|sender|recipient)_access$/) { NEXT = i + 2; r = t; sub(/^check_/, "", r); sub(/_access$/, "", r); return access(r, a[i + 1], depth) }
          if (t ~ /^check_/) { NEXT = i + 2; WHY = t " " a[i + 1] " needs DNS or another service"; return "unknown" }
          if (t in CLASS) return ev(pcv(t), depth + 1)
          WHY = "restriction " a[i] " is not modelled"
          return "unknown"
        }
        function ev(list, depth,   a, n, i, r) {
          if (depth > 10) { WHY = "restriction classes nest too deep"; return "unknown" }
          n = tok(list, a)
          for (i = 1; i <= n; i = NEXT) {
            r = one(a, i, depth)
            if (r != "dunno") return r
          }
          return "dunno"
        }
        # smtpd refuses to start unless the relay or recipient list has a working reject before any permit.
        function working(list, depth,   a, n, i, t) {
          if (depth > 10) return 0
          n = tok(list, a)
          for (i = 1; i <= n; i++) {
            t = tolower(a[i])
            if (t == "warn_if_reject") { i++; continue }
            if (t == "permit") return 0
            if (t ~ /^(reject_unauth_destination|defer_unauth_destination|reject|defer|defer_if_permit|check_relay_domains)$/) return 1
            if ((t in CLASS) && working(pcv(t), depth + 1)) return 1
          }
          return 0
        }
        BEGIN {
          load()
          DIR = ENVIRON["FP_DIR"]; RCPT = ENVIRON["FP_RCPT"]; RCPTDOM = substr(RCPT, index(RCPT, "@") + 1)
          PARENT = index(pcv("parent_domain_matches_subdomains"), "smtpd_access_maps") > 0
          NETS_PARENT = index(pcv("parent_domain_matches_subdomains"), "mynetworks") > 0
          NULLKEY = pcv("smtpd_null_access_lookup_key"); if (NULLKEY == "") NULLKEY = "<>"
          n = tok(pcv("smtpd_restriction_classes"), cl); for (i = 1; i <= n; i++) CLASS[tolower(cl[i])] = 1
          split("smtpd_client_restrictions smtpd_helo_restrictions smtpd_sender_restrictions smtpd_relay_restrictions smtpd_recipient_restrictions", L, " ")
          if (!working(pcv("smtpd_relay_restrictions"), 0) && !working(pcv("smtpd_recipient_restrictions"), 0)) { print "nostart|service " SVC ": no restriction list rejects before a permit (smtpd refuses to start)"; exit }
          m = split(ENVIRON["FP_IDS"], ids, "\\n"); undecided = ""; tried = 0
          for (k = 1; k <= m; k++) {
            if (ids[k] == "" || seen[ids[k]]++) continue
            split(ids[k], f, "|"); ADDR = f[1]; NAME = f[2]; HELO = f[3]; SENDER = f[4]
            DIP = 0; verdict = "permit"; tried++
            for (j = 1; j <= 5; j++) {
              WHY = ""; r = ev(pcv(L[j]), 0)
              if (r == "reject") { verdict = "reject"; break }
              if (r == "unknown" && verdict == "permit") { verdict = "unknown"; why = L[j] ": " WHY }
            }
            if (verdict == "permit" && DIP) verdict = "reject"
            if (verdict == "permit") { print "relayed|service " SVC " relays RCPT TO:<" RCPT "> from " ADDR " (" NAME "), HELO " HELO ", MAIL FROM:<" SENDER ">"; exit }
            if (verdict == "unknown" && undecided == "") undecided = why " (client " ADDR ", MAIL FROM:<" SENDER ">)"
          }
          if (undecided != "") print "unknown|service " SVC ": " undecided
          else print "refused|service " SVC " refuses all " tried " outside identities"
        }'
      }

      # Public smtpd services: master.cf inet services (and the smtpd behind postscreen) other hosts can reach.
      services() {
        ifs=$(value_in "$MAIN" inet_interfaces)
        printf '%s\\n' "$MCF" | awk -v ifs="$ifs" '
          function loopback(h) { h = tolower(h); gsub(/[][]/, "", h); return h ~ /^(127\\.|localhost$|::1$|::ffff:127\\.|loopback-only$)/ }
          BEGIN { n = split(ifs, f, /[ ,]+/); public_default = 0; for (i = 1; i <= n; i++) if (f[i] != "" && !loopback(f[i])) public_default = 1 }
          $2 == "inet" || $2 == "pass" {
            cmd = $8; sub(/.*\\//, "", cmd)
            if ($2 == "inet") {
              host = ""; if (match($1, /:[^:\\]]*$/)) host = substr($1, 1, RSTART - 1)
              public = (host == "" ? public_default : !loopback(host))
              if (cmd == "postscreen" && public) screened = 1
              if (cmd == "smtpd" && public) print $1 "/inet " $5
            } else if (cmd == "smtpd") pass[$1 "/pass " $5] = 1
          }
          END { if (screened) for (p in pass) print p }'
      }

      # Processes as "pid args": ps, or /proc where there is no ps (minimal images).
      procs() { ps -eo pid=,args= 2>/dev/null || for d in /proc/[0-9]*; do printf '%s %s\\n' "\${d#/proc/}" "$(tr '\\0' ' ' < "$d/cmdline" 2>/dev/null)"; done; }
      # Every instance: the default one, postmulti's, the alternate directories \`postfix -c DIR\` may start, and the
      # directory any running master was started with (MAIL_CONFIG in its environment; root can read it).
      dirs=$(postconf -h config_directory 2>/dev/null)
      [ "$(postconf -h multi_instance_enable 2>/dev/null)" = yes ] && dirs="$dirs $(postconf -h multi_instance_directories 2>/dev/null | tr ',' ' ')"
      dirs="$dirs $(postconf -h alternate_config_directories 2>/dev/null | tr ',' ' ')"
      for p in $(procs | awk '$2 ~ /(^|\\/)postfix\\/(sbin\\/)?master$/ { print $1 }' | head -n 20); do
        dirs="$dirs $(tr '\\000' '\\n' < "/proc/$p/environ" 2>/dev/null | sed -n 's/^MAIL_CONFIG=//p')"
      done
      dirs=$(printf '%s\\n' $dirs | awk '/^\\// && !seen[$0]++' | head -n 10)
      ndirs=$(printf '%s\\n' "$dirs" | grep -c .)
      root=no; [ "$(id -u)" = 0 ] && root=yes
      judged=0; verdict=''
      # Running? The instance's master daemon, whether started by systemd, an init script or by hand: its pid file
      # (root can read it), else any Postfix master process (\`postfix status\` would write to the mail log).
      # A pid file that is absent where the probe can look means the instance is stopped (a postmulti instance
      # that is disabled, say); one it cannot read or look for counts as running if any master runs.
      running() {
        piddir="$(postconf -c "$cfg" -h queue_directory 2>/dev/null)/pid"
        pid=$(tr -d ' ' < "$piddir/master.pid" 2>/dev/null)
        case "$pid" in
          ''|*[!0-9]*)
            [ -x "$piddir" ] && [ ! -e "$piddir/master.pid" ] && return 1
            procs | grep -v grep | grep -Eq '^ *[0-9]+ (.*/)?postfix/(sbin/)?master( |$)' ;;
          *) [ -d "/proc/$pid" ] ;;
        esac
      }
      for cfg in $dirs; do
        running || continue
        judged=$((judged + 1))
        # Listings postconf could not give (the time budget spent on earlier instances, a broken configuration)
        # leave the instance unjudged, never "no public service".
        if ! { MAIN=$(pc -x) && MCF=$(pc -M) && MASTER=$(pc -P -x) && [ -n "$MAIN" ]; }; then
          verdict="\${verdict}unknown|instance $cfg: postconf could not list its configuration\${US}read configuration$NL"
          continue
        fi
        export FP_MAIN="$MAIN" FP_MASTER="$MASTER"
        # A configuration that singles out the probe's own test identities (in main.cf, master.cf or any file or
        # table it names; the first 50 MB) cannot be judged by asking it.
        if { printf '%s\\n%s\\n' "$MAIN" "$MASTER"; printf '%s\\n%s\\n' "$MAIN" "$MASTER" | awk '{ n = split($0, t, /[ ,{}=]+/); for (i = 2; i <= n; i++) { p = t[i]; if (sub(/^[a-z0-9_]+:/, "", p) || $1 ~ /(^|\\/)mynetworks$/) if (substr(p, 1, 1) == "/") print p } }' | sort -u | head -n 200 |
             while IFS= read -r f; do [ -f "$f" ] && head -c 5000000 "$f" 2>/dev/null; done; } | head -c 50000000 | grep -Eiq "$PROBE_IDS"; then
          verdict="\${verdict}unknown|instance $cfg: its configuration mentions the probe's test identities\${US}read configuration$NL"
          continue
        fi
        smtpd="$(value_in "$MAIN" daemon_directory)/smtpd"
        list=$(services)
        if [ -z "$list" ]; then
          verdict="\${verdict}safe|instance $cfg: no smtpd service other hosts can reach (inet_interfaces $(value_in "$MAIN" inet_interfaces))\${US}read configuration$NL"
          continue
        fi
        # At most 20 services are asked (the time budget); a host with more cannot be passed.
        if [ "$(printf '%s\\n' "$list" | grep -c .)" -gt 20 ]; then
          verdict="\${verdict}unknown|instance $cfg has more than 20 public smtpd services (the first 20 are asked)\${US}read configuration$NL"
        fi
        for s in $(printf '%s\\n' "$list" | awk 'NR <= 20 { print $1 "," $2 }'); do
          svc=\${s%,*}
          CMDS=$(session)
          result=''
          if [ "$root" = yes ] && [ -x "$smtpd" ] && [ -e /proc/self/fd/0 ]; then
            POLICY=permit
            result=$(ask_smtpd "\${s#*,}")
            # Relaying that needs a policy service's OK is asked again with the policy refusing: still relaying is
            # open whatever the policy answers; otherwise it depends on an answer the probe cannot know.
            case "$result" in
              relayed*'policy service'*)
                POLICY=reject
                again=$(ask_smtpd "\${s#*,}")
                case "$again" in
                  relayed*) result=$again ;;
                  *) result=\${result#relayed|}; result="unknown|\${result%% (assuming its policy service*} only if its policy service answers OK (refused when it refuses; the probe does not contact policy services)" ;;
                esac ;;
            esac
          fi
          case "$result" in
            relayed*|refused*|nostart*|unknown*) entry="$result\${US}asked the MTA" ;;
            *)
              fallback=$(emulate)
              [ -n "$fallback" ] || fallback="unknown|service $svc: the configuration could not be evaluated"
              [ -n "$result" ] && fallback="$fallback; smtpd could not be asked (\${result#failed|})"
              [ "$root" = no ] && fallback="$fallback; not root, so smtpd could not be asked"
              entry="$fallback\${US}read configuration" ;;
          esac
          case "$entry" in
            refused*) if public_ca_permit; then entry="unknown|service $svc permits every client whose TLS certificate its CAs verify (permit_tls_all_clientcerts with a public CA store: anyone can get such a certificate); the probe presents none\${US}read configuration"; fi ;;
          esac
          # With several instances, say which one.
          [ "$ndirs" -gt 1 ] && entry="\${entry%%|*}|instance $cfg, \${entry#*|}"
          verdict="$verdict$entry$NL"
        done
      done
      if [ "$judged" = 0 ]; then
        echo "[INFO] Postfix is not active."
        exit 0
      fi
      printf '%s' "$verdict" | awk -F "$US" '
        { state = $1; sub(/\\|.*/, "", state); text = substr($1, length(state) + 2); how = $2 }
        state == "relayed" && open == "" { open = "[VULNERABLE] Postfix relays mail for outside clients: " text " (" how ")." }
        state == "unknown" && unknown == "" { unknown = "[UNCONFIRMED] Postfix relay policy could not be confirmed, so the host is not passed: " text " (" how ")." }
        state == "nostart" && nostart == "" { nostart = "[SAFE] Postfix smtpd refuses to start: " text "; it cannot relay (nor receive mail) (" how ")." }
        (state == "refused" || state == "safe") { safe = (safe == "" ? "" : safe "; ") text; method = (method == "" || method == how ? how : "asked the MTA and read configuration") }
        END {
          if (open != "") print open
          else if (unknown != "") print unknown
          else if (safe != "") print "[SAFE] Postfix refuses to relay for outside clients: " safe " (" method ")."
          else print nostart
        }'

  - engine:
      - bash
      - sh
    source: |
      # Exim: does it relay mail from an outside client to an outside domain? Asked of Exim itself: host checking
      # mode (exim -bh ADDRESS) runs the real ACLs for a simulated SMTP session from that address; it delivers
      # nothing, writes no log and does no callouts.
      T0=$(date +%s)
      bounded() {
        b=$(( 24 - $(date +%s) + T0 ))
        [ "$b" -gt "$1" ] && b=$1
        [ "$b" -ge 1 ] || return 124
        shift
        if command -v timeout >/dev/null 2>&1; then timeout -k 1 "$b" "$@"; else "$@"; fi
      }
      exim=''
      for e in exim4 exim /usr/sbin/exim4 /usr/sbin/exim /usr/exim/bin/exim; do
        if command -v "$e" >/dev/null 2>&1; then exim=$(command -v "$e"); break; fi
      done
      if [ -z "$exim" ]; then
        echo "[INFO] Exim is not installed."
        exit 0
      fi
      # Processes as "pid args": ps, or /proc where there is no ps (minimal images).
      procs() { ps -eo pid=,args= 2>/dev/null || for d in /proc/[0-9]*; do printf '%s %s\\n' "\${d#/proc/}" "$(tr '\\0' ' ' < "$d/cmdline" 2>/dev/null)"; done; }
      # Running? The listening daemon's process, else its pid file.
      pid=$(procs | grep -v grep | grep -E '^ *[0-9]+ (.*/)?exim4?( .*)? -bd' | awk '{ print $1; exit }')
      if [ -z "$pid" ]; then
        for pidfile in "$(bounded 5 "$exim" -bP -n pid_file_path 2>/dev/null)" /run/exim4/exim.pid /var/run/exim4/exim.pid /var/run/exim.pid /run/exim.pid /var/spool/exim/exim-daemon.pid; do
          p=$(head -n 1 "$pidfile" 2>/dev/null)
          case "$p" in ''|*[!0-9]*) continue ;; esac
          if [ -d "/proc/$p" ] || kill -0 "$p" 2>/dev/null; then pid=$p; break; fi
        done
      fi
      if [ -z "$pid" ]; then
        echo "[INFO] Exim is not running."
        exit 0
      fi
      # The daemon's own configuration: the file (-C) and macros (-D) it was started with, and the interfaces its -oX
      # names, so the probe judges what the daemon runs, not the default configuration.
      xopts=''; ox=''
      set -f
      set -- $(procs | awk -v p="$pid" '$1 == p { $1 = ""; print; exit }')
      while [ $# -gt 0 ]; do
        case "$1" in
          -C) xopts="$xopts -C \${2:-}"; shift ;;
          -C?*|-D?*) xopts="$xopts $1" ;;
          -oX) ox=\${2:-}; shift ;;
        esac
        [ $# -gt 0 ] && shift
      done
      set +f
      ask() { t=$1; shift; set -f; bounded "$t" "$exim" $xopts "$@"; }
      # Reachable from other hosts? local_interfaces empty means every interface; -oX with addresses replaces it.
      interfaces=$(ask 5 -bP -n local_interfaces 2>/dev/null)
      case "$ox" in *.*) interfaces=$ox ;; esac
      if [ -n "$interfaces" ] && printf '%s\\n' "$interfaces" | awk '
        { s = $0; sep = ":"; if (substr(s, 1, 1) == "<") { sep = substr(s, 2, 1); s = substr(s, 3) } else gsub(/::/, "\\001", s)
          n = split(s, f, sep)
          for (i = 1; i <= n; i++) { a = f[i]; gsub(/\\001/, ":", a); gsub(/[ \\t]/, "", a); sub(/\\.[0-9]+$/, "", a); if (a != "" && a !~ /^(127\\.|::1$|0*:0*:0*:0*:0*:0*:0*:0*1$)/) exit 1 } }'; then
        echo "[SAFE] Exim listens on loopback only ($interfaces); it cannot relay for other hosts (read configuration)."
        exit 0
      fi
      RCPT=relay-probe@relay-target.example
      host=$(ask 5 -bP -n primary_hostname 2>/dev/null)
      domain=$(ask 5 -bP -n qualify_domain 2>/dev/null)
      senders=$(printf 'relay-probe@example.net\\n\\npostmaster@%s\\npostmaster@%s\\n' "$host" "\${domain:-$host}" | awk '!seen[$0]++')
      # A configuration that singles out the probe's own test identities cannot be judged by asking.
      conf=$(ask 5 -bP -n configure_file 2>/dev/null)
      if [ -r "$conf" ] && grep -Eiq '203\\.0\\.113\\.77|198\\.51\\.100\\.77|relay-probe|relay-target' "$conf"; then
        echo "[UNCONFIRMED] Exim relay policy could not be confirmed, so the host is not passed: $conf mentions the probe's test identities (read configuration)."
        exit 0
      fi
      # The ports the daemon listens on (its -oX ports, else daemon_smtp_ports; at most 5): ACLs may depend on the
      # port ($interface_port: submission, a relay port), so the session is simulated on each (-oMi).
      case "$ox" in *.*|'') plist=$(ask 5 -bP -n daemon_smtp_ports 2>/dev/null) ;; *) plist=$ox ;; esac
      ports=$(printf '%s\\n' "$plist" | tr ':,; ' '\\n\\n\\n\\n' | while IFS= read -r p; do
        case "$p" in
          '') ;;
          *[!0-9]*) case "$p" in smtp) echo 25 ;; submission) echo 587 ;; smtps|ssmtp|submissions|urd) echo 465 ;; *) getent services "$p/tcp" 2>/dev/null | awk '{ sub(/\\/.*/, "", $2); print $2; exit }' ;; esac ;;
          *) echo "$p" ;;
        esac
      done | awk '/^[0-9]+$/ && !seen[$0]++' | head -n 5)
      [ -n "$ports" ] || ports=25
      nports=$(printf '%s\\n' "$ports" | grep -c .)
      # The outside clients: IPv4, and IPv6 unless Exim has it off.
      clients='203.0.113.77 198.51.100.77'
      [ "$(ask 5 -bP -n disable_ipv6 2>/dev/null)" = true ] || clients="$clients 2001:db8::77"
      verdict=''
      total=0
      why=''
      # One session per port, outside client and sender: EHLO, MAIL, RCPT, QUIT, answered in order.
      for port in $ports; do
        on=''; [ "$nports" -gt 1 ] && on=" on port $port"
        for client in $clients; do
          for s in $(printf '%s\\n' "$senders" | sed 's/^$/<>/'); do
            [ "$s" = '<>' ] && s=''
            out=$(printf 'EHLO relay-probe.example.net\\r\\nMAIL FROM:<%s>\\r\\nRCPT TO:<%s>\\r\\nQUIT\\r\\n' "$s" "$RCPT" | ask 10 -oMi "0.0.0.0.$port" -bh "$client" 2>/dev/null)
            verdict=$(printf '%s\\n' "$out" | tr -d '\\r' | awk -v who="from $client$on, MAIL FROM:<$s>" '
              /^[0-9][0-9][0-9]-/ { next }
              /^[0-9][0-9][0-9]( |$)/ { reply[++n] = $0 }
              END {
                if (reply[1] !~ /^220/) { print "failed|exim -bh gave no greeting " who (n ? ": " reply[1] : ""); exit }
                if (reply[4] ~ /^2/) { print "relayed|the ACLs accept RCPT TO:<relay-probe@relay-target.example> " who; exit }
                if (n >= 4 || reply[n] ~ /^[45]/) { print "refused|" (n >= 4 ? reply[4] : reply[n]); exit }
                print "failed|exim -bh stopped answering " who
              }')
            case "$verdict" in
              relayed*|failed*) break 3 ;;
              refused*) total=$((total + 1)); [ -n "$why" ] || why=\${verdict#refused|} ;;
            esac
          done
        done
      done
      case "$verdict" in
        relayed*) echo "[VULNERABLE] Exim relays mail for outside clients: \${verdict#relayed|} (asked the MTA)." ;;
        refused*) echo "[SAFE] Exim refuses to relay for outside clients: the ACLs refuse all $total outside identities ($why) (asked the MTA)." ;;
        *) echo "[UNCONFIRMED] Exim relay policy could not be confirmed, so the host is not passed: \${verdict#failed|} (asked the MTA)." ;;
      esac

    matchers:
      - type: word
        name: sendmail
        part: code_1_response
        words:
          - "[VULNERABLE]"
          - "[UNCONFIRMED]"

      - type: word
        name: postfix
        part: code_2_response
        words:
          - "[VULNERABLE]"
          - "[UNCONFIRMED]"

      - type: word
        name: exim
        part: code_3_response
        words:
          - "[VULNERABLE]"
          - "[UNCONFIRMED]"
`;

// src/template/bundled.ts
var BUNDLED2 = [{ name: "smtp-open-relay.yaml", text: smtp_open_relay_default }];
var hashes;
function bundledSha256() {
  hashes ??= new Set(BUNDLED2.map((b) => createHash4("sha256").update(b.text).digest("hex")));
  return hashes;
}

// src/template/precondition.ts
var LINUX = {
  IsLinux: true,
  IsWindows: false,
  IsOSX: false,
  IsAndroid: false,
  IsIOS: false,
  IsJS: false,
  IsFreeBSD: false,
  IsOpenBSD: false,
  IsSolaris: false
};
function evaluatePreCondition(expr, file, line) {
  const tokens = expr.match(/\s*(&&|\|\||!|\(|\)|[A-Za-z]+\(\s*\))/gy);
  if (!tokens || tokens.join("").replace(/\s/g, "") !== expr.replace(/\s/g, "")) return refuse();
  let pos = 0;
  const peek = () => tokens[pos]?.trim();
  const or = () => {
    let v = and();
    while (peek() === "||") {
      pos++;
      v = and() || v;
    }
    return v;
  };
  const and = () => {
    let v = not();
    while (peek() === "&&") {
      pos++;
      v = not() && v;
    }
    return v;
  };
  const not = () => {
    const t = peek();
    pos++;
    if (t === "!") return !not();
    if (t === "(") {
      const v = or();
      if (peek() !== ")") return refuse();
      pos++;
      return v;
    }
    const name = t?.replace(/\(\s*\)$/, "") ?? "";
    if (!(name in LINUX)) return refuse();
    return LINUX[name];
  };
  const value = or();
  if (pos !== tokens.length) return refuse();
  return value;
  function refuse() {
    throw inputError(file, line, `pre-condition '${expr}' is not supported; allowed: ${Object.keys(LINUX).map((k) => `${k}()`).join(", ")} with !, &&, || and parentheses`);
  }
}

// src/template/yaml.ts
var import_yaml = __toESM(require_dist(), 1);
var MAX_FLOW_DEPTH = 100;
var MAX_ALIASES = 100;
function parseYaml(text, file, lineOffset = 0) {
  const counter = new import_yaml.LineCounter();
  const line = (offset) => counter.linePos(offset).line + lineOffset;
  const refuse = (offset, message) => {
    throw inputError(file, offset === void 0 ? void 0 : line(offset), message);
  };
  checkTabs(text, file, lineOffset);
  checkFlowDepth(text, (offset, message) => {
    throw inputError(file, text.slice(0, offset).split("\n").length + lineOffset, message);
  });
  let docs;
  try {
    docs = (0, import_yaml.parseAllDocuments)(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: false });
  } catch (e) {
    return refuse(void 0, `malformed YAML: ${e.message.split("\n")[0]}`);
  }
  if (!Array.isArray(docs)) docs = [docs];
  if (docs.length > 1) refuse(docs[1].range[0], "more than one YAML document ('---'); nuclei reads only the first, so a template must hold exactly one");
  const doc = docs[0];
  if (!doc) return refuse(void 0, "empty template");
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) refuse(problem.pos[0], `malformed YAML: ${problem.message.split("\n")[0]}`);
  checkDocument(doc, text, refuse);
  const where = {
    file,
    line(path6) {
      let node = doc.contents;
      let offset = doc.contents?.range?.[0];
      for (const step of path6) {
        if ((0, import_yaml.isMap)(node)) {
          const pair = node.items.find((p) => (0, import_yaml.isPair)(p) && (0, import_yaml.isScalar)(p.key) && keyText(p.key) === step);
          if (!pair) break;
          offset = pair.key.range?.[0] ?? offset;
          node = pair.value;
        } else if ((0, import_yaml.isSeq)(node) && typeof step === "number") {
          const item = node.items[step];
          if (!item) break;
          offset = item.range?.[0] ?? offset;
          node = item;
        } else break;
      }
      return offset === void 0 ? void 0 : line(offset);
    }
  };
  keepNumbersAsWritten(doc);
  resolveIntegers(doc);
  resolveInterfaceValues(doc, refuse);
  try {
    return { value: doc.toJS({ maxAliasCount: 100 }), where };
  } catch (e) {
    return refuse(void 0, `malformed YAML: ${e.message.split("\n")[0]}`);
  }
}
function checkTabs(text, file, lineOffset) {
  const lines = text.split("\n");
  for (const [i, l] of lines.entries()) {
    if (/^ *(?:[-?] +)*[-?]?\t/.test(l)) throw inputError(file, i + 1 + lineOffset, "a tab in indentation; nuclei's YAML parser refuses it, indent with spaces");
  }
}
function checkFlowDepth(text, refuse) {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 || c === 123) {
      if (++depth > MAX_FLOW_DEPTH) refuse(i, `'[' and '{' nested more than ${MAX_FLOW_DEPTH} deep`);
    } else if ((c === 93 || c === 125) && depth > 0) depth--;
  }
}
function checkDocument(doc, text, refuse) {
  const directives = doc.directives;
  const tags = Object.entries(directives?.tags ?? {});
  if (directives?.yaml.explicit || tags.length !== 1 || tags[0][1] !== "tag:yaml.org,2002:") refuse(doc.range[0], "YAML directives ('%YAML', '%TAG') are not supported in templates");
  const anchors = /* @__PURE__ */ new Map();
  const typed = /* @__PURE__ */ new Map();
  let aliases = 0;
  (0, import_yaml.visit)(doc, {
    Node(_, node) {
      if ((0, import_yaml.isAlias)(node)) {
        if (++aliases > MAX_ALIASES) refuse(node.range?.[0], `more than ${MAX_ALIASES} aliases ('*name'); write the values out`);
        const target = anchors.get(node.source);
        if (target && holdsTypedScalar(target, typed)) refuse(node.range?.[0], `alias '*${node.source}' stands for a number, boolean or null, which nuclei reads by the type of each field it lands in; write the value out`);
        return;
      }
      if (node.anchor) anchors.set(node.anchor, node);
      if (node.tag) refuse(node.range?.[0], `YAML tag '${node.tag}' is not supported in templates`);
      if ((0, import_yaml.isScalar)(node) && node.type === import_yaml.Scalar.QUOTE_DOUBLE && node.range) checkEscapes(text.slice(node.range[0], node.range[1]), node.range[0], refuse);
    },
    Map(_, map) {
      const seen = /* @__PURE__ */ new Map();
      for (const pair of map.items) {
        const key = pair.key;
        if (!(0, import_yaml.isScalar)(key) || key.value === null) refuse(key?.range?.[0] ?? map.range?.[0], "a mapping key that is not a plain string; only string keys are allowed in templates");
        const name = keyText(key);
        if (name === "<<" && key.type === import_yaml.Scalar.PLAIN) refuse(key.range?.[0], "merge keys ('<<') are not supported in templates");
        if (seen.has(name)) refuse(key.range?.[0], `key '${name}' appears twice in one mapping`);
        seen.set(name, key.range?.[0]);
      }
    }
  });
}
function holdsTypedScalar(node, typed) {
  if ((0, import_yaml.isScalar)(node)) return node.type === import_yaml.Scalar.PLAIN && goResolvePlain(String(node.source)) !== node.source;
  if ((0, import_yaml.isPair)(node)) return holdsTypedScalar(node.key, typed) || holdsTypedScalar(node.value, typed);
  if (!(0, import_yaml.isMap)(node) && !(0, import_yaml.isSeq)(node)) return false;
  let answer = typed.get(node);
  if (answer === void 0) {
    answer = node.items.some((item) => holdsTypedScalar(item, typed));
    typed.set(node, answer);
  }
  return answer;
}
function checkEscapes(raw, offset, refuse) {
  for (const m of raw.matchAll(/\\(?:u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|(.))/g)) {
    const code = parseInt(m[1] ?? m[2] ?? "0", 16);
    if (m[3] === "/" || code >= 55296 && code <= 57343 || code > 1114111) refuse(offset + (m.index ?? 0), `escape '${m[0]}' in a double-quoted string is not accepted by nuclei's YAML parser`);
  }
}
function keyText(key) {
  return typeof key.value === "string" ? key.value : String(key.source ?? key.value);
}
var STRING_LISTS = /* @__PURE__ */ new Set(["words", "regex", "dsl", "binary", "kval", "json", "engine", "args", "reference", "tags", "author"]);
function keepNumbersAsWritten(doc) {
  (0, import_yaml.visit)(doc, {
    Pair(_, pair) {
      if (!(0, import_yaml.isScalar)(pair.key) || !STRING_LISTS.has(String(pair.key.value)) || !(0, import_yaml.isSeq)(pair.value)) return;
      for (const item of pair.value.items) {
        if ((0, import_yaml.isScalar)(item) && typeof item.value === "number" && typeof item.source === "string") item.value = item.source;
      }
    }
  });
}
var INT_FIELDS = /* @__PURE__ */ new Set(["size", "group"]);
function resolveIntegers(doc) {
  (0, import_yaml.visit)(doc, {
    Pair(_, pair) {
      if (!(0, import_yaml.isScalar)(pair.key) || !INT_FIELDS.has(String(pair.key.value))) return;
      for (const item of (0, import_yaml.isSeq)(pair.value) ? pair.value.items : [pair.value]) {
        if (!(0, import_yaml.isScalar)(item) || item.type !== import_yaml.Scalar.PLAIN || typeof item.source !== "string") continue;
        const resolved = goResolvePlain(item.source);
        if (typeof resolved === "number") item.value = resolved;
      }
    }
  });
}
function resolveInterfaceValues(doc, refuse) {
  const root = doc.contents;
  if (!(0, import_yaml.isMap)(root)) return;
  for (const pair of root.items) {
    if (!(0, import_yaml.isScalar)(pair.key) || !["variables", "constants"].includes(keyText(pair.key)) || !(0, import_yaml.isMap)(pair.value)) continue;
    for (const item of pair.value.items) {
      const v = item.value;
      if (!(0, import_yaml.isScalar)(v) || v.type !== import_yaml.Scalar.PLAIN || typeof v.source !== "string") continue;
      const resolved = goResolvePlain(v.source);
      if (resolved === TIMESTAMP) refuse(v.range?.[0], `'${v.source}' reads as a timestamp in nuclei's YAML parser; quote it to make it text`);
      v.value = resolved;
    }
  }
}
var TIMESTAMP = /* @__PURE__ */ Symbol("timestamp");
var YAML_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
function goResolvePlain(text) {
  const fixed = {
    "": null,
    "~": null,
    null: null,
    Null: null,
    NULL: null,
    true: true,
    True: true,
    TRUE: true,
    false: false,
    False: false,
    FALSE: false,
    ".nan": NaN,
    ".NaN": NaN,
    ".NAN": NaN,
    ".inf": Infinity,
    ".Inf": Infinity,
    ".INF": Infinity,
    "+.inf": Infinity,
    "+.Inf": Infinity,
    "+.INF": Infinity,
    "-.inf": -Infinity,
    "-.Inf": -Infinity,
    "-.INF": -Infinity
  };
  if (Object.hasOwn(fixed, text)) return fixed[text];
  const first = text[0] ?? "";
  if (first === ".") {
    const f = goParseFloat(text);
    return f ?? text;
  }
  if (!/[-+0-9]/.test(first)) return text;
  if (/^[0-9]{4}-/.test(text) && isGoTimestamp(text)) return TIMESTAMP;
  const plain = text.replaceAll("_", "");
  const int = goParseIntBase0(plain);
  if (int !== void 0) return Number.isSafeInteger(Number(int)) ? Number(int) : int.toString();
  if (YAML_FLOAT.test(plain)) {
    const f = goParseFloat(plain);
    if (f !== void 0) return f;
  }
  return text;
}
function goParseIntBase0(s) {
  const m = /^([-+]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(s);
  if (!m) return void 0;
  let digits = m[2];
  if (/^0[oO]/.test(digits)) digits = `0o${digits.slice(2)}`;
  else if (/^0[0-7]+$/.test(digits)) digits = `0o${digits.slice(1)}`;
  const magnitude = BigInt(digits.toLowerCase().replace(/^0x/, "0x"));
  const v = m[1] === "-" ? -magnitude : magnitude;
  if (v >= -(2n ** 63n) && v < 2n ** 63n) return v;
  if (m[1] !== "-" && m[1] !== "+" && v < 2n ** 64n) return v;
  return void 0;
}
function goParseFloat(s) {
  if (!/^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/.test(s)) return void 0;
  const f = Number(s);
  return Number.isFinite(f) ? f : void 0;
}
function isGoTimestamp(s) {
  return /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt][0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(?:\.[0-9]+)?(?:Z|[-+][0-9]{2}:[0-9]{2})| [0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(?:\.[0-9]+)?)?$/.test(s);
}

// src/template/load.ts
var ENGINES = ["bash", "sh"];
var TOP_KEYS = ["id", "info", "self-contained", "variables", "constants", "code"];
var OTHER_PROTOCOLS = ["http", "requests", "dns", "file", "network", "tcp", "headless", "ssl", "websocket", "whois", "javascript", "workflows", "flow", "multi"];
var BLOCK_KEYS = ["id", "engine", "source", "args", "pattern", "pre-condition", "matchers", "extractors", "matchers-condition"];
var SEVERITY_VALUES = ["info", "low", "medium", "high", "critical", "unknown"];
var ID_PATTERN = /^([a-zA-Z0-9]+[-_])*[a-zA-Z0-9]+$/;
var SKIPPED_DIRECTORIES = /* @__PURE__ */ new Set([".git", ".github", "helpers"]);
async function loadTemplates(paths, policy) {
  if (paths.length === 0) return { templates: BUNDLED2.map((b) => parseTemplate(Buffer.from(b.text), `bundled:${b.name}`, policy)), skipped: [] };
  const templates = [];
  const skipped = [];
  const seen = /* @__PURE__ */ new Map();
  for (const { file, explicit } of await findTemplateFiles(paths)) {
    try {
      const t = await loadTemplateFile(file, policy);
      const first = seen.get(t.id);
      if (first) throw new UserError(`${t.path}: template id '${t.id}' is already used by ${first}; ids must be unique in one run`);
      seen.set(t.id, t.path);
      templates.push(t);
    } catch (e) {
      if (explicit || !(e instanceof UserError)) throw e;
      skipped.push(gapOf(file, e));
    }
  }
  return { templates, skipped };
}
function gapOf(file, e) {
  const rest = e.message.startsWith(`${file}:`) ? e.message.slice(file.length + 1).trimStart() : e.message;
  const m = /^(\d+): ([\s\S]*)$/.exec(rest);
  return { kind: "template", file, ...m ? { line: Number(m[1]) } : {}, reason: oneLine(m ? m[2] : rest, 500) };
}
async function findTemplateFiles(paths) {
  const files = [];
  for (const p of paths) {
    const info2 = await stat3(p).catch(() => {
      throw new UserError(`${p}: no such template file or directory`);
    });
    if (!info2.isDirectory()) {
      files.push({ file: p, explicit: true });
      continue;
    }
    const found = (await walk(p)).sort().map((name) => ({ file: path5.join(p, name), explicit: false }));
    if (found.length === 0) throw new UserError(`${p}: directory holds no *.yaml template`);
    files.push(...found);
  }
  return files;
}
async function walk(dir, prefix = "") {
  const out = [];
  for (const entry of await readdir(path5.join(dir, prefix), { withFileTypes: true })) {
    const rel = path5.join(prefix, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRECTORIES.has(entry.name.toLowerCase())) out.push(...await walk(dir, rel));
    } else if (entry.name.toLowerCase().endsWith(".yaml")) out.push(rel);
  }
  return out;
}
async function readTemplateSource(file) {
  const bytes = await readRegularFile(file, MAX_TEMPLATE_BYTES).catch((e) => {
    throw e instanceof FileProblem ? new UserError(`${file}: ${e.message}`) : e;
  });
  const source = sourceOf(bytes, file);
  return { ...source, imports: await readImports(source.parsed.value, file, source.parsed.where) };
}
function sourceOf(bytes, file) {
  templateText(bytes, file);
  const { content, leadingLines } = signedContent(bytes);
  return { file, bytes, parsed: parseYaml(content.toString("utf8"), file, leadingLines), imports: NO_IMPORTS };
}
async function loadTemplateFile(file, policy) {
  return build(await readTemplateSource(file), policy);
}
function parseTemplate(bytes, file, policy) {
  return build(sourceOf(bytes, file), policy);
}
function build({ bytes, parsed: { value, where }, imports }, policy) {
  const file = where.file;
  const doc = mapping(value, [], where, "a template must be a YAML mapping");
  for (const key of Object.keys(doc)) {
    if (OTHER_PROTOCOLS.includes(key)) throw inputError(file, where.line([key]), `'${key}:' is not supported: fleetprobe runs only 'code' templates`);
    if (!TOP_KEYS.includes(key)) throw inputError(file, where.line([key]), `unknown key '${oneLine(key, 80)}'; allowed: ${TOP_KEYS.join(", ")}`);
  }
  const trust = decideTrust({ path: file, bytes, imported: imports.bytes, inline: imports.inline }, { keys: policy.keys, allowUnsigned: policy.allowUnsigned, bundledSha256: bundledSha256() });
  const id = doc["id"];
  if (id === void 0) throw inputError(file, 1, "missing 'id'");
  if (typeof id !== "string" || !ID_PATTERN.test(id)) throw inputError(file, where.line(["id"]), `id '${oneLine(shown(id), 80)}' is not allowed; use letters, digits, '-' and '_'`);
  const info2 = readInfo(doc["info"], where);
  const code = doc["code"];
  if (code === void 0) throw inputError(file, 1, "no 'code:' block: fleetprobe runs only 'code' templates");
  if (!Array.isArray(code) || code.length === 0) throw inputError(file, where.line(["code"]), "'code' must be a non-empty list of blocks");
  const selfContained = doc["self-contained"] ?? false;
  if (typeof selfContained !== "boolean") throw inputError(file, where.line(["self-contained"]), "'self-contained' must be true or false");
  const variables = {
    ...readVariables(doc["constants"], ["constants"], where, false),
    ...readVariables(doc["variables"], ["variables"], where, true)
  };
  const scope = partScope(code, variables);
  const blocks = code.map((raw, i) => readBlock(raw, i, code.length, where, imports.sources.get(i), scope));
  return { id, path: file, info: info2, selfContained, variables, blocks, sha256: createHash5("sha256").update(bytes).digest("hex"), trust };
}
function partScope(code, variables) {
  const contextIds = code.map((raw, i) => {
    const id = raw?.id;
    return typeof id === "string" ? id : `code_${i + 1}`;
  });
  const extractorNames = code.flatMap((raw) => {
    const extractors = raw?.extractors;
    return Array.isArray(extractors) ? extractors.map((e) => e?.name).filter((n) => typeof n === "string") : [];
  });
  return { variables: [...Object.keys(variables), ...extractorNames], contextIds };
}
function readBlock(raw, i, count, where, importedSource, scope) {
  const at = ["code", i];
  const block = mapping(raw, at, where, "each code block must be a mapping");
  for (const key of Object.keys(block)) {
    if (key === "sandbox") throw inputError(where.file, where.line([...at, key]), "'sandbox' (Docker) is not supported: probes run on the target host itself");
    if (!BLOCK_KEYS.includes(key)) throw inputError(where.file, where.line([...at, key]), `unknown key '${key}' in code block ${i + 1}; allowed: ${BLOCK_KEYS.join(", ")}`);
  }
  const engines = stringList(block["engine"], [...at, "engine"], where, "engine");
  if (engines.length === 0) throw inputError(where.file, where.line([...at, "engine"]) ?? where.line(at), `code block ${i + 1} needs 'engine' (allowed: ${ENGINES.join(", ")})`);
  for (const [k, engine] of engines.entries()) {
    if (!ENGINES.includes(engine)) throw inputError(where.file, where.line([...at, "engine", k]) ?? where.line([...at, "engine"]), `engine '${engine}' is not supported; allowed: ${ENGINES.join(", ")}`);
  }
  const args = stringList(block["args"], [...at, "args"], where, "args");
  const source = block["source"] ?? "";
  if (typeof source !== "string") throw inputError(where.file, where.line([...at, "source"]), "'source' must be a string (a script, or a file beside the template)");
  if (source === "" && args.length === 0) throw inputError(where.file, where.line(at), `code block ${i + 1} has neither 'source' nor 'args': nothing to run`);
  const pattern = optionalString(block["pattern"], [...at, "pattern"], where);
  const preCondition = optionalString(block["pre-condition"], [...at, "pre-condition"], where);
  if (preCondition !== void 0 && !evaluatePreCondition(preCondition, where.file, where.line([...at, "pre-condition"]))) {
    throw inputError(where.file, where.line([...at, "pre-condition"]), `pre-condition '${preCondition}' is false on Linux targets, so this block can never run`);
  }
  const explicitId = optionalString(block["id"], [...at, "id"], where);
  return {
    index: i + 1,
    // nuclei names unnamed blocks code_<n> only when a template has several requests.
    contextId: explicitId ?? (count > 1 ? `code_${i + 1}` : void 0),
    engines,
    args,
    source: importedSource ?? source,
    ...pattern === void 0 ? {} : { pattern },
    ...preCondition === void 0 ? {} : { preCondition },
    operators: compileOperators(block, at, where, scope)
  };
}
function readInfo(raw, where) {
  const file = where.file;
  if (raw === void 0) throw inputError(file, 1, "missing 'info' (name, author, severity)");
  const info2 = mapping(raw, ["info"], where, "'info' must be a mapping");
  const name = info2["name"];
  if (typeof name !== "string" || name.trim() === "") throw inputError(file, where.line(["info", "name"]) ?? where.line(["info"]), "'info.name' is required");
  const severity = shown(info2["severity"] ?? "unknown").trim().toLowerCase();
  if (!SEVERITY_VALUES.includes(severity)) throw inputError(file, where.line(["info", "severity"]), `severity '${shown(info2["severity"])}' is not allowed; expected one of ${SEVERITY_VALUES.join(", ")}`);
  const text = (key) => optionalString(info2[key], ["info", key], where);
  const record = (key) => {
    const v = info2[key];
    if (v === void 0 || v === null) return void 0;
    return mapping(v, ["info", key], where, `'info.${key}' must be a mapping`);
  };
  const description = text("description");
  const impact = text("impact");
  const remediation = text("remediation");
  const classification = record("classification");
  const metadata = record("metadata");
  return {
    name: name.trim(),
    // nuclei splits, trims and lower-cases authors and tags.
    author: commaList(info2["author"], ["info", "author"], where),
    tags: commaList(info2["tags"], ["info", "tags"], where),
    severity,
    reference: info2["reference"] === void 0 || info2["reference"] === null ? [] : stringList(info2["reference"], ["info", "reference"], where, "info.reference"),
    ...description === void 0 ? {} : { description },
    ...impact === void 0 ? {} : { impact },
    ...remediation === void 0 ? {} : { remediation },
    ...classification === void 0 ? {} : { classification },
    ...metadata === void 0 ? {} : { metadata }
  };
}
function readVariables(raw, at, where, evaluate) {
  if (raw === void 0 || raw === null) return {};
  const vars = mapping(raw, at, where, `'${at[0]}' must be a mapping of names to values`);
  if (!evaluate) return Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, String(v)]));
  return evaluateVariables(vars, { file: where.file, line: (p) => where.line([...at, ...p]) });
}
function mapping(v, at, where, message) {
  if (v === null || typeof v !== "object" || Array.isArray(v)) throw inputError(where.file, where.line(at) ?? 1, message);
  return v;
}
function optionalString(v, at, where) {
  if (v === void 0 || v === null) return void 0;
  if (typeof v !== "string" && typeof v !== "number" && typeof v !== "boolean") throw inputError(where.file, where.line(at), `'${at.join(".")}' must be a string`);
  return String(v);
}
function stringList(v, at, where, field) {
  if (v === void 0 || v === null) return [];
  const items = Array.isArray(v) ? v : [v];
  return items.map((item, k) => {
    if (typeof item !== "string" && typeof item !== "number") throw inputError(where.file, where.line([...at, k]) ?? where.line(at), `'${field}' must be a string or a list of strings`);
    return String(item);
  });
}
function commaList(v, at, where) {
  return stringList(v, at, where, String(at[at.length - 1])).flatMap((s) => s.split(",")).map((s) => s.trim().toLowerCase()).filter((s) => s !== "");
}

// src/transport/index.ts
async function createTransport(options, hooks = {}) {
  if (options.transport === "local") {
    const { LocalTransport } = await import("./local-WEGZ73LN.js");
    return new LocalTransport({ blockTimeoutMs: options.timeout * 1e3, deadlineSeconds: options.deadline, concurrency: options.concurrency, ...hooks.onProgress ? { onProgress: hooks.onProgress } : {} });
  }
  const { SsmTransport } = await import("./ssm-WBLY4UPV.js");
  return new SsmTransport(options, { ...hooks.onCommand ? { onCommand: hooks.onCommand } : {}, ...hooks.onProgress ? { onProgress: hooks.onProgress } : {} });
}

// src/progress.ts
var LIVE_AFTER_MS = 2e3;
var LIVE_EVERY_MS = 1e3;
var LOG_EVERY_MS = 15e3;
var Progress = class {
  constructor(sink, templates, startedAt) {
    this.sink = sink;
    this.templates = templates;
    this.startedAt = startedAt;
    this.lastShown = sink.live ? startedAt + LIVE_AFTER_MS - LIVE_EVERY_MS : startedAt;
  }
  sink;
  templates;
  startedAt;
  expected = 0;
  perHost = /* @__PURE__ */ new Map();
  unaudited = /* @__PURE__ */ new Set();
  findings = 0;
  done = 0;
  lastShown;
  shownLive = false;
  /** More targets became known (`expected`), and outcomes arrived, judged. */
  add(expected, results) {
    this.expected += expected;
    for (const r of results) {
      this.findings += r.findings.length;
      if (r.verdict === "unaudited") this.unaudited.add(r.target.id);
      const seen = (this.perHost.get(r.target.id) ?? 0) + 1;
      this.perHost.set(r.target.id, seen);
      if (seen === this.templates) this.done++;
    }
  }
  /** Called on a timer: writes the line when it is due. */
  tick(now) {
    if (now - this.lastShown < (this.sink.live ? LIVE_EVERY_MS : LOG_EVERY_MS)) return;
    this.lastShown = now;
    const line = this.line(now);
    if (this.sink.live) {
      this.sink.write(`\r\x1B[2K${line}`);
      this.shownLive = true;
    } else this.sink.write(`${line}
`);
  }
  /** The run ended: a live line is cleared so the results start on a clean line. */
  end() {
    if (this.shownLive) this.sink.write("\r\x1B[2K");
  }
  line(now) {
    const total = Math.max(this.expected, this.perHost.size);
    const s = Math.round((now - this.startedAt) / 1e3);
    const elapsed = s < 60 ? `${s}s` : `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s`;
    return `fleetprobe: ${this.done}/${total || "?"} hosts done \xB7 ${this.findings} finding${this.findings === 1 ? "" : "s"} \xB7 ${this.unaudited.size} not audited \xB7 ${elapsed}`;
  }
};
function startProgress(progress, now = Date.now) {
  const timer = setInterval(() => progress.tick(now()), 250);
  timer.unref();
  return () => {
    clearInterval(timer);
    progress.end();
  };
}

// src/run.ts
async function loadRunTemplates(paths, trust, warn) {
  const keys = await loadTrustedKeys(trust.trustedCerts);
  const loaded = await loadTemplates(paths, { keys, allowUnsigned: trust.allowUnsigned });
  for (const gap of loaded.skipped) warn?.(`skipped template ${forLog(gap.file, 500)}${gap.line === void 0 ? "" : `:${gap.line}`}: ${forLog(gap.reason, 1e3)}`);
  if (loaded.templates.length === 0) throw new UserError(`no template could be loaded: all ${loaded.skipped.length} found were skipped (see the warnings)`);
  return loaded;
}
async function executeRun(options, hooks = {}) {
  const jsonl = options.jsonlFile ? { input: "jsonl-file", file: options.jsonlFile } : void 0;
  const sarifFile = options.sarifFile ? { input: "sarif-file", file: options.sarifFile } : void 0;
  await checkReportFiles([jsonl, sarifFile].filter((f) => f !== void 0));
  const baseline = options.baseline ? await readBaseline(options.baseline) : void 0;
  const { templates, skipped } = await loadRunTemplates(options.templates, options, hooks.warn);
  const judgements = new Judgements(templates);
  const progress = hooks.progress ? new Progress(hooks.progress, templates.length, Date.now()) : void 0;
  const onProgress = progress ? { onProgress: (expected, runs) => progress.add(expected, runs.map((r) => judgements.of(r))) } : {};
  const transport = await createTransport(options, { ...hooks, ...onProgress });
  const deadline = AbortSignal.timeout(options.deadline * 1e3);
  const signal = hooks.signal ? AbortSignal.any([hooks.signal, deadline]) : deadline;
  const startedAt = (/* @__PURE__ */ new Date()).toISOString();
  const stopProgress = progress ? startProgress(progress) : void 0;
  const { results, commandIds, gaps } = await audit(templates, transport, signal, judgements).finally(() => stopProgress?.());
  const report = {
    results,
    gaps: [...skipped, ...gaps],
    templates: templates.map(({ id, path: path6, info: info2, sha256, trust }) => ({ id, path: path6, info: info2, sha256, trust })),
    commandIds,
    selection: describeSelection(options),
    startedAt,
    finishedAt: (/* @__PURE__ */ new Date()).toISOString(),
    ...hooks.signal?.reason instanceof Interrupted ? { interrupted: hooks.signal.reason.signal } : {}
  };
  const notes = [];
  const outcome = { report, notes };
  if (baseline) outcome.changes = compare(report.results, baseline);
  else if (options.baseline) notes.push(`baseline ${forLog(options.baseline, 500)} not found: nothing to compare with (the first run keeps this one's JSONL as the next baseline)`);
  if (jsonl) {
    await writeReportFile(jsonl, toJsonl(report, { matcherStatus: options.matcherStatus, templateFiles: templateFiles(templates) }));
    outcome.jsonlFile = jsonl.file;
  }
  if (sarifFile) {
    const sarif = toSarif(report, { ...options.category ? { category: options.category } : {}, toolVersion: VERSION });
    await writeReportFile(sarifFile, `${JSON.stringify(sarif.log, null, 2)}
`);
    notes.push(...sarif.notes);
    outcome.sarifFile = sarifFile.file;
  }
  return outcome;
}
function describeSelection(options) {
  if (options.transport === "local") return "local";
  const what = options.targets.length > 0 ? [...options.targets].sort().join(";") : "instance-ids";
  return `ssm/${scopeSelection(options.scope) ?? options.awsRegion}/${what}`;
}

export {
  INPUTS,
  parseOptions,
  describeGap,
  scopeName,
  skippedTemplates,
  unauditedScopes,
  isVulnerability,
  tally,
  plural,
  hostPath,
  templateUri,
  evaluateGate,
  findingsByTemplate,
  hostsNeedingAttention,
  unauditedByReason,
  findingsBySeverity,
  severityCounts,
  byScope,
  renderTable,
  bundledSha256,
  checkTrust,
  verifyLine,
  loadTrustedKeys,
  gapOf,
  findTemplateFiles,
  readTemplateSource,
  VERSION,
  executeRun,
  watchSignals
};
