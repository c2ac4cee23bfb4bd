//! Where the standard output and error of scripts and addons go: inherited, captured
//! into a buffer the embedder reads, or discarded. JS `console`/`process.stdout` and a
//! guest's WASI `fd_write` to fd 1/2 share the same destination, in order.

use std::io::Write;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};

/// The destination of one output stream.
#[derive(Clone, Debug, Default)]
pub enum Output {
    /// The host process's own stream.
    #[default]
    Inherit,
    /// Appended to a buffer (see [`OutputBuffer::contents`]).
    Capture(OutputBuffer),
    /// Discarded.
    Null,
}

/// A shared, growable byte buffer that captures output.
#[derive(Clone, Debug, Default)]
pub struct OutputBuffer(Arc<Mutex<Vec<u8>>>);

impl OutputBuffer {
    /// An empty buffer.
    pub fn new() -> OutputBuffer {
        OutputBuffer::default()
    }

    /// Everything captured so far.
    pub fn contents(&self) -> Vec<u8> {
        self.lock().clone()
    }

    /// Everything captured so far, as (lossy) UTF-8.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.lock()).into_owned()
    }

    /// Removes and returns everything captured so far.
    pub fn take(&self) -> Vec<u8> {
        std::mem::take(&mut *self.lock())
    }

    fn append(&self, bytes: &[u8]) {
        self.lock().extend_from_slice(bytes);
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<u8>> {
        // A panic while holding the lock cannot leave the bytes inconsistent.
        self.0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// Which standard stream.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Stream {
    /// fd 1
    Stdout,
    /// fd 2
    Stderr,
}

impl Output {
    /// Writes `bytes` (errors writing to the host's streams, e.g. a closed pipe, are
    /// dropped, like Node's console).
    pub(crate) fn write(&self, stream: Stream, bytes: &[u8]) {
        match self {
            Output::Inherit => {
                let _ = match stream {
                    Stream::Stdout => {
                        let mut out = std::io::stdout().lock();
                        out.write_all(bytes).and_then(|()| out.flush())
                    }
                    Stream::Stderr => std::io::stderr().lock().write_all(bytes),
                };
            }
            Output::Capture(buffer) => buffer.append(bytes),
            Output::Null => {}
        }
    }

    /// Routes a guest's WASI stream the same way.
    pub(crate) fn apply(&self, builder: &mut wasmtime_wasi::WasiCtxBuilder, stream: Stream) {
        match (self, stream) {
            (Output::Inherit, Stream::Stdout) => builder.inherit_stdout(),
            (Output::Inherit, Stream::Stderr) => builder.inherit_stderr(),
            (Output::Capture(buffer), Stream::Stdout) => builder.stdout(buffer.clone()),
            (Output::Capture(buffer), Stream::Stderr) => builder.stderr(buffer.clone()),
            (Output::Null, Stream::Stdout) => builder.stdout(std::io::empty()),
            (Output::Null, Stream::Stderr) => builder.stderr(std::io::empty()),
        };
    }
}

impl wasmtime_wasi::cli::IsTerminal for OutputBuffer {
    fn is_terminal(&self) -> bool {
        false
    }
}

impl wasmtime_wasi::cli::StdoutStream for OutputBuffer {
    fn async_stream(&self) -> Box<dyn tokio::io::AsyncWrite + Send + Sync> {
        Box::new(self.clone())
    }
}

impl tokio::io::AsyncWrite for OutputBuffer {
    fn poll_write(
        self: Pin<&mut Self>,
        _: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        self.append(buf);
        Poll::Ready(Ok(buf.len()))
    }

    fn poll_flush(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Poll::Ready(Ok(()))
    }

    fn poll_shutdown(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Poll::Ready(Ok(()))
    }
}
