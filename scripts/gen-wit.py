#!/usr/bin/env python3
"""Regenerates the function list of wit/node-api.wit from host/src/imports.rs and the
body signatures in host/src/napi/*.rs (handles -> handle, guest pointers -> ptr).
The header of the WIT file (everything before the first function) is kept."""
import glob
import re
import os

os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
src=open('host/src/imports.rs').read()
rows=re.findall(r'^\s+((?:napi|node_api)_\w+) (\d+) (\w+) \(([^)]*)\) => (\w+)::(\w+);', src, re.M)
bodies={}
for f in glob.glob('host/src/napi/*.rs'):
    t=open(f).read()
    for m in re.finditer(r'pub\(crate\) fn ((?:napi|node_api)_\w+)\(\s*cx: &mut Cx<\'_>,?(.*?)\)\s*->', t, re.S):
        params=[p.strip() for p in m.group(2).split(',') if p.strip()]
        bodies[m.group(1)]=[tuple(x.strip() for x in p.split(':',1)) for p in params]
kw={'result','func','type','string','list','option','own','borrow','flags','enum','variant','record','use','package','world','interface','import','export','include','with','as','from','static','constructor','resource','tuple','future','stream','char','bool'}
def wt(t):
    if t=='Handle': return 'handle'
    if t.startswith('GuestPtr'): return 'ptr'
    return {'u32':'u32','i32':'s32','i64':'s64','u64':'u64','f64':'f64'}[t]
header=re.split(r'\n    /// `(?:napi|node_api)_', open('wit/node-api.wit').read(), maxsplit=1)[0]
# Bodies in these host/src/napi modules implement node_api.h (interface node-api);
# everything else is js_native_api.h (interface js-native-api).
NODE_API_MODULES={'async_work','tsfn','cleanup','callback_scope','node','buffer'}
def function(name,ver,entry,mod,fn):
    # NoEnv/Void rows: the C function has no napi_env; Void: it returns nothing.
    params=[] if entry in ('NoEnv','Void') else ['env: env']
    for n,t in bodies[fn]:
        k=n.strip('_').replace('_','-')
        if k in kw: k='%'+k
        params.append(f'{k}: {wt(t)}')
    result='' if entry=='Void' else ' -> status'
    return f'    /// `{name}` (Node-API {ver}).\n    {name.replace("_","-")}: func({", ".join(params)}){result};'
out=[header.rstrip()+'\n']
for name,ver,entry,args,mod,fn in rows:
    if mod not in NODE_API_MODULES:
        out.append(function(name,ver,entry,mod,fn))
out.append('}\n')
out.append('''/// `node_api.h`: the Node-specific functions (async work, thread-safe functions,
/// cleanup hooks, callback scopes, buffers, the process). Same conventions, except
/// that functions without a `napi_env` in C (the thread-safe function calls,
/// `napi-remove-async-cleanup-hook`, `napi-module-register`, `napi-fatal-error`) take
/// none here either, and the last two return nothing.
interface node-api {
''')
for name,ver,entry,args,mod,fn in rows:
    if mod in NODE_API_MODULES:
        out.append(function(name,ver,entry,mod,fn))
out.append('}\n')
out.append('''/// A Node-API addon: imports Node-API, exports its entry point.
world addon {
    import js-native-api;
    import node-api;
    /// `napi_value napi_register_wasm_v1(napi_env env, napi_value exports)`.
    export napi-register-wasm-v1: func(env: u32, exports: u32) -> u32;
}
''')
open('wit/node-api.wit','w').write('\n'.join(out))
