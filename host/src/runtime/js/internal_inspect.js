'use strict';
// internal_inspect.js — util.inspect and util.format. The output follows Node's
// layout rules (quoting, `breakLength`/`compact` line breaking, grouping of long
// arrays into aligned columns, circular markers, class and tag prefixes) so that
// console.log prints what Node prints. Colors are not supported: the `colors`
// option is accepted and ignored, and so is `numericSeparator`.

const { host } = require('internal:binding');
const types = require('internal:types');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

const defaultOptions = {
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
};

// How the entries of a formatted object are laid out.
const OBJECT_TYPE = 0; // "key: value" entries (objects, maps, sets, ...)
const ARRAY_TYPE = 1; // array elements, shown without their index
const ARRAY_EXTRAS_TYPE = 2; // named properties of arrays, laid out like elements

const PROMISE_PENDING = 0;
const PROMISE_REJECTED = 2;

const IDENTIFIER = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
const ESCAPED_CHARACTERS = /[\x00-\x1f\x27\x5c\x7f-\x9f]|\p{Cs}/gu;
const ESCAPED_CHARACTERS_BUT_QUOTE = /[\x00-\x1f\x5c\x7f-\x9f]|\p{Cs}/gu;
const NAMED_ESCAPES = new Map([
  [8, '\\b'], [9, '\\t'], [10, '\\n'], [12, '\\f'], [13, '\\r'], [39, "\\'"], [92, '\\\\'],
]);

const isEnumerable = (object, key) => Object.prototype.propertyIsEnumerable.call(object, key);
const getterOf = (prototype, key) => Object.getOwnPropertyDescriptor(prototype, key).get;
const callGetter = (getter, object) => Reflect.apply(getter, object, []);
const mapSize = getterOf(Map.prototype, 'size');
const setSize = getterOf(Set.prototype, 'size');
const typedArrayLength = getterOf(Object.getPrototypeOf(Uint8Array.prototype), 'length');

// ---------------------------------------------------------------------------
// Entry points

function inspect(value, options, ...legacyArgs) {
  const ctx = {
    ...defaultOptions,
    indentationLvl: 0,
    currentDepth: 0,
    seen: [],
    circular: undefined,
    userOptions: undefined,
  };
  if (typeof options === 'boolean') {
    // Legacy signature: inspect(value, showHidden, depth, colors).
    ctx.showHidden = options;
    if (legacyArgs[0] !== undefined) ctx.depth = legacyArgs[0];
  } else if (options !== null && typeof options === 'object') {
    for (const key of Object.keys(options)) {
      if (Object.hasOwn(defaultOptions, key)) ctx[key] = options[key];
      else ctx.userOptions = options;
    }
  }
  if (ctx.depth === null) ctx.depth = Infinity;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  return formatValue(ctx, value, 0);
}

function format(...args) {
  return formatWithOptions(undefined, ...args);
}

function formatWithOptions(inspectOptions, ...args) {
  const [first] = args;
  let consumed = 0;
  let text = '';
  if (typeof first === 'string') {
    if (args.length === 1) return first;
    ({ text, consumed } = expandPlaceholders(first, args, inspectOptions));
  }
  for (let i = consumed; i < args.length; i++) {
    const value = args[i];
    if (i > 0) text += ' ';
    text += typeof value === 'string' ? value : inspect(value, inspectOptions);
  }
  return text;
}

// Replaces the %-placeholders of `template` with the following `args`. Returns the
// text and how many arguments (template included) were used.
function expandPlaceholders(template, args, inspectOptions) {
  let text = '';
  let next = 1;
  let copiedUpTo = 0;
  for (let i = 0; i < template.length - 1; i++) {
    if (template[i] !== '%') continue;
    const directive = template[++i];
    let replacement;
    if (directive === '%') {
      replacement = '%';
    } else if (next < args.length) {
      replacement = formatPlaceholder(directive, args[next], inspectOptions);
      if (replacement === undefined) continue;
      next++;
    } else {
      continue;
    }
    text += template.slice(copiedUpTo, i - 1) + replacement;
    copiedUpTo = i + 1;
  }
  if (copiedUpTo === 0) return { text: '', consumed: 0 };
  return { text: text + template.slice(copiedUpTo), consumed: next };
}

