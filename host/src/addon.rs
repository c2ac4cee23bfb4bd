//! Loading a `.wasm` Node-API addon: compile, link WASI + Node-API, instantiate,
//! initialize, register.

use crate::engine::{Js, JsException, JsValue};
use crate::env::{Env, GuestExports};
use crate::handles::{Handle, ScopeKind};
use crate::wasi::WasiGrants;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::rc::Rc;
use wasmtime::{Engine, Instance, Linker, Module, Store};
use wasmtime_wasi::p1::WasiP1Ctx;

/// The data of an addon's wasmtime store.
pub(crate) struct Host {
    pub(crate) wasi: WasiP1Ctx,
    pub(crate) env: Rc<Env>,
    pub(crate) limiter: crate::limits::GuestLimiter,
}

// SAFETY: a `Store<Host>` lives inside an `Addon`, which is owned by a single-threaded
// `Runtime` (neither is `Send`), so a `Host` never leaves the thread that created it.
// wasmtime-wasi's linker asks for `Send` only so that stores *could* move between
// threads in async embeddings; napi-host never moves them.
unsafe impl Send for Host {}

/// Why an addon failed to load.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The file could not be read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The addon path.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// The file is not a valid wasm module for this host.
    #[error("{path} is not a loadable wasm module: {message}")]
    Compile {
        /// The addon path.
        path: PathBuf,
        /// What wasmtime reported.
        message: String,
    },
    /// The module imports functions napi-host does not provide.
    #[error(
        "{path} imports functions napi-host does not provide:\n{}",
        .imports.iter().map(|(m, n)| format!("  {m}::{n}")).collect::<Vec<_>>().join("\n")
    )]
    MissingImports {
        /// The addon path.
        path: PathBuf,
        /// `(module, name)` of each missing import.
        imports: Vec<(String, String)>,
    },
    /// A required export is absent.
    #[error("{path} does not export {export}: {why}")]
    MissingExport {
        /// The addon path.
        path: PathBuf,
        /// The export's name.
        export: &'static str,
        /// What it is needed for.
        why: &'static str,
    },
    /// Instantiation or initialization trapped or failed.
    #[error("{path} failed to initialize: {message}")]
    Instantiate {
        /// The addon path.
        path: PathBuf,
        /// What happened.
        message: String,
    },
}

/// A loaded addon instance.
pub(crate) struct Addon {
    pub(crate) env: Rc<Env>,
    store: Box<Store<Host>>,
}

impl Addon {
    /// The store, for calls made when no import frame is active.
    pub(crate) fn store_mut(&mut self) -> &mut Store<Host> {
        &mut self.store
    }

    /// Gives calls into this instance `ticks` epoch ticks from now before they trap.
    pub(crate) fn set_deadline(&mut self, ticks: u64) {
        self.store.set_epoch_deadline(ticks);
    }
}

impl Drop for Addon {
    fn drop(&mut self) {
        // Buffers aliasing this instance's linear memory must not outlive it: detach
        // them before the store (and the memory) goes (see `env/transfer.rs`).
        self.env.release_transfers();
        self.env.stores.clear();
    }
}

/// Compiles and links addons for one runtime.
pub(crate) struct Loader {
    engine: Engine,
    linker: Linker<Host>,
    modules: std::cell::RefCell<HashMap<PathBuf, Module>>,
    grants: WasiGrants,
    limits: crate::limits::Limits,
    stdout: crate::output::Output,
    stderr: crate::output::Output,
}

impl Loader {
    /// The wasmtime engine (for the epoch ticker).
    pub(crate) fn engine(&self) -> &Engine {
        &self.engine
    }

    /// A loader whose addons get the WASI grants, limits and outputs of `runtime`.
    pub(crate) fn new(runtime: &crate::RuntimeConfig) -> wasmtime::Result<Loader> {
        let limits = runtime.limits.clone();
        let mut config = wasmtime::Config::new();
        config.epoch_interruption(limits.call_timeout.is_some());
        // Engine buffers alias guest linear memory through raw host pointers
        // (`env/transfer.rs`), so a memory must never move: with the default 4 GiB
        // reservation (kept as is) a 32-bit memory grows in place, and growth that would
        // need a relocation fails (`memory.grow` returns -1) instead of moving it.
        config.memory_may_move(false);
        let engine = Engine::new(&config)?;
        let mut linker = Linker::new(&engine);
        wasmtime_wasi::p1::add_to_linker_sync(&mut linker, |host: &mut Host| &mut host.wasi)?;
        crate::imports::add_to_linker(&mut linker)?;
        Ok(Loader {
            engine,
            linker,
            modules: Default::default(),
            grants: runtime.wasi.clone(),
            limits,
            stdout: runtime.stdout.clone(),
            stderr: runtime.stderr.clone(),
        })
    }

