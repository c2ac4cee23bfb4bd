//! The event-loop side of `node_api.h`: async work, thread-safe function calls and
//! their finalization, callback-scope depth, and the cleanup hooks run at teardown.
//!
//! A loop turn is Node's libuv iteration reduced to what napi-host has: timers; the
//! "poll" phase, where queued async work runs (`execute` then `complete`; Node would
//! have run `execute` on its thread pool meanwhile) and thread-safe function calls
//! are dispatched; immediates; the "close" phase, where closed thread-safe functions
//! are finalized; then queued finalizers. Every callback into the guest runs inside a
//! callback scope, and `process.nextTick` callbacks and microtasks run after each,
//! as Node's `CallbackScope` does.

use super::Inner;
use crate::engine::{JsException, JsValue};
use crate::env::Env;
use crate::node_env::RuntimeLink;
use std::cell::{Cell, OnceCell};
use std::ops::ControlFlow;
use std::rc::{Rc, Weak};

/// Node's cap on thread-safe function calls dispatched per wake-up
/// (`kMaxIterationCount`), so that a busy thread-safe function cannot starve the loop.
const MAX_DISPATCH_PER_TURN: u32 = 1000;

/// How many times teardown re-runs cleanup hooks registered by cleanup hooks.
const MAX_CLEANUP_ROUNDS: u32 = 64;

/// The runtime's `node_api.h` state.
#[derive(Default)]
pub(super) struct NativeTasks {
    /// Open callback scopes (Node's `async_callback_scope_depth`): the runtime's own
    /// calls into JS and the guest, plus the guest's `napi_open_callback_scope`.
    depth: Cell<u32>,
    /// What envs use to reach the runtime.
    link: OnceCell<Rc<dyn RuntimeLink>>,
    /// Set once teardown started: JS never runs again.
    tearing_down: Cell<bool>,
}

impl NativeTasks {
    /// The link handed to every env this runtime loads.
    pub(super) fn link(&self) -> Option<Rc<dyn RuntimeLink>> {
        self.link.get().cloned()
    }

    /// Opens a callback scope until the guard drops.
    pub(super) fn scope(&self) -> ScopeGuard<'_> {
        self.depth.set(self.depth.get() + 1);
        ScopeGuard { depth: &self.depth }
    }
}

/// Closes the callback scope opened by [`NativeTasks::scope`].
pub(super) struct ScopeGuard<'a> {
    depth: &'a Cell<u32>,
}

impl Drop for ScopeGuard<'_> {
    fn drop(&mut self) {
        self.depth.set(self.depth.get().saturating_sub(1));
    }
}

/// Creates the link envs use to reach `inner`.
pub(super) fn install(inner: &Rc<Inner>) {
    let link: Rc<dyn RuntimeLink> = Rc::new(Link {
        inner: Rc::downgrade(inner),
    });
    let _ = inner.native.link.set(link);
}

/// [`RuntimeLink`] for one runtime. Weak: envs must not keep the runtime alive.
struct Link {
    inner: Weak<Inner>,
}

impl RuntimeLink for Link {
    fn uncaught_exception(&self, error: JsValue) -> bool {
        let Some(inner) = self.inner.upgrade() else {
            return false;
        };
        inner
            .uncaught(JsException(error), "uncaughtException")
            .is_continue()
    }

    fn fatal_error(&self, report: &str) {
        let Some(inner) = self.inner.upgrade() else {
            return;
        };
        inner
            .config
            .stderr
            .write(crate::output::Stream::Stderr, report.as_bytes());
        // Node aborts: no 'exit' event, exit code 128 + SIGABRT.
        inner.exit_requested.set(Some(134));
    }

    fn buffer_constructor(&self) -> Option<JsValue> {
        let inner = self.inner.upgrade()?;
        let object = inner.loop_object.borrow().clone()?;
        inner
            .js()
            .get_named(&object, b"FastBuffer")
            .ok()
            .filter(JsValue::is_object)
    }

