fn main() {
    let text = postmortem::profile::builtin_profiles()[0].template.clone();
    let mut n = 0;
    for _ in 0..200 {
        n += postmortem::check(&text, &postmortem::Config::default())
            .diagnostics
            .len();
    }
    println!("{n}");
}
