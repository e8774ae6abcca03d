//! Budgets (BRIEF.md): a seed-sized document well under a millisecond; a 1 MB document under
//! 20 ms; cost linear in size; the full check no more than 2x a bare pulldown-cmark parse.
//! The timeline pass on 1,000 and 10,000 rows shows whether it is linear.
//!
//! Run: `cargo bench -p postmortem --bench check` (add `-- --quick` for a fast pass).

use std::hint::black_box;

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

criterion_group!(benches, bench_timeline, bench_check);
criterion_main!(benches);