    fn module(&self, path: &Path) -> Result<Module, LoadError> {
        if let Some(module) = self.modules.borrow().get(path) {
            return Ok(module.clone());
        }
        let bytes = std::fs::read(path).map_err(|source| LoadError::Io {
            path: path.to_owned(),
            source,
        })?;
        let module = Module::new(&self.engine, bytes).map_err(|e| LoadError::Compile {
            path: path.to_owned(),
            message: format!("{e:#}"),
        })?;
        self.modules
            .borrow_mut()
            .insert(path.to_owned(), module.clone());
        Ok(module)
    }

    /// Loads the addon at `path` as env `env_id`, returning the instance and the value
    /// `require` returns. A JS exception thrown by the addon's init function is returned
    /// as `Ok(Err(..))` so the caller can rethrow it. `link` connects the env to the
    /// runtime's event loop (`node_api.h`).
    pub(crate) fn load(
        &self,
        js: Js,
        path: &Path,
        env_id: u32,
        handle_limit: usize,
        link: Option<Rc<dyn crate::node_env::RuntimeLink>>,
    ) -> Result<(Addon, Result<JsValue, JsException>), LoadError> {
        let module = self.module(path)?;
        let filename = path.display().to_string();
        let env = Rc::new(Env::new(env_id, js, filename, handle_limit));
        if let Some(link) = link {
            env.node.set_link(link);
        }
        let wasi =
            self.grants
                .build(&self.stdout, &self.stderr)
                .map_err(|e| LoadError::Instantiate {
                    path: path.to_owned(),
                    message: format!("{e:#}"),
                })?;
        let mut store = Box::new(Store::new(
            &self.engine,
            Host {
                wasi,
                env: env.clone(),
                limiter: crate::limits::GuestLimiter::new(self.limits.wasm_memory),
            },
        ));
        store.limiter(|host| &mut host.limiter);
        // Calls run without a deadline until the runtime sets one per top-level call.
        store.set_epoch_deadline(crate::limits::NO_DEADLINE);
        // SAFETY: the store is boxed (stable address) and owned by the `Addon` built
        // below, whose `Drop` clears the pointer before the box is freed.
        unsafe { env.stores.set_base(&mut *store) };
        let mut addon = Addon { env, store };
        self.check_imports(&mut addon, &module, path)?;
        let instance = self
            .linker
            .instantiate(addon.store_mut(), &module)
            .map_err(|e| fail(path, e))?;
        link_exports(&mut addon, &instance, path)?;
        initialize(&mut addon, &instance, path)?;
        let exports = register(&mut addon, &instance, path)?;
        Ok((addon, exports))
    }

    fn check_imports(
        &self,
        addon: &mut Addon,
        module: &Module,
        path: &Path,
    ) -> Result<(), LoadError> {
        let missing = self.missing_imports(addon.store_mut(), module);
        if missing.is_empty() {
            Ok(())
        } else {
            Err(LoadError::MissingImports {
                path: path.to_owned(),
                imports: missing,
            })
        }
    }

    /// `(module, name)` of every import of `module` that this loader cannot satisfy.
    pub(crate) fn missing_imports(
        &self,
        store: &mut Store<Host>,
        module: &Module,
    ) -> Vec<(String, String)> {
        module
            .imports()
            .filter(|import| {
                self.linker
                    .get(&mut *store, import.module(), import.name())
                    .is_err()
            })
            .map(|import| (import.module().to_owned(), import.name().to_owned()))
            .collect()
    }

    /// Compiles `path` and reports its imports, exports, declared Node-API version and
    /// what napi-host lacks, without running any of its code except
    /// `node_api_module_get_api_version_v1`.
    ///
    /// # Errors
    /// The file cannot be read or compiled.
    pub(crate) fn inspect(&self, path: &Path) -> Result<crate::inspect::AddonReport, LoadError> {
        let module = self.module(path)?;
        let engine = crate::engine::Engine::new();
        let env = Rc::new(Env::new(0, engine.js(), path.display().to_string(), 1));
        let wasi = wasmtime_wasi::WasiCtxBuilder::new().build_p1();
        let limiter = crate::limits::GuestLimiter::new(None);
        let mut store = Store::new(&self.engine, Host { wasi, env, limiter });
        store.set_epoch_deadline(crate::limits::NO_DEADLINE);
        let missing = self.missing_imports(&mut store, &module);
        let api_version = if missing.is_empty() {
            self.linker
                .instantiate(&mut store, &module)
                .ok()
                .and_then(|instance| {
                    instance
                        .get_typed_func::<(), i32>(&mut store, "node_api_module_get_api_version_v1")
                        .ok()
                })
                .and_then(|f| f.call(&mut store, ()).ok())
                .map(|v| v as u32)
        } else {
            None
        };
        Ok(crate::inspect::AddonReport::new(
            &module,
            missing,
            api_version,
        ))
    }
}