function formatPlaceholder(directive, value, inspectOptions) {
  switch (directive) {
    case 's':
      if (typeof value === 'number') return formatNumber(value);
      if (typeof value === 'bigint') return formatBigInt(value);
      if (typeof value !== 'object' || value === null || !hasBuiltinToString(value)) {
        return String(value);
      }
      return inspect(value, { ...inspectOptions, depth: 0, colors: false, compact: 3 });
    case 'j':
      return stringifyJson(value);
    case 'd':
      if (typeof value === 'bigint') return formatBigInt(value);
      return typeof value === 'symbol' ? 'NaN' : formatNumber(Number(value));
    case 'i':
      if (typeof value === 'bigint') return formatBigInt(value);
      return typeof value === 'symbol' ? 'NaN' : formatNumber(Number.parseInt(value));
    case 'f':
      return typeof value === 'symbol' ? 'NaN' : formatNumber(Number.parseFloat(value));
    case 'o':
      return inspect(value, { ...inspectOptions, showHidden: true, showProxy: true, depth: 4 });
    case 'O':
      return inspect(value, inspectOptions);
    case 'c':
      return '';
    default:
      return undefined;
  }
}

const CIRCULAR_JSON_MESSAGE = (() => {
  const circular = {};
  circular.self = circular;
  try {
    JSON.stringify(circular);
  } catch (error) {
    return error.message;
  }
  return undefined;
})();

function stringifyJson(value) {
  try {
    return JSON.stringify(value);
  } catch (error) {
    if (error?.message === CIRCULAR_JSON_MESSAGE) return '[Circular]';
    throw error;
  }
}

// Global constructors: objects whose toString comes from one of them are inspected
// by %s; objects with their own toString are converted with String().
const builtinConstructorNames = new Set(Object.getOwnPropertyNames(globalThis)
  .filter((name) => /^[A-Z][a-zA-Z0-9]+$/.test(name)));

function hasBuiltinToString(value) {
  if (typeof value.toString !== 'function') return true;
  if (Object.hasOwn(value, 'toString')) return false;
  let owner = value;
  do {
    owner = Object.getPrototypeOf(owner);
  } while (!Object.hasOwn(owner, 'toString'));
  const descriptor = Object.getOwnPropertyDescriptor(owner, 'constructor');
  return typeof descriptor?.value === 'function' &&
    builtinConstructorNames.has(descriptor.value.name);
}

// ---------------------------------------------------------------------------
// Values

function formatValue(ctx, value, recurseTimes) {
  if (typeof value !== 'object' && typeof value !== 'function') {
    return formatPrimitive(value, ctx);
  }
  if (value === null) return 'null';
  if (ctx.customInspect) {
    const custom = formatWithCustomInspect(ctx, value, recurseTimes);
    if (custom !== undefined) return custom;
  }
  if (ctx.seen.includes(value)) return `[Circular *${circularIndex(ctx, value)}]`;
  return formatRaw(ctx, value, recurseTimes);
}

// Returns undefined when `value` has no [inspect.custom] method or the method
// returned `value` itself.
function formatWithCustomInspect(ctx, value, recurseTimes) {
  const custom = value[customInspectSymbol];
  if (typeof custom !== 'function' || custom === inspect) return undefined;
  // Prototype objects are inspected as plain objects, not through their own method.
  if (value.constructor?.prototype === value) return undefined;
  const depth = ctx.depth - recurseTimes;
  const result = Reflect.apply(custom, value, [depth, userOptions(ctx), inspect]);
  if (result === value) return undefined;
  if (typeof result !== 'string') return formatValue(ctx, result, recurseTimes);
  return result.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
}

// The inspect options `ctx` was created with.
function contextOptions(ctx) {
  return Object.fromEntries(Object.keys(defaultOptions).map((key) => [key, ctx[key]]));
}

// The options handed to [inspect.custom] methods.
function userOptions(ctx) {
  return { stylize: (text) => text, ...contextOptions(ctx), ...ctx.userOptions };
}

function circularIndex(ctx, value) {
  ctx.circular ??= new Map();
  let index = ctx.circular.get(value);
  if (index === undefined) {
    index = ctx.circular.size + 1;
    ctx.circular.set(value, index);
  }
  return index;
}

function formatPrimitive(value, ctx) {
  switch (typeof value) {
    case 'string': return formatString(value, ctx);
    case 'number': return formatNumber(value);
    case 'bigint': return formatBigInt(value);
    case 'symbol': return value.toString();
    default: return `${value}`;
  }
}

const formatNumber = (number) => (Object.is(number, -0) ? '-0' : `${number}`);
const formatBigInt = (bigint) => `${bigint}n`;
const formatNumberLike = (value) =>
  (typeof value === 'bigint' ? formatBigInt(value) : formatNumber(value));

function formatString(string, ctx) {
  let trailer = '';
  if (string.length > ctx.maxStringLength) {
    const remaining = string.length - ctx.maxStringLength;
    string = string.slice(0, ctx.maxStringLength);
    trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
  }
  // Long strings are split after each newline into concatenated quoted lines.
  if (ctx.compact !== true && string.length > 16 &&
      string.length > ctx.breakLength - ctx.indentationLvl - 4) {
    return string.split(/(?<=\n)/)
      .map(quoteString)
      .join(` +\n${' '.repeat(ctx.indentationLvl + 2)}`) + trailer;
  }
  return quoteString(string) + trailer;
}

