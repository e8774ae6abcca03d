// Arbitrary bytes, read as UTF-8 lossily (as a pasted or badly saved file could be), through
// the full check.
#![no_main]
use libfuzzer_sys::fuzz_target;

#[path = "sound.rs"]
mod sound;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    sound::check_soundly(&text, &postmortem::Config::default());
});
