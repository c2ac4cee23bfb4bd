//! `napi_threadsafe_function` without threads.
//!
//! The state machine is Node's `v8impl::ThreadSafeFunction` (`src/node_api.cc`): a
//! queue of `data` pointers, a thread count, a closing flag and a `uv_async_t` whose
//! callback dispatches queued calls on the loop thread. Here "sending the async
//! handle" sets a flag the event loop looks at on its next turn. The only thread is the
//! loop thread, so a blocking call on a full queue could never return: it fails with
//! `napi_would_deadlock` (Node 20 blocks forever; Node 14.1–14.4 and emnapi on a
//! browser main thread return this status).

use super::Slab;
use crate::engine::{JsException, JsResult, JsValue};
use crate::env::Env;
use crate::status::Status;
use std::collections::VecDeque;

/// `napi_threadsafe_function_call_mode`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CallMode {
    /// `napi_tsfn_nonblocking`: a full queue is `napi_queue_full`.
    NonBlocking,
    /// `napi_tsfn_blocking`: Node waits for room.
    Blocking,
}

impl From<u32> for CallMode {
    fn from(mode: u32) -> Self {
        // Node compares with napi_tsfn_nonblocking only.
        if mode == 0 {
            CallMode::NonBlocking
        } else {
            CallMode::Blocking
        }
    }
}

/// `napi_threadsafe_function_release_mode`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ReleaseMode {
    /// `napi_tsfn_release`
    Release,
    /// `napi_tsfn_abort`: close now; later calls get `napi_closing`.
    Abort,
}

impl From<u32> for ReleaseMode {
    fn from(mode: u32) -> Self {
        if mode == 1 {
            ReleaseMode::Abort
        } else {
            ReleaseMode::Release
        }
    }
}

/// What `napi_create_threadsafe_function` was given.
pub(crate) struct Tsfn {
    /// The JS function (`func`), if one was given.
    pub(crate) func: Option<JsValue>,
    /// `context`
    pub(crate) context: u32,
    /// `max_queue_size` (0: unbounded).
    pub(crate) max_queue_size: u32,
    /// `initial_thread_count`
    pub(crate) thread_count: u32,
    /// `thread_finalize_data`
    pub(crate) finalize_data: u32,
    /// `thread_finalize_cb` (a table index, 0 for none).
    pub(crate) finalize_cb: u32,
    /// `call_js_cb` (a table index, 0 for Node's default: call `func` with no
    /// arguments).
    pub(crate) call_js_cb: u32,
}

struct State {
    tsfn: Tsfn,
    queue: VecDeque<u32>,
    is_closing: bool,
    handles_closing: bool,
    send_pending: bool,
    refed: bool,
}

/// One queued call, ready to be made: `call_js_cb(env, func, context, data)`.
pub(crate) struct PendingCall {
    /// The JS function, if any.
    pub(crate) func: Option<JsValue>,
    /// `call_js_cb` (0: Node's default).
    pub(crate) call_js_cb: u32,
    /// `context`
    pub(crate) context: u32,
    /// The `data` given to `napi_call_threadsafe_function`.
    pub(crate) data: u32,
}

/// One step of dispatching (Node's `DispatchOne`).
pub(crate) struct Dispatch {
    /// The call to make, if one was queued.
    pub(crate) call: Option<PendingCall>,
    /// Whether more calls are queued.
    pub(crate) has_more: bool,
}

/// What is left to do when a closed thread-safe function goes (Node's `Finalize`).
pub(crate) struct Finalization {
    /// The JS function, released with this (never while the table is borrowed).
    _func: Option<JsValue>,
    finalize_cb: u32,
    finalize_data: u32,
    context: u32,
    call_js_cb: u32,
    leftover: VecDeque<u32>,
}

/// The thread-safe functions of one env.
pub(crate) struct Tsfns {
    items: Slab<State>,
    closing: VecDeque<u32>,
}