// Quotes with ' unless the string contains one; then " or ` if those are absent.
function quoteString(string) {
  let quote = "'";
  if (string.includes("'")) {
    if (!string.includes('"')) quote = '"';
    else if (!string.includes('`') && !string.includes('${')) quote = '`';
  }
  const escaped = quote === "'" ? ESCAPED_CHARACTERS : ESCAPED_CHARACTERS_BUT_QUOTE;
  return `${quote}${string.replace(escaped, escapeCharacter)}${quote}`;
}

function escapeCharacter(character) {
  const code = character.charCodeAt(0);
  if (code >= 0xd800 && code <= 0xdfff) return `\\u${code.toString(16)}`;
  return NAMED_ESCAPES.get(code) ?? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`;
}

const escapeName = (name) => name.replace(ESCAPED_CHARACTERS, escapeCharacter);

// ---------------------------------------------------------------------------
// Objects

function formatRaw(ctx, value, recurseTimes) {
  const constructor = getConstructorName(value, ctx, recurseTimes);
  const rawTag = value[Symbol.toStringTag];
  let tag = typeof rawTag === 'string' ? rawTag : '';
  // An own tag property is printed with the other properties, so it is not repeated.
  if (tag !== '' && (ctx.showHidden ? Object.hasOwn : isEnumerable)(value, Symbol.toStringTag)) {
    tag = '';
  }
  const shape = describe(ctx, value, recurseTimes, constructor, tag, classify(value, rawTag));
  if (typeof shape === 'string') return shape;
  if (recurseTimes > ctx.depth) return depthPlaceholder(constructor, tag);

  const { keys, braces, formatter = formatNoEntries, extrasType = OBJECT_TYPE } = shape;
  let { base = '' } = shape;
  recurseTimes += 1;
  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  let output;
  try {
    output = formatter(ctx, value, recurseTimes);
    for (const key of keys) output.push(formatProperty(ctx, value, recurseTimes, key, extrasType));
  } finally {
    ctx.seen.pop();
  }
  const reference = ctx.circular?.get(value);
  if (reference !== undefined) {
    const marker = `<ref *${reference}>`;
    if (ctx.compact === true) braces[0] = `${marker} ${braces[0]}`;
    else base = base === '' ? marker : `${marker} ${base}`;
  }
  if (ctx.sorted) sortEntries(ctx, output, keys.length, extrasType);
  return reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
}

function sortEntries(ctx, output, keyCount, extrasType) {
  const comparator = ctx.sorted === true ? undefined : ctx.sorted;
  if (extrasType === OBJECT_TYPE) {
    output.sort(comparator);
  } else if (keyCount > 1) {
    const sorted = output.slice(output.length - keyCount).sort(comparator);
    output.splice(output.length - keyCount, keyCount, ...sorted);
  }
}

function depthPlaceholder(constructor, tag) {
  const name = getPrefix(constructor, tag, 'Object').slice(0, -1);
  return constructor === null ? name : `[${name}]`;
}

// Brand checks for the kinds of builtin objects that inspect formats specially.
const BRAND_CHECKS = new Map([
  ['Map', types.isMap],
  ['Set', types.isSet],
  ['WeakMap', types.isWeakMap],
  ['WeakSet', types.isWeakSet],
  ['Promise', types.isPromise],
  ['ArrayBuffer', types.isArrayBuffer],
  ['SharedArrayBuffer', types.isSharedArrayBuffer],
  ['DataView', types.isDataView],
  ['Date', types.isDate],
  ['RegExp', types.isRegExp],
  ['Error', types.isNativeError],
  ['Number', types.isNumberObject],
  ['String', types.isStringObject],
  ['Boolean', types.isBooleanObject],
  ['BigInt', types.isBigIntObject],
  ['Symbol', types.isSymbolObject],
]);

// Object.prototype.toString derives these tags from internal slots: they are exact
// unless a Symbol.toStringTag property overrides them.
const SLOT_TAGS = new Set(['Date', 'RegExp', 'Error', 'Number', 'String', 'Boolean']);

// The builtin kind of `value` (a BRAND_CHECKS key or 'TypedArray'), or undefined.
// The toString tag names the candidate so that usually at most one brand check runs.
function classify(value, rawTag) {
  if (types.isTypedArray(value)) return 'TypedArray';
  const tag = Object.prototype.toString.call(value).slice(8, -1);
  if (typeof rawTag !== 'string') return SLOT_TAGS.has(tag) ? tag : undefined;
  if (BRAND_CHECKS.get(tag)?.(value)) return tag;
  // A custom tag hides the real kind, if there is one.
  for (const [kind, isKind] of BRAND_CHECKS) if (isKind(value)) return kind;
  return undefined;
}

// Either the final string for `value`, or the parts formatRaw assembles:
// { keys, braces, base?, formatter?, extrasType? }.
function describe(ctx, value, recurseTimes, constructor, tag, kind) {
  if (types.isExternal(value)) return `[External: ${host.externalAddress(value)}]`;
  if (Symbol.iterator in value || constructor === null) {
    const shape = describeCollection(ctx, value, constructor, tag, kind);
    if (shape !== undefined) return shape;
  }
  const keys = getKeys(value, ctx.showHidden);
  if (typeof value === 'function') {
    const base = getFunctionBase(value, constructor, tag);
    return keys.length === 0 ? base : { keys, braces: ['{', '}'], base };
  }
  if (constructor === 'Object') {
    let open = '{';
    if (types.isArgumentsObject(value)) open = '[Arguments] {';
    else if (tag !== '') open = `${getPrefix(constructor, tag, 'Object')}{`;
    return keys.length === 0 ? `${open}}` : { keys, braces: [open, '}'] };
  }
  if (kind === 'RegExp') {
    let base = RegExp.prototype.toString.call(value);
    const prefix = getPrefix(constructor, tag, 'RegExp');
    if (prefix !== 'RegExp ') base = `${prefix}${base}`;
    if (keys.length === 0 || recurseTimes > ctx.depth) return base;
    return { keys, braces: ['{', '}'], base };
  }
  if (kind === 'Date') {
    const base = getDateBase(value, constructor, tag);
    return keys.length === 0 ? base : { keys, braces: ['{', '}'], base };
  }
  if (kind === 'Error' || value instanceof Error) {
    const base = formatError(value, constructor, tag, ctx, keys);
    return keys.length === 0 ? base : { keys, braces: ['{', '}'], base };
  }
  return describeOtherObject(ctx, value, constructor, tag, kind, keys);
}

function describeCollection(ctx, value, constructor, tag, kind) {
  if (Array.isArray(value)) {
    const prefix = constructor !== 'Array' || tag !== ''
      ? getPrefix(constructor, tag, 'Array', `(${value.length})`)
      : '';
    const keys = getNonIndexKeys(value, ctx.showHidden);
    if (value.length === 0 && keys.length === 0) return `${prefix}[]`;
    return {
      keys,
      braces: [`${prefix}[`, ']'],
      formatter: formatArray,
      extrasType: ARRAY_EXTRAS_TYPE,
    };
  }
  if (kind === 'Set' || kind === 'Map') {
    const size = callGetter(kind === 'Set' ? setSize : mapSize, value);
    const prefix = getPrefix(constructor, tag, kind, `(${size})`);
    const keys = getKeys(value, ctx.showHidden);
    if (size === 0 && keys.length === 0) return `${prefix}{}`;
    return { keys, braces: [`${prefix}{`, '}'], formatter: kind === 'Set' ? formatSet : formatMap };
  }
  if (kind === 'TypedArray') {
    const length = callGetter(typedArrayLength, value);
    const prefix = getPrefix(constructor, tag, types.typedArrayName(value), `(${length})`);
    const keys = getNonIndexKeys(value, ctx.showHidden);
    if (length === 0 && keys.length === 0) return `${prefix}[]`;
    return {
      keys,
      braces: [`${prefix}[`, ']'],
      formatter: formatTypedArray,
      extrasType: ARRAY_EXTRAS_TYPE,
    };
  }
  return undefined;
}

function describeOtherObject(ctx, value, constructor, tag, kind, keys) {
  const braces = ['{', '}'];
  switch (kind) {
    case 'ArrayBuffer':
    case 'SharedArrayBuffer':
      keys.unshift('byteLength');
      braces[0] = `${getPrefix(constructor, tag, kind)}{`;
      return { keys, braces, formatter: formatArrayBuffer };
    case 'DataView':
      keys.unshift('byteLength', 'byteOffset', 'buffer');
      braces[0] = `${getPrefix(constructor, tag, kind)}{`;
      return { keys, braces };
    case 'Promise':
      braces[0] = `${getPrefix(constructor, tag, kind)}{`;
      return { keys, braces, formatter: formatPromise };
    case 'WeakSet':
    case 'WeakMap':
      braces[0] = `${getPrefix(constructor, tag, kind)}{`;
      return { keys, braces, formatter: () => ['<items unknown>'] };
    case 'Number':
    case 'String':
    case 'Boolean':
    case 'BigInt':
    case 'Symbol': {
      const base = getBoxedBase(ctx, value, kind, keys, constructor, tag);
      return keys.length === 0 ? base : { keys, braces, base };
    }
    default:
      braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
      return keys.length === 0 ? `${braces[0]}}` : { keys, braces };
  }
}

// The name of the nearest constructor in the prototype chain that `obj` is an
// instance of; null for objects without a prototype.
function getConstructorName(obj, ctx, recurseTimes) {
  let firstProto;
  for (let current = obj; current !== null; ) {
    const descriptor = Object.getOwnPropertyDescriptor(current, 'constructor');
    if (typeof descriptor?.value === 'function' && descriptor.value.name !== '' &&
        isInstance(obj, descriptor.value)) {
      return String(descriptor.value.name);
    }
    current = Object.getPrototypeOf(current);
    firstProto ??= current;
  }
  if (firstProto === null) return null;
  // A prototype chain without named constructors: describe the first prototype.
  const fallback = Object.prototype.toString.call(obj).slice(8, -1);
  if (recurseTimes > ctx.depth) return `${fallback} <Complex prototype>`;
  const protoName = getConstructorName(firstProto, ctx, recurseTimes + 1);
  if (protoName !== null) return `${fallback} <${protoName}>`;
  const shown = inspect(firstProto, { ...contextOptions(ctx), customInspect: false, depth: -1 });
  return `${fallback} <${shown}>`;
}

function isInstance(object, constructor) {
  try {
    return object instanceof constructor;
  } catch {
    return false;
  }
}

function getPrefix(constructor, tag, fallback, size = '') {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== '' && constructor !== tag) return `${constructor}${size} [${tag}] `;
  return `${constructor}${size} `;
}

function getKeys(value, showHidden) {
  const symbols = Object.getOwnPropertySymbols(value);
  if (showHidden) return [...Object.getOwnPropertyNames(value), ...symbols];
  return [...Object.keys(value), ...symbols.filter((symbol) => isEnumerable(value, symbol))];
}

const isArrayIndex = (key) =>
  typeof key === 'string' && /^(?:0|[1-9][0-9]*)$/.test(key) && Number(key) < 2 ** 32 - 1;

// Own keys list array indices first, in ascending order, so the index keys of a
// large array are skipped with a binary search rather than tested one by one.
function getNonIndexKeys(value, showHidden) {
  const keys = getKeys(value, showHidden);
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (isArrayIndex(keys[middle])) low = middle + 1;
    else high = middle;
  }
  return keys.slice(low);
}

function getFunctionBase(fn, constructor, tag) {
  const source = Function.prototype.toString.call(fn);
  if (/^class[\s{]/.test(source) && source.endsWith('}')) {
    return getClassBase(fn, constructor, tag);
  }
  let type = 'Function';
  if (types.isGeneratorFunction(fn)) type = `Generator${type}`;
  if (types.isAsyncFunction(fn)) type = `Async${type}`;
  let base = `[${type}`;
  if (constructor === null) base += ' (null prototype)';
  base += fn.name === '' ? ' (anonymous)' : `: ${fn.name}`;
  base += ']';
  if (constructor !== type && constructor !== null) base += ` ${constructor}`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  return base;
}

function getClassBase(cls, constructor, tag) {
  const name = (Object.hasOwn(cls, 'name') && cls.name) || '(anonymous)';
  let base = `class ${name}`;
  if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  if (constructor === null) {
    base += ' extends [null prototype]';
  } else {
    const superName = Object.getPrototypeOf(cls).name;
    if (superName) base += ` extends ${superName}`;
  }
  return `[${base}]`;
}

function getDateBase(date, constructor, tag) {
  const time = Date.prototype.getTime.call(date);
  const text = Number.isNaN(time)
    ? Date.prototype.toString.call(date)
    : Date.prototype.toISOString.call(date);
  const prefix = getPrefix(constructor, tag, 'Date');
  return prefix === 'Date ' ? text : `${prefix}${text}`;
}

const BOXED_VALUE_OF = new Map([
  ['Number', Number.prototype.valueOf],
  ['String', String.prototype.valueOf],
  ['Boolean', Boolean.prototype.valueOf],
  ['BigInt', BigInt.prototype.valueOf],
  ['Symbol', Symbol.prototype.valueOf],
]);

function getBoxedBase(ctx, value, kind, keys, constructor, tag) {
  const primitive = Reflect.apply(BOXED_VALUE_OF.get(kind), value, []);
  // The index properties of a String object repeat its characters.
  if (kind === 'String') keys.splice(0, primitive.length);
  let base = `[${kind}`;
  if (kind !== constructor) {
    base += constructor === null ? ' (null prototype)' : ` (${constructor})`;
  }
  base += `: ${formatPrimitive(primitive, ctx)}]`;
  if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
  return base;
}

// ---------------------------------------------------------------------------
// Errors

function formatError(error, constructor, tag, ctx, keys) {
  const name = error.name != null ? String(error.name) : 'Error';
  const stack = errorStack(error);
  if (!ctx.showHidden) removeKeysShownInStack(keys, error, stack);
  if ('cause' in error && !keys.includes('cause')) keys.push('cause');
  if (Array.isArray(error.errors) && !keys.includes('errors')) keys.push('errors');
  let text = improveStack(stack, constructor, name, tag);
  const start = framesStart(text, error.message);
  if (start === -1) {
    // Errors without stack frames are shown in brackets: [Error: message].
    text = `[${text}]`;
  } else {
    const frames = elideFramesSharedWithCause(error, text.slice(start + 1).split('\n'));
    text = text.slice(0, start + 1) + frames.join('\n');
  }
  if (ctx.indentationLvl !== 0) text = text.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
  return text;
}

const isError = (value) => types.isNativeError(value) || value instanceof Error;

// The stack with its "Name: message" header. Engines that keep only the frames in
// `stack` get the header prepended. An error without Error.prototype in its
// prototype chain cannot reach the engine's `stack` accessor, so it is called directly.
function errorStack(error) {
  let { stack } = error;
  if (stack === undefined && !(error instanceof Error)) {
    const getter = Object.getOwnPropertyDescriptor(Error.prototype, 'stack')?.get;
    stack = getter === undefined ? undefined : Reflect.apply(getter, error, []);
  }
  if (!stack) return Error.prototype.toString.call(error);
  const text = String(stack);
  if (!/^\s+at /.test(text)) return text;
  return `${Error.prototype.toString.call(error)}\n${text.replace(/\n+$/, '')}`;
}

// Replaces the middle of a run of frames that also appear in the stack of
// `error.cause` with "... N lines matching cause stack trace ...".
function elideFramesSharedWithCause(error, frames) {
  let cause;
  try {
    ({ cause } = error);
  } catch {
    return frames;
  }
  if (!isError(cause)) return frames;
  const causeStack = errorStack(cause);
  const causeStart = causeStack.indexOf('\n    at');
  if (causeStart === -1) return frames;
  const { offset, length } = sharedFrameRun(frames, causeStack.slice(causeStart + 1).split('\n'));
  if (length === 0) return frames;
  return [
    ...frames.slice(0, offset + 1),
    `    ... ${length - 2} lines matching cause stack trace ...`,
    ...frames.slice(offset + length - 1),
  ];
}

// The first run of more than three consecutive frames of `frames` that also
// appears, consecutively, in `causeFrames`.
function sharedFrameRun(frames, causeFrames) {
  for (let offset = 0; offset < frames.length - 3; offset++) {
    const position = causeFrames.indexOf(frames[offset]);
    if (position === -1 || causeFrames.length - position <= 3) continue;
    const maxLength = Math.min(frames.length - offset, causeFrames.length - position);
    let length = 1;
    while (length < maxLength &&
           frames[offset + length] === causeFrames[position + length]) {
      length++;
    }
    if (length > 3) return { offset, length };
  }
  return { offset: 0, length: 0 };
}

function removeKeysShownInStack(keys, error, stack) {
  for (const name of ['name', 'message', 'stack']) {
    const index = keys.indexOf(name);
    if (index !== -1 && stack.includes(error[name])) keys.splice(index, 1);
  }
}

function framesStart(stack, message) {
  let from = 0;
  if (message) {
    const at = stack.indexOf(message);
    if (at > 0) from = at + String(message).length;
  }
  return stack.indexOf('\n    at', from);
}

// Makes the stack header name the error's class when the header only shows the
// inherited name, e.g. "Error: x" of a `class MyError extends Error` instance
// becomes "MyError: x", and "TypeError: x" becomes "MyError [TypeError]: x".
function improveStack(stack, constructor, name, tag) {
  let nameLength = name.length;
  const headerIsName = name.endsWith('Error') && stack.startsWith(name) &&
    (stack.length === nameLength || stack[nameLength] === ':' || stack[nameLength] === '\n');
  if (constructor !== null && !headerIsName) return stack;
  let fallback = 'Error';
  if (constructor === null) {
    const header = /^([A-Z][\w ()[\]-]+)(?::|\n\s+at)/.exec(stack) ?? /^([\w-]*Error)$/.exec(stack);
    fallback = header?.[1] ?? '';
    nameLength = fallback.length;
    fallback ||= 'Error';
  }
  const prefix = getPrefix(constructor, tag, fallback).slice(0, -1);
  if (name === prefix) return stack;
  if (prefix.includes(name)) {
    return nameLength === 0 ? `${prefix}: ${stack}` : `${prefix}${stack.slice(nameLength)}`;
  }
  return `${prefix} [${name}]${stack.slice(nameLength)}`;
}

// ---------------------------------------------------------------------------
// Entries

function formatNoEntries() {
  return [];
}

function formatProperty(ctx, object, recurseTimes, key, type) {
  const descriptor = Object.getOwnPropertyDescriptor(object, key) ??
    { value: object[key], enumerable: true };
  let separator = ' ';
  let text;
  if (descriptor.value !== undefined) {
    const indentation = ctx.compact !== true || type !== OBJECT_TYPE ? 2 : 3;
    ctx.indentationLvl += indentation;
    text = formatValue(ctx, descriptor.value, recurseTimes);
    if (indentation === 3 && ctx.breakLength < text.length) {
      separator = `\n${' '.repeat(ctx.indentationLvl)}`;
    }
    ctx.indentationLvl -= indentation;
  } else if (descriptor.get !== undefined) {
    text = formatAccessor(ctx, object, recurseTimes, descriptor);
  } else if (descriptor.set !== undefined) {
    text = '[Setter]';
  } else {
    text = 'undefined';
  }
  if (type === ARRAY_TYPE) return text;
  return `${formatKey(key, descriptor)}:${separator}${text}`;
}

function formatKey(key, descriptor) {
  if (typeof key === 'symbol') return `[${escapeName(key.toString())}]`;
  if (key === '__proto__') return "['__proto__']";
  if (descriptor.enumerable === false) return `[${escapeName(key)}]`;
  if (IDENTIFIER.test(key)) return key;
  return quoteString(key);
}

function formatAccessor(ctx, object, recurseTimes, descriptor) {
  const label = descriptor.set === undefined ? 'Getter' : 'Getter/Setter';
  const { getters } = ctx;
  const evaluate = getters === true ||
    (getters === 'get' && descriptor.set === undefined) ||
    (getters === 'set' && descriptor.set !== undefined);
  if (!evaluate) return `[${label}]`;
  try {
    const value = Reflect.apply(descriptor.get, object, []);
    if (value === null) return `[${label}: null]`;
    ctx.indentationLvl += 2;
    const text = formatValue(ctx, value, recurseTimes);
    ctx.indentationLvl -= 2;
    return typeof value === 'object' ? `[${label}] ${text}` : `[${label}: ${text}]`;
  } catch (error) {
    return `[${label}: <Inspection threw (${error?.message})>]`;
  }
}

const moreItems = (count) => `... ${count} more item${count > 1 ? 's' : ''}`;
const emptyItems = (count) => `<${count} empty item${count > 1 ? 's' : ''}>`;

function formatArray(ctx, array, recurseTimes) {
  const { length } = array;
  const limit = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const output = [];
  let ownIndices; // index keys of a sparse array, computed at its first hole
  let index = 0;
  while (index < length && output.length < limit) {
    if (Object.hasOwn(array, index)) {
      output.push(formatProperty(ctx, array, recurseTimes, index, ARRAY_TYPE));
      index += 1;
    } else {
      ownIndices ??= Object.keys(array).filter(isArrayIndex).map(Number);
      const next = ownIndices.find((i) => i > index) ?? length;
      output.push(emptyItems(next - index));
      index = next;
    }
  }
  if (index < length) output.push(moreItems(length - index));
  return output;
}

function formatTypedArray(ctx, array) {
  const length = callGetter(typedArrayLength, array);
  const limit = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const output = [];
  for (let i = 0; i < limit; i++) output.push(formatNumberLike(array[i]));
  if (length > limit) output.push(moreItems(length - limit));
  return output;
}

function formatSet(ctx, set, recurseTimes) {
  const size = callGetter(setSize, set);
  const limit = Math.min(Math.max(0, ctx.maxArrayLength), size);
  const output = [];
  ctx.indentationLvl += 2;
  for (const value of Reflect.apply(Set.prototype.values, set, [])) {
    if (output.length >= limit) break;
    output.push(formatValue(ctx, value, recurseTimes));
  }
  ctx.indentationLvl -= 2;
  if (size > limit) output.push(moreItems(size - limit));
  return output;
}

function formatMap(ctx, map, recurseTimes) {
  const size = callGetter(mapSize, map);
  const limit = Math.min(Math.max(0, ctx.maxArrayLength), size);
  const output = [];
  ctx.indentationLvl += 2;
  for (const [key, value] of Reflect.apply(Map.prototype.entries, map, [])) {
    if (output.length >= limit) break;
    const keyText = formatValue(ctx, key, recurseTimes);
    output.push(`${keyText} => ${formatValue(ctx, value, recurseTimes)}`);
  }
  ctx.indentationLvl -= 2;
  if (size > limit) output.push(moreItems(size - limit));
  return output;
}

function formatArrayBuffer(ctx, buffer) {
  let bytes;
  try {
    bytes = new Uint8Array(buffer);
  } catch {
    return ['(detached)'];
  }
  const shown = Math.min(ctx.maxArrayLength, bytes.length);
  let hex = Array.from(bytes.subarray(0, shown), (byte) => byte.toString(16).padStart(2, '0'))
    .join(' ');
  const remaining = bytes.length - shown;
  if (remaining > 0) hex += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  return [`[Uint8Contents]: <${hex}>`];
}

function formatPromise(ctx, promise, recurseTimes) {
  const [state, result] = host.promiseState(promise);
  if (state === PROMISE_PENDING) return ['<pending>'];
  ctx.indentationLvl += 2;
  const text = formatValue(ctx, result, recurseTimes);
  ctx.indentationLvl -= 2;
  return [state === PROMISE_REJECTED ? `<rejected> ${text}` : text];
}

// ---------------------------------------------------------------------------
// Layout

// Joins the formatted entries on one line when the object is among the `compact`
// innermost levels and everything fits into `breakLength`; otherwise puts each
// entry (or each row of grouped array elements) on its own indented line.
function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
  if (ctx.compact === true) return reduceLegacyCompact(ctx, output, base, braces);
  if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
    const entries = output.length;
    if (extrasType === ARRAY_EXTRAS_TYPE && entries > 6) {
      output = groupArrayElements(ctx, output, value);
    }
    if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
      const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
      if (isBelowBreakLength(ctx, output, start, base)) {
        const joined = output.join(', ');
        if (!joined.includes('\n')) {
          return `${base ? `${base} ` : ''}${braces[0]} ${joined} ${braces[1]}`;
        }
      }
    }
  }
  const indentation = `\n${' '.repeat(ctx.indentationLvl)}`;
  return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ${
    output.join(`,${indentation}  `)}${indentation}${braces[1]}`;
}

// Layout of `compact: true`: as many entries per line as fit.
function reduceLegacyCompact(ctx, output, base, braces) {
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return `${braces[0]}${base ? ` ${base}` : ''} ${output.join(', ')} ${braces[1]}`;
  }
  const indentation = ' '.repeat(ctx.indentationLvl);
  const start = base === '' && braces[0].length === 1
    ? ' '
    : `${base ? ` ${base}` : ''}\n${indentation}  `;
  return `${braces[0]}${start}${output.join(`,\n${indentation}  `)} ${braces[1]}`;
}

function isBelowBreakLength(ctx, output, start, base) {
  let total = output.length + start;
  if (total + output.length > ctx.breakLength) return false;
  for (const entry of output) {
    total += entry.length;
    if (total > ctx.breakLength) return false;
  }
  return base === '' || !base.includes('\n');
}

// Arranges many short array entries into aligned columns, several per line. The
// column count aims at a roughly square block (characters being ~2.5 times as high
// as wide), bounded by `breakLength`, `compact * 4` and 15. Numbers are
// right-aligned, everything else left-aligned.
function groupArrayElements(ctx, output, value) {
  const separatorSpace = 2; // ", "
  // A trailing "... more items" entry is kept out of the columns.
  const count = output.length > ctx.maxArrayLength ? output.length - 1 : output.length;
  const lengths = output.slice(0, count).map((entry) => entry.length);
  const maxLength = lengths.reduce((max, length) => Math.max(max, length), 0);
  const totalLength = lengths.reduce((sum, length) => sum + length + separatorSpace, 0);
  const columnWidth = maxLength + separatorSpace;
  // Group only if three entries fit on a line and no entry dwarfs the others.
  if (columnWidth * 3 + ctx.indentationLvl >= ctx.breakLength ||
      (totalLength / columnWidth <= 5 && maxLength > 6)) {
    return output;
  }
  const averageBias = Math.sqrt(columnWidth - totalLength / output.length);
  const biasedMax = Math.max(columnWidth - 3 - averageBias, 1);
  const columns = Math.min(
    Math.round(Math.sqrt(2.5 * biasedMax * count) / biasedMax),
    Math.floor((ctx.breakLength - ctx.indentationLvl) / columnWidth),
    ctx.compact * 4,
    15,
  );
  if (columns <= 1) return output;

  const widths = [];
  for (let column = 0; column < columns; column++) {
    let width = 0;
    for (let i = column; i < count; i += columns) width = Math.max(width, lengths[i]);
    widths.push(width + separatorSpace);
  }
  const alignRight = output.every((_, i) =>
    typeof value[i] === 'number' || typeof value[i] === 'bigint');
  const rows = [];
  for (let rowStart = 0; rowStart < count; rowStart += columns) {
    const rowEnd = Math.min(rowStart + columns, count);
    let row = '';
    for (let i = rowStart; i < rowEnd - 1; i++) {
      const cell = `${output[i]}, `;
      const width = widths[i - rowStart];
      row += alignRight ? cell.padStart(width) : cell.padEnd(width);
    }
    const last = output[rowEnd - 1];
    row += alignRight ? last.padStart(widths[rowEnd - 1 - rowStart] - separatorSpace) : last;
    rows.push(row);
  }
  if (count < output.length) rows.push(output[count]);
  return rows;
}

module.exports = {
  customInspectSymbol,
  defaultOptions,
  format,
  formatWithOptions,
  inspect,
};
