use postmortem::{Config, check};
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let text = std::fs::read_to_string(&args[0]).unwrap();
    let n: usize = args[1].parse().unwrap();
    for _ in 0..n {
        std::hint::black_box(check(std::hint::black_box(&text), &Config::default()));
    }
}