    fn enter_callback_scope(&self) {
        if let Some(inner) = self.inner.upgrade() {
            let depth = &inner.native.depth;
            depth.set(depth.get() + 1);
        }
    }

    fn exit_callback_scope(&self, drain: bool) -> bool {
        // Gone: the runtime is being torn down (cleanup hooks run from `Drop`), where
        // nothing is drained and nothing stops.
        let Some(inner) = self.inner.upgrade() else {
            return true;
        };
        let depth = &inner.native.depth;
        depth.set(depth.get().saturating_sub(1));
        if depth.get() == 0
            && drain
            && inner.exit_requested.get().is_none()
            && !inner.native.tearing_down.get()
        {
            return inner.step(Ok(inner.js().undefined())).is_continue();
        }
        inner.exit_requested.get().is_none()
    }
}

impl Inner {
    /// The envs whose instance still runs; poisoned ones drop their queued work.
    fn live_envs(&self) -> Vec<Rc<Env>> {
        let envs: Vec<Rc<Env>> = self.addons.borrow().iter().map(|a| a.env.clone()).collect();
        envs.into_iter()
            .filter(|env| {
                if env.is_poisoned() {
                    env.node.abandon();
                }
                !env.is_poisoned()
            })
            .collect()
    }

    /// The poll phase: queued async work, then thread-safe function calls.
    pub(super) fn run_native_tasks(&self) -> ControlFlow<i32> {
        for env in self.live_envs() {
            let ready = env.node.works().take_ready();
            for item in ready {
                self.begin_call();
                let result = {
                    let _scope = self.native.scope();
                    env.run_work(item)
                };
                self.step(result.map(|()| self.js().undefined()))?;
            }
            let sent = env.node.tsfns().take_sends();
            for id in sent {
                self.dispatch_tsfn(&env, id, true)?;
            }
            for (callback, data) in env.node.take_immediates() {
                self.begin_call();
                let result = {
                    let _scope = self.native.scope();
                    env.call_into_module(|env| {
                        let func = env.guest_func::<u32, ()>(callback)?;
                        env.stores.with(|store| func.call(store, data))
                    })
                };
                self.step(result.map(|()| self.js().undefined()))?;
            }
        }
        ControlFlow::Continue(())
    }

    /// Node's `ThreadSafeFunction::Dispatch`: up to [`MAX_DISPATCH_PER_TURN`] calls,
    /// each followed by nextTicks and microtasks (skipped at teardown, when JS cannot
    /// run).
    fn dispatch_tsfn(&self, env: &Rc<Env>, id: u32, running: bool) -> ControlFlow<i32> {
        let mut has_more = true;
        let mut left = MAX_DISPATCH_PER_TURN;
        while has_more && left > 0 {
            left -= 1;
            let Some(dispatch) = env.node.tsfns().dispatch_one(id) else {
                return ControlFlow::Continue(());
            };
            has_more = dispatch.has_more;
            if let Some(call) = dispatch.call {
                self.begin_call();
                let result = {
                    let _scope = self.native.scope();
                    env.tsfn_call(call)
                };
                if running {
                    self.step(self.callback_policy(env, result))?;
                }
            }
            if env.node.tsfns().take_send(id) {
                has_more = true;
            }
        }
        if has_more {
            env.node.tsfns().send(id);
        }
        ControlFlow::Continue(())
    }

    /// The close phase: finalizes thread-safe functions that closed.
    pub(super) fn run_tsfn_finalizers(&self, running: bool) -> ControlFlow<i32> {
        for env in self.live_envs() {
            let closing = env.node.tsfns().take_closing();
            for id in closing {
                self.begin_call();
                let result = {
                    let _scope = self.native.scope();
                    env.tsfn_finalize(id)
                };
                if running {
                    self.step(self.callback_policy(&env, result))?;
                }
            }
        }
        ControlFlow::Continue(())
    }

