'use strict';
// bootstrap.js — the first script the Rust host evaluates. Its completion value is
// the function below: the host calls it once with the native `host` object and
// keeps the returned `loop` object, through which it drives the event loop and
// reports errors. This file sets up what everything else relies on: V8-style
// stack traces, the CommonJS module loader (builtins, .js, .json and .wasm
// addons) and the Node globals (process, console, timers, ...).
//
// Every other file in this folder is a builtin module. Files named
// `internal_<name>.js` are private: only builtins can load them, as
// `require('internal:<name>')`, next to `require('internal:binding')`, which
// returns `{ host }`.

(function bootstrap(host) {
  // The host compiles module sources wrapped as
  // WRAPPER_PREFIX + source + "\n})", which shifts the columns of line 1.
  const WRAPPER_PREFIX = '(function (exports, require, module, __filename, __dirname) { ';
  const INTERNAL_FILE_PREFIX = 'internal_';

  const wrappedFiles = new Set();
  const moduleWrappers = new WeakSet();

  // -------------------------------------------------------------------------
  // Stack traces
  //
  // QuickJS keeps only the frames in `error.stack`; Node code expects V8's layout
  // ("Name: message" then "    at ..." lines). Error.prepareStackTrace formats the
  // frames; the `stack` accessor puts the header in front when the stack is first
  // read, like V8 does lazily, so that a name or message set after construction
  // (e.g. `this.name = 'MyError'` in a subclass) shows up.

  installStackTraces();
  installLimitCodes();

  // QuickJS reports its memory limit and the host's deadline as InternalErrors with
  // fixed messages; give them the stable codes the host documents.
  function installLimitCodes() {
    const codes = { 'out of memory': 'ERR_JS_MEMORY_LIMIT', interrupted: 'ERR_TIMEOUT' };
    Object.defineProperty(InternalError.prototype, 'code', {
      get() {
        return Object.hasOwn(codes, this.message) ? codes[this.message] : undefined;
      },
      configurable: true,
    });
  }

  function installStackTraces() {
    const stackRecords = new WeakMap(); // error → { stack, headerLength } at capture time
    const engineStackGetter = Object.getOwnPropertyDescriptor(Error.prototype, 'stack').get;

    Error.prepareStackTrace = function prepareStackTrace(error, callSites) {
      const header = stackHeader(error);
      const stack = [header, ...callSites.map(formatCallSite)].join('\n');
      stackRecords.set(error, { stack, headerLength: header.length });
      return stack;
    };

    Object.defineProperty(Error.prototype, 'stack', {
      get() {
        const stack = Reflect.apply(engineStackGetter, this, []);
        const record = stackRecords.get(this);
        if (record === undefined || record.stack !== stack) return stack;
        const current = stackHeader(this) + stack.slice(record.headerLength);
        defineStack(this, current);
        return current;
      },
      set(value) {
        // An own `stack` on Error.prototype would hide every error's stack.
        if (this === Error.prototype) throw new TypeError('Cannot set Error.prototype.stack');
        defineStack(this, value);
      },
      configurable: true,
    });
  }

  function defineStack(error, value) {
    const descriptor = { value, writable: true, configurable: true, enumerable: false };
    Reflect.defineProperty(error, 'stack', descriptor);
  }

  function stackHeader(error) {
    try {
      return Error.prototype.toString.call(error);
    } catch {
      return 'Error';
    }
  }

  function formatCallSite(site) {
    let name = site.getFunctionName();
    if (moduleWrappers.has(site.getFunction())) name = 'Object.<anonymous>';
    else if (name && site.isConstructor()) name = `new ${name}`;
    if (site.isNative()) return `    at ${name || '<anonymous>'} (native)`;
    const file = site.getFileName() ?? '<anonymous>';
    const line = site.getLineNumber();
    let column = site.getColumnNumber();
    if (line === 1 && wrappedFiles.has(file)) column = Math.max(1, column - WRAPPER_PREFIX.length);
    const location = line === null ? file : `${file}:${line}:${column}`;
    return name ? `    at ${name} (${location})` : `    at ${location}`;
  }

  // -------------------------------------------------------------------------
  // Module loader

  const builtinModules = new Map(); // builtin file name → Module
  const moduleParents = new WeakMap();
  const moduleCache = Object.create(null); // require.cache, keyed by filename
  const internalBinding = { host };
  const publicBuiltins = new Set(
    host.builtinNames.filter((name) => !name.startsWith(INTERNAL_FILE_PREFIX)));
  if (publicBuiltins.has('timers')) publicBuiltins.add('timers/promises');
  let mainModule;

  class Module {
    constructor(id, parent) {
      this.id = id;
      this.path = '.';
      this.exports = {};
      this.filename = null;
      this.loaded = false;
      this.children = [];
      this.paths = [];
      moduleParents.set(this, parent);
      parent?.children.push(this);
    }

    get parent() {
      return moduleParents.get(this);
    }

    require(request) {
      return requireFrom(this, request);
    }
  }

  const isBuiltinModule = (module) => builtinModules.get(module?.id) === module;

  function loadBuiltin(name) {
    const cached = builtinModules.get(name);
    if (cached !== undefined) return cached.exports;
    const source = host.builtinSource(name);
    if (source === undefined) throw new Error(`napi-host: the builtin module '${name}' is missing`);
    const module = new Module(name, null);
    module.filename = name.startsWith(INTERNAL_FILE_PREFIX)
      ? `node:internal/${name.slice(INTERNAL_FILE_PREFIX.length)}`
      : `node:${name}`;
    builtinModules.set(name, module);
    try {
      runModuleSource(module, source);
    } catch (error) {
      builtinModules.delete(name);
      throw error;
    }
    module.loaded = true;
    return module.exports;
  }

  function runModuleSource(module, source) {
    wrappedFiles.add(module.filename);
    const wrapper = host.compile(source, module.filename);
    moduleWrappers.add(wrapper);
    const require = makeRequire(module);
    Reflect.apply(wrapper, module.exports,
      [module.exports, require, module, module.filename, module.path]);
  }

  function makeRequire(module) {
    const require = (request) => requireFrom(module, request);
    require.resolve = (request) => {
      validateRequest(request);
      return resolveRequest(request, module);
    };
    require.main = mainModule;
    require.cache = moduleCache;
    return require;
  }

  function validateRequest(request) {
    errors.validateString(request, 'id');
    if (request === '') throw errors.invalidArgValue('id', request, 'must be a non-empty string');
  }

  function requireFrom(parent, request) {
    validateRequest(request);
    if (request.startsWith('internal:') && isBuiltinModule(parent)) {
      const name = request.slice('internal:'.length);
      return name === 'binding' ? internalBinding : loadBuiltin(INTERNAL_FILE_PREFIX + name);
    }
    const id = resolveRequest(request, parent);
    if (id.startsWith('/')) return loadFile(id, parent);
    return id === 'timers/promises' ? loadBuiltin('timers').promises : loadBuiltin(id);
  }

  // A builtin name, or the absolute filename of the module `request` refers to.
  function resolveRequest(request, parent) {
    if (request.startsWith('node:')) {
      const name = request.slice('node:'.length);
      if (publicBuiltins.has(name)) return name;
      throw errors.createError(Error, 'ERR_UNKNOWN_BUILTIN_MODULE',
        `No such built-in module: ${request}. ` +
        `napi-host provides: ${[...publicBuiltins].sort().join(', ')}`);
    }
    if (publicBuiltins.has(request)) return request;
    if (isPathRequest(request)) {
      const base = parent?.filename && !isBuiltinModule(parent) ? parent.path : host.cwd;
      const filename = findModuleFile(path.resolve(base, request), request.endsWith('/'));
      if (filename !== undefined) return filename;
    }
    throw moduleNotFound(request, parent);
  }

  const isPathRequest = (request) =>
    request.startsWith('/') || request.startsWith('./') || request.startsWith('../') ||
    request === '.' || request === '..';

  function moduleNotFound(request, parent) {
    const requireStack = [];
    for (let module = parent; module; module = moduleParents.get(module)) {
      requireStack.push(module.filename ?? module.id);
    }
    let message = `Cannot find module '${request}'`;
    if (requireStack.length > 0) message += `\nRequire stack:\n- ${requireStack.join('\n- ')}`;
    const error = new Error(message);
    error.code = 'MODULE_NOT_FOUND';
    error.requireStack = requireStack;
    return error;
  }

  // Tries the exact file, then the .js, .json and .wasm extensions, then the
  // directory (package.json "main", then index.js/.json/.wasm).
  function findModuleFile(base, directoryOnly) {
    if (!directoryOnly) {
      const file = findFile(base);
      if (file !== undefined) return file;
    }
    return findInDirectory(base);
  }

  const EXTENSIONS = ['.js', '.json', '.wasm'];
  const isFile = (file) => host.stat(file) === 'file';

  function findFile(base) {
    // A native addon request (`x.node`) loads its wasm build (`x.wasm`) if present.
    if (base.endsWith('.node')) {
      const wasm = `${base.slice(0, -'.node'.length)}.wasm`;
      if (isFile(wasm)) return wasm;
    }
    if (isFile(base)) return base;
    return EXTENSIONS.map((extension) => base + extension).find(isFile);
  }

  function findInDirectory(directory) {
    if (host.stat(directory) !== 'dir') return undefined;
    const main = packageMain(directory);
    if (main !== undefined) {
      const base = path.resolve(directory, main);
      const file = findFile(base) ?? findIndex(base);
      if (file !== undefined) return file;
    }
    return findIndex(directory);
  }

  const findIndex = (directory) => findFile(path.join(directory, 'index'));

  function packageMain(directory) {
    const manifest = path.join(directory, 'package.json');
    if (!isFile(manifest)) return undefined;
    const { main } = parseJson(host.readFile(manifest), manifest);
    return typeof main === 'string' && main !== '' ? main : undefined;
  }

  function loadFile(filename, parent, isMain = false) {
    const cached = moduleCache[filename];
    if (cached !== undefined) {
      if (parent && !parent.children.includes(cached)) parent.children.push(cached);
      return cached.exports;
    }
    const module = new Module(isMain ? '.' : filename, parent);
    if (isMain) mainModule = module;
    module.filename = filename;
    module.path = path.dirname(filename);
    moduleCache[filename] = module;
    try {
      loadModuleContent(module);
    } catch (error) {
      delete moduleCache[filename];
      parent?.children.splice(parent.children.indexOf(module), 1);
      throw error;
    }
    module.loaded = true;
    return module.exports;
  }

  function loadModuleContent(module) {
    const { filename } = module;
    switch (path.extname(filename)) {
      case '.json':
        module.exports = parseJson(host.readFile(filename), filename);
        break;
      case '.wasm':
        module.exports = host.loadAddon(filename);
        break;
      case '.node':
        throw errors.createError(Error, 'ERR_DLOPEN_FAILED',
          `napi-host cannot load the native addon ${filename}: ` +
          `place its wasm32-wasip1 build next to it as ${filename.slice(0, -'.node'.length)}.wasm`);
      case '.mjs':
        throw errors.createError(Error, 'ERR_REQUIRE_ESM',
          `require() of ES Module ${filename} not supported.`);
      default:
        runModuleSource(module, stripHashbang(stripBom(host.readFile(filename))));
    }
  }

  const stripBom = (text) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  // A "#!" first line becomes a comment, keeping line and column numbers.
  const stripHashbang = (source) => (source.startsWith('#!') ? `//${source.slice(2)}` : source);

  function parseJson(text, filename) {
    try {
      return JSON.parse(stripBom(text));
    } catch (error) {
      error.message = `${filename}: ${error.message}`;
      throw error;
    }
  }

  function runMain(file) {
    // The host knows the command line only once a main script is chosen.
    process.argv = [...host.argv];
    process.argv0 = process.argv[0];
    const filename = findModuleFile(path.resolve(host.cwd, file), false);
    if (filename === undefined) throw moduleNotFound(file, null);
    loadFile(filename, null, true);
  }

  const errors = loadBuiltin(`${INTERNAL_FILE_PREFIX}errors`);
  const path = loadBuiltin('path');
  loadBuiltin(`${INTERNAL_FILE_PREFIX}interruptible_arrays`);

  // -------------------------------------------------------------------------
  // Globals

  const { emitExit, exitCode, process } = loadBuiltin(`${INTERNAL_FILE_PREFIX}process`);
  const loop = loadBuiltin(`${INTERNAL_FILE_PREFIX}loop`);
  const util = loadBuiltin('util');

  function defineGlobal(name, value, enumerable) {
    const descriptor = { value, writable: true, configurable: true, enumerable };
    Object.defineProperty(globalThis, name, descriptor);
  }

  defineGlobal('global', globalThis, true);
  for (const name of ['clearImmediate', 'setImmediate', 'clearInterval', 'clearTimeout',
    'setInterval', 'setTimeout', 'queueMicrotask']) {
    defineGlobal(name, loop[name], true);
  }
  defineGlobal('process', process, false);
  defineGlobal('console', loadBuiltin(`${INTERNAL_FILE_PREFIX}console`), false);
  defineGlobal('TextEncoder', util.TextEncoder, false);
  defineGlobal('TextDecoder', util.TextDecoder, false);
  const buffer = loadBuiltin(`${INTERNAL_FILE_PREFIX}buffer`);
  defineGlobal('Buffer', buffer.api.Buffer, false);
  defineGlobal('atob', buffer.api.atob, true);
  defineGlobal('btoa', buffer.api.btoa, true);

  // -------------------------------------------------------------------------
  // Uncaught errors

  const isError = (value) => util.types.isNativeError(value) || value instanceof Error;

  // What the host prints for an uncaught error: its location (with the source
  // line and a caret when the file is readable), then the error as console.error
  // prints it.
  function formatUncaught(error, origin = 'uncaughtException') {
    if (origin === 'unhandledRejection' && !isError(error)) {
      return `${util.inspect(unhandledRejectionError(error))}\n`;
    }
    if (!isError(error)) return `Uncaught ${util.inspect(error)}\n`;
    return `${throwLocation(error)}${util.inspect(error)}\n`;
  }

  // Node reports a rejection with a non-Error reason through this error.
  function unhandledRejectionError(reason) {
    const error = new Error(
      'This error originated either by throwing inside of an async function without a ' +
      'catch block, or by rejecting a promise which was not handled with .catch(). The ' +
      `promise rejected with the reason "${util.inspect(reason)}".`);
    error.name = 'UnhandledPromiseRejection';
    error.code = 'ERR_UNHANDLED_REJECTION';
    return error;
  }

  function throwLocation(error) {
    const frame = errors.stackFrameLines(error)
      .map(errors.parseStackFrame)
      .find((parsed) => parsed !== null);
    if (frame === undefined) return '';
    const line = sourceLine(frame.file, frame.line);
    if (line === undefined) return `${frame.file}:${frame.line}\n\n`;
    // Keep tabs so that the caret lines up with the source line.
    const caret = `${line.slice(0, frame.column - 1).replace(/[^\t]/g, ' ')}^`;
    return `${frame.file}:${frame.line}\n${line}\n${caret}\n\n`;
  }

  function sourceLine(file, lineNumber) {
    let source;
    if (file.startsWith('node:')) {
      const name = file.slice('node:'.length).replace(/^internal\//, INTERNAL_FILE_PREFIX);
      source = host.builtinSource(name);
    } else {
      try {
        source = host.readFile(file);
      } catch {
        return undefined;
      }
    }
    return source?.split('\n')[lineNumber - 1]?.replace(/\r$/, '');
  }

  // -------------------------------------------------------------------------
  // The loop object driven by the host

  return Object.freeze({
    runMain,
    processTicksAndRejections: loop.processTicksAndRejections,
    runTimers: loop.runTimers,
    nextTimerDelay: loop.nextTimerDelay,
    hasRefedTimers: loop.hasRefedTimers,
    hasRefedImmediates: loop.hasRefedImmediates,
    runImmediates: loop.runImmediates,
    // The constructor of Buffers made by Node-API calls (napi_create_buffer).
    FastBuffer: buffer.FastBuffer,

    emitBeforeExit() {
      process.emit('beforeExit', exitCode());
      loop.processTicksAndRejections();
    },

    emitExit,

    handleUncaught(error, origin = 'uncaughtException') {
      process.emit('uncaughtExceptionMonitor', error, origin);
      if (process.listenerCount('uncaughtException') === 0) return false;
      process.emit('uncaughtException', error, origin);
      return true;
    },

    formatUncaught,

    reportUnhandledRejection(reason, promise) {
      if (process.listenerCount('unhandledRejection') === 0) return false;
      process.emit('unhandledRejection', reason, promise);
      return true;
    },

    exitCode,
  });
});
