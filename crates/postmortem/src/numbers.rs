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

/// A number written with digits and at most one dot (`12`, `99.95`, `.5`, `5.`), as
/// `str::parse::<f64>` reads it. Hand-written because the standard parser's tables add about
/// 20 KB to the page's wasm; with up to 15 significant digits the result is the correctly
/// rounded one (an exact integer divided by an exact power of ten).
pub(crate) fn decimal(text: &str) -> Option<f64> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let digits = || whole.bytes().chain(fraction.bytes());
    if whole.len() + fraction.len() == 0 || !digits().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut mantissa = 0f64;
    for b in digits() {
        mantissa = mantissa * 10.0 + f64::from(b - b'0');
    }
    let scale = (0..fraction.len()).fold(1f64, |p, _| p * 10.0);
    Some(mantissa / scale)
}

/// Every `NN.N%` on a line with its value and byte range (the `%` included).
pub(crate) fn percentages(line: &str) -> Vec<(f64, Range<usize>)> {
    line.bytes()
        .enumerate()
        .filter(|(_, b)| *b == b'%')
        .filter_map(|(i, _)| {
            let start = number_start(line, i);
            decimal(&line[start..i]).map(|v| (v, start..i + 1))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{decimal, percentages};

    #[test]
    fn decimals_read_as_the_standard_parser_reads_them() {
        for text in [
            "0",
            "12",
            "99.9",
            "99.95",
            "99.999",
            ".5",
            "5.",
            "40.32",
            "0.01",
            "123456789.125",
            "1000000",
        ] {
            assert_eq!(decimal(text), text.parse::<f64>().ok(), "{text}");
        }
        for text in ["", ".", "1.2.3", "1a", "-1", " 1"] {
            assert_eq!(decimal(text), None, "{text:?}");
        }
    }

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
