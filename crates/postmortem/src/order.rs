//! One stable sort for every list the tools put in order.
//!
//! Findings, placeholders, tables, timeline entries, drafts: each is sorted by a key, and the
//! standard library's sort is generic, so it is copied into the page's WebAssembly once for
//! every element type and closure, about 2–4 KB each (twenty copies were an eighth of the
//! bundle). [`sort_by_key`] sorts a list of positions through one non-generic routine instead,
//! then moves the items into that order: one copy of the sort for the whole program.
//!
//! The sort is stable (items with equal keys keep their order) and never panics.

use std::cmp::Ordering;

/// Sorts `items` by `key`, keeping items with equal keys in their original order.
///
/// ```
/// let mut words = vec!["delta", "ab", "c", "ef"];
/// postmortem::order::sort_by_key(&mut words, |w| w.len());
/// assert_eq!(words, ["c", "ab", "ef", "delta"]);
/// ```
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` in their natural order (equal items keep their order).
pub fn sort<T: Ord>(items: &mut Vec<T>) {
    sort_by(items, T::cmp);
}

/// Sorts `items` by `compare`, keeping items that compare equal in their original order.
pub fn sort_by<T>(items: &mut Vec<T>, compare: impl Fn(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    let mut order: Vec<usize> = (0..items.len()).collect();
    let compare_positions = |a: usize, b: usize| match (items.get(a), items.get(b)) {
        (Some(a), Some(b)) => compare(a, b),
        _ => a.cmp(&b),
    };
    sort_positions(&mut order, &compare_positions);
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(
        order
            .into_iter()
            .filter_map(|i| slots.get_mut(i).and_then(Option::take)),
    );
}

/// Sorts `items` by `key`, largest first, keeping items with equal keys in their original order.
pub fn sort_by_key_descending<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by_key(items, |item| std::cmp::Reverse(key(item)));
}

/// The one instance of the standard library's sort: positions, compared through `compare`.
#[inline(never)]
fn sort_positions(order: &mut [usize], compare: &dyn Fn(usize, usize) -> Ordering) {
    order.sort_by(|&a, &b| compare(a, b));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_keys_keep_their_order() {
        let mut pairs = vec![(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (0, 'e')];
        sort_by_key(&mut pairs, |p| p.0);
        assert_eq!(pairs, [(0, 'e'), (1, 'b'), (1, 'd'), (2, 'a'), (2, 'c')]);
    }

    #[test]
    fn descending_keeps_equal_keys_in_order() {
        let mut pairs = vec![(1, 'a'), (3, 'b'), (1, 'c'), (3, 'd')];
        sort_by_key_descending(&mut pairs, |p| p.0);
        assert_eq!(pairs, [(3, 'b'), (3, 'd'), (1, 'a'), (1, 'c')]);
    }

    #[test]
    fn agrees_with_the_standard_sort() {
        let mut numbers: Vec<u32> = (0..500u32)
            .map(|i| i.wrapping_mul(2_654_435_761) % 97)
            .collect();
        let mut expected = numbers.clone();
        expected.sort();
        sort_by_key(&mut numbers, |n| *n);
        assert_eq!(numbers, expected);
    }

    #[test]
    fn empty_and_single_lists_are_left_alone() {
        let mut empty: Vec<u8> = Vec::new();
        sort_by_key(&mut empty, |n| *n);
        assert!(empty.is_empty());
        let mut one = vec![7u8];
        sort_by_key(&mut one, |n| *n);
        assert_eq!(one, [7]);
    }
}
