//! Prints a synthetic postmortem: `cargo run -p postmortem --example synthetic -- PROFILE BYTES [SEED]`
//! (for the page benchmark and the markdownlint comparison; see docs/performance.md).

#[path = "../benches/support/synthetic.rs"]
mod synthetic;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(id), Some(bytes)) = (args.first(), args.get(1).and_then(|b| b.parse().ok())) else {
        eprintln!("usage: synthetic PROFILE BYTES [SEED]");
        std::process::exit(2);
    };
    let seed = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(42);
    let Some(profile) = postmortem::profile::builtin_profiles()
        .iter()
        .find(|p| p.id == *id)
    else {
        eprintln!("unknown profile {id}");
        std::process::exit(2);
    };
    print!("{}", synthetic::document(profile, bytes, seed));
}
