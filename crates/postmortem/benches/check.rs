//! Budgets (BRIEF.md): a seed-sized document well under a millisecond; a 1 MB document under
//! 20 ms; cost linear in size; the full check no more than 2x a bare pulldown-cmark parse.
//! The timeline pass on 1,000 and 10,000 rows shows whether it is linear.
//!
//! Synthetic documents (`benches/synthetic.rs`) give each profile's filled document and the
//! 100 KB, 1 MB and 5 MB sizes; before criterion runs, a plain timing loop prints the table of
//! full check against bare parse (the ratio, and time per MB to show the scaling).
//!
//! Run: `cargo bench -p postmortem --bench check` (add `-- --quick` for a fast pass).

#[path = "support/synthetic.rs"]
mod synthetic;

use std::hint::black_box;
use std::time::Instant;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use postmortem::{Config, Document, LineIndex, check, profile, timeline};

/// A postmortem whose timeline table has `rows` rows, ten seconds apart.
fn long_timeline(rows: usize) -> String {
    let mut text = String::from(
        "# Postmortem: load\n\n**Date**: 2026-04-12\n**Duration**: 1 hour\n\n## Timeline\n| Time (UTC) | Event |\n|---|---|\n",
    );
    for i in 0..rows {
        let seconds = i * 10;
        let event = match i {
            0 => "Impact begins",
            1 => "Alert fires",
            2 => "On-call acknowledges",
            _ if i == rows / 2 => "Mitigation applied",
            _ if i == rows - 1 => "Incident resolved",
            _ => "Queue depth still climbing on shard",
        };
        text.push_str(&format!(
            "| 2026-04-12 {:02}:{:02}:{:02} | {event} {i} |\n",
            (seconds / 3600) % 24,
            (seconds / 60) % 60,
            seconds % 60
        ));
    }
    text
}

fn bench_timeline(c: &mut Criterion) {
    let mut group = c.benchmark_group("timeline pass");
    for rows in [1_000, 10_000] {
        let text = long_timeline(rows);
        let document = Document::parse(&text);
        let lines = LineIndex::new(&text);
        let sre = profile::builtin_profiles()
            .iter()
            .find(|p| p.id == "sre-slo")
            .unwrap();
        group.throughput(Throughput::Elements(rows as u64));
        group.bench_with_input(BenchmarkId::from_parameter(rows), &rows, |b, _| {
            b.iter(|| timeline::analyse(black_box(&document), black_box(&text), sre, &lines))
        });
    }
    group.finish();
}

fn bench_check(c: &mut Criterion) {
    let seed_sized = profile::builtin_profiles()[0].template.clone();
    let corpus = include_str!("../../../tests/corpus/sre-slo/search-cache-stampede.md");
    let mut megabyte = String::new();
    while megabyte.len() < 1_000_000 {
        megabyte.push_str(corpus);
    }
    let mut group = c.benchmark_group("check");
    for (name, text) in [("template 9 KB", &seed_sized), ("1 MB", &megabyte)] {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("full check", name), text, |b, text| {
            b.iter(|| check(black_box(text), &Config::default()))
        });
        group.bench_with_input(
            BenchmarkId::new("bare pulldown-cmark parse", name),
            text,
            |b, text| {
                b.iter(|| {
                    let parser = pulldown_cmark::Parser::new_ext(
                        black_box(text),
                        postmortem::document::markdown_options(),
                    );
                    parser.into_offset_iter().count()
                })
            },
        );
    }
    group.finish();
}

fn bare_parse(text: &str) -> usize {
    pulldown_cmark::Parser::new_ext(text, postmortem::document::markdown_options())
        .into_offset_iter()
        .count()
}

/// Each profile's filled document (about 10 KB) and the large sizes, full check and bare parse.
/// Each profile's filled document (about 10 KB), named by profile id.
fn filled_documents() -> Vec<(String, String)> {
    profile::builtin_profiles()
        .iter()
        .map(|p| (p.id.clone(), synthetic::document(p, 10_000, 7)))
        .collect()
}

/// The `sre-slo` document at 100 KB, 1 MB and 5 MB, named by size.
fn large_documents() -> Vec<(&'static str, String)> {
    let sre = profile::builtin_profiles()
        .iter()
        .find(|p| p.id == "sre-slo")
        .unwrap();
    [
        ("100 KB", 100_000),
        ("1 MB", 1_000_000),
        ("5 MB", 5_000_000),
    ]
    .into_iter()
    .map(|(name, bytes)| (name, synthetic::document(sre, bytes, 7)))
    .collect()
}

fn bench_synthetic(c: &mut Criterion) {
    let mut group = c.benchmark_group("synthetic");
    for (id, text) in filled_documents() {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("full check", id), &text, |b, t| {
            b.iter(|| check(black_box(t), &Config::default()))
        });
    }
    for (name, text) in large_documents() {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.sample_size(10);
        group.bench_with_input(BenchmarkId::new("full check", name), &text, |b, t| {
            b.iter(|| check(black_box(t), &Config::default()))
        });
        group.bench_with_input(BenchmarkId::new("bare parse", name), &text, |b, t| {
            b.iter(|| bare_parse(black_box(t)))
        });
    }
    group.finish();
}

/// The middle of `values` (sorted in place).
fn middle(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

/// The milliseconds one call of `f` takes.
fn time_ms(f: impl FnOnce()) -> f64 {
    let started = Instant::now();
    f();
    started.elapsed().as_secs_f64() * 1000.0
}

/// The median milliseconds of `runs` calls of `f`.
fn median_ms(runs: usize, mut f: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..runs).map(|_| time_ms(&mut f)).collect();
    middle(&mut times)
}

/// Prints the ratio table: full check / bare parse for each profile and size, and ms per MB,
/// two ways. "alone": the median of a loop of checks, then that of a loop of parses (each
/// warm from its own previous run, as criterion times them). "paired": each run times a check
/// and then a parse back to back, so that both run at the machine's speed of that moment (it
/// switches between two, see docs/performance.md) and neither is warmed by a run of its own;
/// the median of the runs' own ratios.
fn print_ratios() {
    println!(
        "\n{:<28} {:>10} {:>10} {:>10} {:>7} {:>7} {:>10}",
        "document", "bytes", "check ms", "parse ms", "alone", "paired", "check ms/MB"
    );
    let filled = filled_documents()
        .into_iter()
        .map(|(id, text)| (format!("{id} (filled)"), text));
    let large = large_documents()
        .into_iter()
        .map(|(name, text)| (format!("sre-slo {name}"), text));
    for (name, text) in filled.chain(large) {
        let runs = if text.len() > 1_000_000 { 7 } else { 51 };
        let full = median_ms(runs, || {
            black_box(check(black_box(&text), &Config::default()));
        });
        let parse = median_ms(runs, || {
            black_box(bare_parse(black_box(&text)));
        });
        let mut paired: Vec<f64> = (0..runs)
            .map(|_| {
                let full = time_ms(|| {
                    black_box(check(black_box(&text), &Config::default()));
                });
                full / time_ms(|| {
                    black_box(bare_parse(black_box(&text)));
                })
            })
            .collect();
        println!(
            "{:<28} {:>10} {:>10.3} {:>10.3} {:>7.1} {:>7.1} {:>10.1}",
            name,
            text.len(),
            full,
            parse,
            full / parse,
            middle(&mut paired),
            full / (text.len() as f64 / 1_000_000.0)
        );
    }
    println!();
}

fn ratios(_: &mut Criterion) {
    print_ratios();
}

criterion_group!(
    benches,
    ratios,
    bench_timeline,
    bench_check,
    bench_synthetic
);
criterion_main!(benches);