fn fail(path: &Path, error: wasmtime::Error) -> LoadError {
    LoadError::Instantiate {
        path: path.to_owned(),
        message: format!("{error:#}"),
    }
}

fn link_exports(addon: &mut Addon, instance: &Instance, path: &Path) -> Result<(), LoadError> {
    let store = addon.store_mut();
    let memory = instance
        .get_memory(&mut *store, "memory")
        .ok_or(LoadError::MissingExport {
            path: path.to_owned(),
            export: "memory",
            why: "Node-API arguments live in the guest's exported linear memory",
        })?;
    let table = instance.get_table(&mut *store, "__indirect_function_table");
    let malloc = instance
        .get_typed_func::<u32, u32>(&mut *store, "malloc")
        .ok();
    let free = instance.get_typed_func::<u32, ()>(&mut *store, "free").ok();
    addon.env.link_guest(GuestExports {
        memory,
        table,
        malloc,
        free,
    });
    Ok(())
}

/// `_initialize` (reactor modules), then napi-rs's `__napi_register__*` exports, then
/// `node_api_module_get_api_version_v1`.
fn initialize(addon: &mut Addon, instance: &Instance, path: &Path) -> Result<(), LoadError> {
    let store = addon.store_mut();
    if let Ok(init) = instance.get_typed_func::<(), ()>(&mut *store, "_initialize") {
        init.call(&mut *store, ()).map_err(|e| fail(path, e))?;
    }
    let registrations: Vec<String> = instance
        .exports(&mut *store)
        .map(|e| e.name().to_owned())
        .filter(|name| name.starts_with("__napi_register__"))
        .collect();
    for name in registrations {
        if let Ok(f) = instance.get_typed_func::<(), ()>(&mut *store, &name) {
            f.call(&mut *store, ()).map_err(|e| fail(path, e))?;
        }
    }
    if let Ok(version) =
        instance.get_typed_func::<(), i32>(&mut *store, "node_api_module_get_api_version_v1")
    {
        let version = version.call(&mut *store, ()).map_err(|e| fail(path, e))?;
        addon.env.set_module_api_version(version as u32);
    }
    Ok(())
}

/// Calls `napi_register_wasm_v1(env, exports)` (or `napi_register_module_v1`) inside a
/// handle scope. A non-NULL return value replaces `exports`, as in Node. A module that
/// registered itself with `napi_module_register` during `_initialize` is initialized
/// through its `nm_register_func` instead, as Node's `DLOpen` prefers a module that
/// registered while loading.
fn register(
    addon: &mut Addon,
    instance: &Instance,
    path: &Path,
) -> Result<Result<JsValue, JsException>, LoadError> {
    let legacy = addon
        .env
        .node
        .legacy_register_func()
        .and_then(|index| addon.env.callback(index).ok())
        .map(|f| (*f).clone());
    let entry = legacy
        .or_else(|| {
            ["napi_register_wasm_v1", "napi_register_module_v1"]
                .into_iter()
                .find_map(|name| {
                    instance
                        .get_typed_func::<(u32, u32), u32>(addon.store_mut(), name)
                        .ok()
                })
        })
        .ok_or(LoadError::MissingExport {
            path: path.to_owned(),
            export: "napi_register_wasm_v1",
            why: "Module has no declared entry point.",
        })?;
    let env = addon.env.clone();
    let js = env.js();
    let exports = js.new_object().map_err(|_| LoadError::Instantiate {
        path: path.to_owned(),
        message: "out of memory creating exports".into(),
    })?;
    let scope = env.open_scope(ScopeKind::Host);
    let exports_handle = env.push(exports.clone()).unwrap_or(Handle::UNDEFINED);
    let returned = env.guest_call(|| entry.call(addon.store_mut(), (env.id, exports_handle.0)));
    let result = match returned {
        Err(trap) => Err(env.trap_error(&trap)),
        Ok(returned) => match env.take_pending_exception() {
            Some(exception) => Err(JsException(exception)),
            None if returned == 0 => Ok(exports),
            None => Ok(env.value(Handle(returned)).unwrap_or(exports)),
        },
    };
    let _ = env.close_host_scope(scope);
    Ok(result)
}