    /// Node 20's policy for an exception left pending by a thread-safe function's
    /// callbacks (`CallbackIntoModule<false>`): unless the module declares
    /// `NAPI_VERSION_EXPERIMENTAL`, it is dropped with a `DEP0168` deprecation warning
    /// instead of becoming an uncaught exception. Traps always are uncaught.
    fn callback_policy(
        &self,
        env: &Env,
        result: crate::engine::JsResult<()>,
    ) -> crate::engine::JsResult<JsValue> {
        match result {
            Ok(()) => Ok(self.js().undefined()),
            Err(_)
                if !env.is_poisoned()
                    && env.module_api_version() < crate::references::NAPI_VERSION_EXPERIMENTAL =>
            {
                self.emit_dep0168()
            }
            Err(error) => Err(error),
        }
    }

    /// `process.emitWarning(<DEP0168 text>, 'DeprecationWarning', 'DEP0168')`.
    fn emit_dep0168(&self) -> crate::engine::JsResult<JsValue> {
        let js = self.js();
        let process = js.get_named(&js.global(), b"process")?;
        let emit = js.get_named(&process, b"emitWarning")?;
        let args = [
            "Uncaught N-API callback exception detected, please run node with option \
             --force-node-api-uncaught-exceptions-policy=true to handle those exceptions \
             properly.",
            "DeprecationWarning",
            "DEP0168",
        ]
        .map(|text| js.string_from_utf8(text.as_bytes()));
        let [message, kind, code] = args;
        let _scope = self.native.scope();
        js.call(&emit, &process, &[message?, kind?, code?])
    }

    /// Whether queued async work or thread-safe function activity keeps the loop
    /// alive.
    pub(super) fn native_alive(&self) -> bool {
        self.live_envs()
            .iter()
            .any(|env| env.node.has_pending_tasks())
    }

    /// When the loop ends with referenced thread-safe functions nothing can call any
    /// more, Node would wait forever for another thread; napi-host has none, so it
    /// says so and exits.
    pub(super) fn warn_idle_tsfns(&self) {
        let idle: usize = self
            .live_envs()
            .iter()
            .map(|env| env.node.idle_refed_tsfns())
            .sum();
        if idle > 0 {
            let report = format!(
                "napi-host: warning: exiting with {idle} referenced thread-safe function(s) \
                 that nothing can call any more (Node would wait for another thread \
                 forever); release or unref them\n"
            );
            self.config
                .stderr
                .write(crate::output::Stream::Stderr, report.as_bytes());
        }
    }

    /// Environment teardown, before finalizers: after a natural exit (not after
    /// `process.exit()`, an uncaught exception or a fatal error, like Node), with JS
    /// disabled: pending thread-safe function calls are dispatched (Node runs the loop
    /// once while closing handles), then every cleanup hook runs in reverse order of
    /// registration across all addons, then closed thread-safe functions are
    /// finalized.
    pub(super) fn run_cleanup_hooks(&self) {
        if self.exit_requested.get().is_some() || self.loop_object.borrow().is_none() {
            return;
        }
        self.native.tearing_down.set(true);
        let envs = self.live_envs();
        for env in &envs {
            env.node.set_terminating();
        }
        for env in &envs {
            let sent = env.node.tsfns().take_sends();
            for id in sent {
                let _ = self.dispatch_tsfn(env, id, false);
            }
        }
        let _ = self.run_tsfn_finalizers(false);
        for _ in 0..MAX_CLEANUP_ROUNDS {
            let mut hooks: Vec<(u64, Rc<Env>)> = envs
                .iter()
                .flat_map(|env| {
                    let sequences = env.node.hooks().sequences();
                    sequences.into_iter().map(move |seq| (seq, env.clone()))
                })
                .collect();
            if hooks.is_empty() {
                break;
            }
            hooks.sort_by_key(|(seq, _)| std::cmp::Reverse(*seq));
            for (seq, env) in hooks {
                let hook = env.node.hooks().take(seq);
                if let Some(hook) = hook {
                    self.begin_call();
                    env.run_cleanup_hook(hook);
                }
            }
            let _ = self.run_tsfn_finalizers(false);
        }
    }
}