impl Default for Tsfns {
    fn default() -> Self {
        Tsfns {
            items: Slab::new(2),
            closing: VecDeque::new(),
        }
    }
}

impl Tsfns {
    /// `napi_create_threadsafe_function`: a new open, referenced function.
    pub(crate) fn create(&mut self, tsfn: Tsfn) -> u32 {
        self.items.insert(State {
            tsfn,
            queue: VecDeque::new(),
            is_closing: false,
            handles_closing: false,
            send_pending: false,
            refed: true,
        })
    }

    fn state(&mut self, id: u32) -> Result<&mut State, Status> {
        self.items.get_mut(id).ok_or(Status::InvalidArg)
    }

    /// `napi_get_threadsafe_function_context`.
    pub(crate) fn context(&mut self, id: u32) -> Result<u32, Status> {
        Ok(self.state(id)?.tsfn.context)
    }

    /// `napi_call_threadsafe_function` (Node's `Push`).
    pub(crate) fn push(&mut self, id: u32, data: u32, mode: CallMode) -> Result<(), Status> {
        let state = self.state(id)?;
        let max = state.tsfn.max_queue_size as usize;
        if max > 0 && state.queue.len() >= max && !state.is_closing {
            return Err(match mode {
                CallMode::NonBlocking => Status::QueueFull,
                CallMode::Blocking => Status::WouldDeadlock,
            });
        }
        if state.is_closing {
            if state.tsfn.thread_count == 0 {
                return Err(Status::InvalidArg);
            }
            state.tsfn.thread_count -= 1;
            return Err(Status::Closing);
        }
        state.queue.push_back(data);
        state.send_pending = true;
        Ok(())
    }

    /// `napi_acquire_threadsafe_function`.
    pub(crate) fn acquire(&mut self, id: u32) -> Result<(), Status> {
        let state = self.state(id)?;
        if state.is_closing {
            return Err(Status::Closing);
        }
        state.tsfn.thread_count = state.tsfn.thread_count.saturating_add(1);
        Ok(())
    }

    /// `napi_release_threadsafe_function`.
    pub(crate) fn release(&mut self, id: u32, mode: ReleaseMode) -> Result<(), Status> {
        let state = self.state(id)?;
        if state.tsfn.thread_count == 0 {
            return Err(Status::InvalidArg);
        }
        state.tsfn.thread_count -= 1;
        if (state.tsfn.thread_count == 0 || mode == ReleaseMode::Abort) && !state.is_closing {
            state.is_closing = mode == ReleaseMode::Abort;
            state.send_pending = true;
        }
        Ok(())
    }

    /// `napi_ref_threadsafe_function` / `napi_unref_threadsafe_function`.
    pub(crate) fn set_ref(&mut self, id: u32, refed: bool) -> Result<(), Status> {
        self.state(id)?.refed = refed;
        Ok(())
    }

    /// The functions whose async handle was sent since the last turn, clearing the
    /// flag.
    pub(crate) fn take_sends(&mut self) -> Vec<u32> {
        let mut sent = Vec::new();
        for (id, state) in self.items.iter() {
            if state.send_pending {
                sent.push(id);
            }
        }
        for &id in &sent {
            if let Some(state) = self.items.get_mut(id) {
                state.send_pending = false;
            }
        }
        sent
    }

    /// Takes and clears the "sent" flag of one function (set again while its call ran).
    pub(crate) fn take_send(&mut self, id: u32) -> bool {
        self.items
            .get_mut(id)
            .is_some_and(|state| std::mem::take(&mut state.send_pending))
    }

    /// Sends the async handle of `id` again (more calls to dispatch on the next turn).
    pub(crate) fn send(&mut self, id: u32) {
        if let Some(state) = self.items.get_mut(id) {
            state.send_pending = true;
        }
    }

