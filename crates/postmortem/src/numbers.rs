//! Numbers as postmortems write them in prose: `99.9%`, `31.2 of 40.32 minutes`.

use std::ops::Range;

/// Where the run of digits and dots that ends at byte `end` begins. Digits and dots are
/// single bytes, so the result is always a character boundary.
pub(crate) fn number_start(line: &str, end: usize) -> usize {
    let bytes = &line.as_bytes()[..end];
    end - bytes
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_digit() || **b == b'.')
        .count()
}

/// Every `NN.N%` on a line with its value and byte range (the `%` included).
pub(crate) fn percentages(line: &str) -> Vec<(f64, Range<usize>)> {
    line.bytes()
        .enumerate()
        .filter(|(_, b)| *b == b'%')
        .filter_map(|(i, _)| {
            let start = number_start(line, i);
            line[start..i]
                .parse::<f64>()
                .ok()
                .map(|v| (v, start..i + 1))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::percentages;

    #[test]
    fn percentages_with_their_spans() {
        let line = "SLO 99.90% → 99.73%, not 5 %";
        let found = percentages(line);
        assert_eq!(
            found.iter().map(|(v, _)| *v).collect::<Vec<_>>(),
            [99.9, 99.73]
        );
        assert_eq!(&line[found[0].1.clone()], "99.90%");
    }
}
