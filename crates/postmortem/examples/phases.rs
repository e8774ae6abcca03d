use postmortem::*;
use std::hint::black_box;
use std::time::Instant;
fn t<R>(acc: &mut f64, f: impl FnOnce() -> R) -> R {
    let s = Instant::now();
    let r = f();
    *acc += s.elapsed().as_secs_f64() * 1000.0;
    r
}
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let text = std::fs::read_to_string(&args[0]).unwrap();
    let n: usize = args[1].parse().unwrap();
    let config = Config::default();
    let mut a = [0f64; 13];
    black_box(check(&text, &config));
    for _ in 0..n {
        let text = black_box(&text[..]);
        t(&mut a[10], || {
            black_box(
                pulldown_cmark::Parser::new_ext(text, document::markdown_options())
                    .into_offset_iter()
                    .count(),
            )
        });
        let document = t(&mut a[0], || Document::parse(text));
        let lines = t(&mut a[1], || LineIndex::new(text));
        let choice = t(&mut a[2], || profile::select(&document, &config));
        let placeholders = t(&mut a[3], || placeholders::find(text, &document));
        let completion = t(&mut a[4], || {
            checklist::evaluate(&document, text, choice.profile, &placeholders, &lines)
        });
        let timeline = t(&mut a[5], || {
            timeline::analyse(&document, text, choice.profile, &lines)
        });
        let m = severity::SeverityMatrix::default();
        let severity = t(&mut a[6], || {
            severity::assess(
                &document,
                text,
                choice.profile,
                &m,
                &placeholders,
                timeline.durations.duration_minutes,
                &lines,
            )
        });
        let actions = t(&mut a[7], || actions::find(&document, text, &lines));
        let d = t(&mut a[8], || {
            rules::run(&rules::Context {
                text,
                document: &document,
                profile: &choice,
                completion: &completion,
                placeholders: &placeholders,
                timeline: &timeline,
                severity: &severity,
                actions: &actions,
                lines: &lines,
                config: &config,
            })
        });
        t(&mut a[11], || black_box(check(text, &config)));
        t(&mut a[12], || black_box(Config::default()));
        t(&mut a[9], || black_box(d.len()));
    }
    let names = [
        "parse",
        "lines",
        "select",
        "placeholders",
        "checklist",
        "timeline",
        "severity",
        "actions",
        "rules",
        "diag",
        "bare",
        "check",
        "config",
    ];
    let total: f64 = a[..10].iter().sum();
    for (n_, v) in names.iter().zip(a) {
        print!("{n_} {:.3}  ", v / n as f64);
    }
    println!("\ntotal {:.3} ratio {:.1}", total / n as f64, total / a[10]);
}
