//! Helpers shared by the example binaries (not an example itself). Each example uses
//! the ones it needs.
#![allow(dead_code)]

use std::io::Read;
use std::num::NonZeroUsize;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;

/// Where the benchmark corpora are: `$BENCH_DATA`, else `../shared/bench` beside the crate.
pub fn bench_dir() -> std::path::PathBuf {
    std::env::var_os("BENCH_DATA").map_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/bench"), std::path::PathBuf::from)
}

/// The exit code of an example's run: success, or failure with the error printed
/// after the example's name.
pub fn exit_code(name: &str, result: Result<(), Box<dyn std::error::Error>>) -> std::process::ExitCode {
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{name}: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

/// Applies `f` to every item on all cores; results come back in input order.
pub fn par_map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let workers = thread::available_parallelism().map_or(1, NonZeroUsize::get).clamp(1, items.len().max(1));
    let next = AtomicUsize::new(0);
    let mut done: Vec<(usize, R)> = thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| {
                    let mut out = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(item) = items.get(i) else { break out };
                        out.push((i, f(item)));
                    }
                })
            })
            .collect();
        handles.into_iter().flat_map(|h| h.join().unwrap_or_default()).collect()
    });
    done.sort_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, r)| r).collect()
}

/// The first bytes of a gzip stream.
const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];

/// A file's bytes, inflated when its name ends in `.gz` or it starts like gzip.
pub fn read_file(path: &Path) -> Result<Vec<u8>, String> {
    let raw = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    inflate(&path.display().to_string(), raw)
}

/// Inflates `raw` when `name` ends in `.gz` or the bytes start like gzip; else returns them.
pub fn inflate(name: &str, raw: Vec<u8>) -> Result<Vec<u8>, String> {
    if !(name.ends_with(".gz") || raw.starts_with(&GZIP_MAGIC)) {
        return Ok(raw);
    }
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(raw.as_slice()).read_to_end(&mut out).map_err(|e| format!("cannot inflate {name}: {e}"))?;
    Ok(out)
}

/// A file as text (see [`read_file`]); bytes that are not UTF-8 are replaced.
pub fn read_text(path: &Path) -> Result<String, String> {
    read_file(path).map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
}

/// Bytes as decimal megabytes, for reports.
#[allow(clippy::cast_precision_loss)]
pub fn mb(bytes: usize) -> f64 {
    bytes as f64 / 1e6
}
