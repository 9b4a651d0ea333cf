//! Engine speed: the three seed reports end to end, and synthetic corpora of 10, 20 and 30
//! reports of 10,000 words (the growth should be near-linear). Run with `make bench`.

#[path = "support/corpus.rs"]
mod corpus;
#[path = "../tests/gold/mod.rs"]
mod gold;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use parallax_engine::{compare, CompareOptions, ReportInput};
use std::time::Duration;

fn bench_seeds(c: &mut Criterion) {
    let reports = gold::seeds();
    let options = CompareOptions::default();
    c.bench_function("seeds_3_reports_end_to_end", |b| {
        b.iter(|| compare(&reports, &options))
    });
}

fn bench_scaling(c: &mut Criterion) {
    let mut group = c.benchmark_group("reports_x_10000_words");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(20));
    let options = CompareOptions::default();
    for n in [10, 20, 30] {
        let reports: Vec<ReportInput> = corpus::generate(n, 10_000, 7)
            .into_iter()
            .enumerate()
            .map(|(i, t)| ReportInput::new(format!("r{i}"), t))
            .collect();
        group.throughput(Throughput::Elements((n * 10_000) as u64));
        group.bench_with_input(BenchmarkId::from_parameter(n), &reports, |b, r| {
            b.iter(|| compare(r, &options))
        });
    }
    group.finish();
}

criterion_group!(benches, bench_seeds, bench_scaling);
criterion_main!(benches);