    /// Node's `DispatchOne`: pops the next call; closes the function once it is
    /// closing, or once its queue is empty and no thread holds it.
    pub(crate) fn dispatch_one(&mut self, id: u32) -> Option<Dispatch> {
        let state = self.items.get_mut(id)?;
        if state.is_closing {
            self.close(id);
            return Some(Dispatch {
                call: None,
                has_more: false,
            });
        }
        let call = state.queue.pop_front().map(|data| PendingCall {
            func: state.tsfn.func.clone(),
            call_js_cb: state.tsfn.call_js_cb,
            context: state.tsfn.context,
            data,
        });
        let has_more = !state.queue.is_empty();
        if !has_more && state.tsfn.thread_count == 0 {
            state.is_closing = true;
            self.close(id);
        }
        Some(Dispatch { call, has_more })
    }

    /// Node's `CloseHandlesAndMaybeDelete`: schedules the finalization once.
    fn close(&mut self, id: u32) {
        if let Some(state) = self.items.get_mut(id)
            && !state.handles_closing
        {
            state.handles_closing = true;
            self.closing.push_back(id);
        }
    }

    /// The env's cleanup hook for `id` (`CloseHandlesAndMaybeDelete(true)`): closing,
    /// finalized after the other hooks ran.
    pub(crate) fn close_for_cleanup(&mut self, id: u32) {
        if let Some(state) = self.items.get_mut(id) {
            state.is_closing = true;
            self.close(id);
        }
    }

    /// The functions whose finalization is due (Node's close callbacks).
    pub(crate) fn take_closing(&mut self) -> Vec<u32> {
        self.closing.drain(..).collect()
    }

    /// Removes a closed function, returning what its finalization must do.
    pub(crate) fn finalize(&mut self, id: u32) -> Option<Finalization> {
        let state = self.items.remove(id)?;
        Some(Finalization {
            _func: state.tsfn.func,
            finalize_cb: state.tsfn.finalize_cb,
            finalize_data: state.tsfn.finalize_data,
            context: state.tsfn.context,
            call_js_cb: state.tsfn.call_js_cb,
            leftover: state.queue,
        })
    }

    /// Whether calls wait to be dispatched or finalizations to run.
    pub(crate) fn has_pending(&self) -> bool {
        !self.closing.is_empty() || self.items.iter().any(|(_, s)| s.send_pending)
    }

    /// Referenced functions that are open but have nothing to dispatch: in Node they
    /// keep the process alive until another thread calls or releases them.
    pub(crate) fn idle_refed(&self) -> usize {
        self.items
            .iter()
            .filter(|(_, s)| s.refed && !s.handles_closing && !s.send_pending)
            .count()
    }
}

impl Env {
    /// Makes one queued call: `call_js_cb(env, func, context, data)` in a fresh handle
    /// scope, or, without `call_js_cb`, `func()` (Node's default `CallJs`). An
    /// exception it leaves pending is returned for the uncaught-exception path.
    pub(crate) fn tsfn_call(&self, call: PendingCall) -> JsResult<()> {
        if call.call_js_cb == 0 {
            let Some(func) = call.func.filter(|_| self.can_call_js()) else {
                return Ok(());
            };
            let js = self.js();
            return js.call(&func, &js.undefined(), &[]).map(drop);
        }
        self.call_into_module(|env| {
            let func = env.guest_func::<(u32, u32, u32, u32), ()>(call.call_js_cb)?;
            let js_callback = match call.func {
                Some(value) => env.push(value).map_err(|_| {
                    wasmtime::Error::msg("too many live handles to call a thread-safe function")
                })?,
                None => crate::handles::Handle::NULL,
            };
            env.stores
                .with(|store| func.call(store, (env.id, js_callback.0, call.context, call.data)))
        })
    }

