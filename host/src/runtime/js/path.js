'use strict';
// path.js — the `path` builtin, POSIX flavour only (`path.posix === path`;
// `path.win32` is not provided).

const { validateObject, validateString } = require('internal:errors');

// Resolves "." and ".." segments and drops empty ones; ".." segments that climb
// above the start are kept only for relative paths.
function normalizeSegments(path, allowAboveRoot) {
  const segments = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment !== '..') segments.push(segment);
    else if (segments.length > 0 && segments.at(-1) !== '..') segments.pop();
    else if (allowAboveRoot) segments.push('..');
  }
  return segments.join('/');
}

function normalize(path) {
  validateString(path, 'path');
  if (path === '') return '.';
  const absolute = path.startsWith('/');
  const trailingSlash = path.endsWith('/');
  let normalized = normalizeSegments(path, !absolute);
  if (normalized === '') {
    if (absolute) return '/';
    return trailingSlash ? './' : '.';
  }
  if (trailingSlash) normalized += '/';
  return absolute ? `/${normalized}` : normalized;
}

function join(...paths) {
  paths.forEach((path, index) => validateString(path, `paths[${index}]`));
  const joined = paths.filter((path) => path !== '').join('/');
  return joined === '' ? '.' : normalize(joined);
}

function resolve(...paths) {
  let resolved = '';
  for (let i = paths.length - 1; i >= -1 && !resolved.startsWith('/'); i--) {
    const path = i >= 0 ? paths[i] : process.cwd();
    validateString(path, `paths[${i}]`);
    if (path !== '') resolved = resolved === '' ? path : `${path}/${resolved}`;
  }
  return `/${normalizeSegments(resolved, false)}`;
}

function isAbsolute(path) {
  validateString(path, 'path');
  return path.startsWith('/');
}

function relative(from, to) {
  validateString(from, 'from');
  validateString(to, 'to');
  const fromSegments = resolve(from).split('/').filter(Boolean);
  const toSegments = resolve(to).split('/').filter(Boolean);
  let common = 0;
  while (common < fromSegments.length && common < toSegments.length &&
         fromSegments[common] === toSegments[common]) {
    common++;
  }
  const up = Array(fromSegments.length - common).fill('..');
  return [...up, ...toSegments.slice(common)].join('/');
}

// End of `path` without its trailing slashes (a lone root slash stays).
function trimmedEnd(path) {
  let end = path.length;
  while (end > 1 && path[end - 1] === '/') end--;
  return end;
}

function dirname(path) {
  validateString(path, 'path');
  if (path === '') return '.';
  const slash = path.lastIndexOf('/', trimmedEnd(path) - 1);
  if (slash === -1) return '.';
  if (slash === 0) return '/';
  // POSIX leaves a leading "//" alone.
  if (slash === 1 && path.startsWith('//')) return '//';
  return path.slice(0, slash);
}

// The last segment of `path` and where it starts.
function lastSegment(path) {
  let end = path.length;
  while (end > 0 && path[end - 1] === '/') end--;
  const start = path.lastIndexOf('/', end - 1) + 1;
  return { start, base: path.slice(start, end) };
}

function basename(path, suffix) {
  validateString(path, 'path');
  if (suffix !== undefined) validateString(suffix, 'suffix');
  const { base } = lastSegment(path);
  if (suffix && base !== suffix && base.endsWith(suffix)) return base.slice(0, -suffix.length);
  return base;
}

// The extension of a segment: from its last dot, unless that dot starts it
// (".bashrc") or the segment is "..".
function extensionOf(base) {
  const dot = base.lastIndexOf('.');
  return dot <= 0 || base === '..' ? '' : base.slice(dot);
}

function extname(path) {
  validateString(path, 'path');
  return extensionOf(lastSegment(path).base);
}

function parse(path) {
  validateString(path, 'path');
  const root = path.startsWith('/') ? '/' : '';
  const { start, base } = lastSegment(path);
  const ext = extensionOf(base);
  return {
    root,
    dir: start > 1 ? path.slice(0, start - 1) : root,
    base,
    ext,
    name: ext === '' ? base : base.slice(0, -ext.length),
  };
}

function format(pathObject) {
  validateObject(pathObject, 'pathObject');
  const dir = pathObject.dir || pathObject.root;
  const { ext } = pathObject;
  const extension = ext ? `${ext.startsWith('.') ? '' : '.'}${ext}` : '';
  const base = pathObject.base || `${pathObject.name ?? ''}${extension}`;
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}/${base}`;
}

const toNamespacedPath = (path) => path;

const path = {
  basename,
  delimiter: ':',
  dirname,
  extname,
  format,
  isAbsolute,
  join,
  normalize,
  parse,
  relative,
  resolve,
  sep: '/',
  toNamespacedPath,
};
path.posix = path;

module.exports = path;
