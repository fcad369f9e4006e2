//! `cargo fuzz run extract_bytes` (see the README's Robustness section):
//! any bytes through `extract_bytes`, then the clean HTML through `extract` again.
//! A panic, a hang or a stack overflow is a finding.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    if let Ok(article) = dechrome::extract_bytes(bytes) {
        let _ = dechrome::extract(&article.html);
    }
});