    /// Node's `Finalize`: `thread_finalize_cb(env, finalize_data, context)`, then every
    /// call still queued goes to `call_js_cb` with a NULL env and function (so the
    /// guest can free its data).
    pub(crate) fn tsfn_finalize(&self, id: u32) -> JsResult<()> {
        self.node.hooks().remove_tsfn(id);
        let Some(finalization) = self.node.tsfns().finalize(id) else {
            return Ok(());
        };
        let mut first_error: Option<JsException> = None;
        if finalization.finalize_cb != 0 {
            let result = self.call_into_module(|env| {
                let func = env.guest_func::<(u32, u32, u32), ()>(finalization.finalize_cb)?;
                env.stores.with(|store| {
                    func.call(
                        store,
                        (env.id, finalization.finalize_data, finalization.context),
                    )
                })
            });
            if let Err(error) = result {
                first_error = Some(error);
            }
        }
        if finalization.call_js_cb != 0 {
            for data in finalization.leftover {
                if self.is_poisoned() {
                    break;
                }
                let result = self.call_into_module(|env| {
                    let func =
                        env.guest_func::<(u32, u32, u32, u32), ()>(finalization.call_js_cb)?;
                    env.stores
                        .with(|store| func.call(store, (0, 0, finalization.context, data)))
                });
                if let Err(error) = result {
                    first_error.get_or_insert(error);
                }
            }
        }
        first_error.map_or(Ok(()), Err)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tsfn(max_queue_size: u32, thread_count: u32) -> Tsfn {
        Tsfn {
            func: None,
            context: 7,
            max_queue_size,
            thread_count,
            finalize_data: 0,
            finalize_cb: 0,
            call_js_cb: 1,
        }
    }

    #[test]
    fn a_full_queue_is_queue_full_or_would_deadlock() {
        let mut tsfns = Tsfns::default();
        let id = tsfns.create(tsfn(1, 1));
        tsfns.push(id, 1, CallMode::NonBlocking).unwrap();
        assert_eq!(
            tsfns.push(id, 2, CallMode::NonBlocking),
            Err(Status::QueueFull)
        );
        assert_eq!(
            tsfns.push(id, 2, CallMode::Blocking),
            Err(Status::WouldDeadlock)
        );
        assert_eq!(tsfns.context(id), Ok(7));
    }

    #[test]
    fn abort_closes_and_later_calls_fail() {
        let mut tsfns = Tsfns::default();
        let id = tsfns.create(tsfn(0, 2));
        tsfns.push(id, 1, CallMode::NonBlocking).unwrap();
        tsfns.release(id, ReleaseMode::Abort).unwrap();
        assert_eq!(
            tsfns.push(id, 2, CallMode::NonBlocking),
            Err(Status::Closing)
        );
        assert_eq!(
            tsfns.push(id, 3, CallMode::NonBlocking),
            Err(Status::InvalidArg)
        );
        assert_eq!(tsfns.acquire(id), Err(Status::Closing));
        assert_eq!(tsfns.take_sends(), vec![id]);
        let step = tsfns.dispatch_one(id).unwrap();
        assert!(step.call.is_none());
        assert_eq!(tsfns.take_closing(), vec![id]);
        let finalization = tsfns.finalize(id).unwrap();
        assert_eq!(finalization.leftover, [1]);
    }

    #[test]
    fn the_last_release_closes_after_the_queue_drains() {
        let mut tsfns = Tsfns::default();
        let id = tsfns.create(tsfn(0, 1));
        tsfns.push(id, 1, CallMode::NonBlocking).unwrap();
        tsfns.push(id, 2, CallMode::NonBlocking).unwrap();
        tsfns.release(id, ReleaseMode::Release).unwrap();
        assert_eq!(
            tsfns.release(id, ReleaseMode::Release),
            Err(Status::InvalidArg)
        );
        assert!(tsfns.has_pending());
        let first = tsfns.dispatch_one(id).unwrap();
        assert_eq!(first.call.map(|c| c.data), Some(1));
        assert!(first.has_more);
        assert!(tsfns.take_closing().is_empty());
        let second = tsfns.dispatch_one(id).unwrap();
        assert_eq!(second.call.map(|c| c.data), Some(2));
        assert!(!second.has_more);
        assert_eq!(tsfns.take_closing(), vec![id]);
    }
}
