//! Eight bytes at a time: masks that say which bytes of a chunk belong to a class, for scans
//! that would otherwise branch on every byte (the stem words of [`crate::wording`], the
//! template tokens of [`crate::placeholders`]).
//!
//! A mask has bit 7 of each byte set for the bytes that belong, little-endian: the byte at the
//! chunk's start is the lowest. Bytes past the end of the text count as zero bytes.

const HIGH: u64 = 0x8080_8080_8080_8080;
const LOW: u64 = 0x7F7F_7F7F_7F7F_7F7F;
/// Bit 5 of each byte: set, it makes an ASCII letter lower-case.
pub(crate) const CASE: u64 = splat(0x20);

/// `byte` in all eight places.
const fn splat(byte: u8) -> u64 {
    u64::from_le_bytes([byte; 8])
}

/// The eight bytes of `bytes` from `at`, zeros past its end.
pub(crate) fn load(bytes: &[u8], at: usize) -> u64 {
    let rest = bytes.get(at..).unwrap_or_default();
    match rest.first_chunk::<8>() {
        Some(eight) => u64::from_le_bytes(*eight),
        // The last bytes of the text: copied into zeros (a copy of a variable length is a
        // call, too slow for every chunk).
        None => {
            let mut eight = [0u8; 8];
            let n = rest.len().min(8);
            eight[..n].copy_from_slice(&rest[..n]);
            u64::from_le_bytes(eight)
        }
    }
}

/// The bytes of `chunk` from `lo` to `hi` (both ASCII). Bit 7 is cleared
/// before adding so the sums never carry into the next byte: a byte of 0x00..=0x7F is at
/// least `lo` when adding `0x80 - lo` reaches bit 7, and above `hi` when adding `0x7F - hi`
/// does.
pub(crate) const fn in_range(chunk: u64, lo: u8, hi: u8) -> u64 {
    let low = chunk & LOW;
    let at_least_lo = (low + splat(0x80 - lo)) & HIGH;
    let above_hi = (low + splat(0x7F - hi)) & HIGH;
    at_least_lo & !above_hi & !(chunk & HIGH)
}

/// The bytes of `chunk` equal to `byte`: the zero bytes of `chunk ^ byte`, found without
/// carries (bit 7 of `(x & 0x7F) + 0x7F` is set when the low seven bits are not all zero).
pub(crate) const fn equal_to(chunk: u64, byte: u8) -> u64 {
    let x = chunk ^ splat(byte);
    !(((x & LOW) + LOW) | x) & HIGH
}

/// The ASCII letters of `chunk` (setting bit 5 makes capitals small).
#[cfg(any(test, not(all(target_arch = "x86_64", target_feature = "sse2"))))]
pub(crate) const fn letters(chunk: u64) -> u64 {
    in_range(chunk | splat(0x20), b'a', b'z')
}

/// The ASCII digits of `chunk`.
pub(crate) const fn digits(chunk: u64) -> u64 {
    in_range(chunk, b'0', b'9')
}

/// The ASCII letters of `sixteen`, one bit per byte, the lowest for its first byte. SSE2,
/// which every x86_64 processor has, does in a few instructions for sixteen bytes what
/// [`letters`] does for eight; the page's WebAssembly keeps [`letters`].
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
pub(crate) fn letter_bits(sixteen: &[u8; 16]) -> u32 {
    use core::arch::x86_64::{
        _mm_add_epi8, _mm_cmplt_epi8, _mm_movemask_epi8, _mm_or_si128, _mm_set_epi64x,
        _mm_set1_epi8,
    };
    let (low, high) = sixteen.split_at(8);
    let low = u64::from_le_bytes(low.try_into().unwrap_or_default());
    let high = u64::from_le_bytes(high.try_into().unwrap_or_default());
    // SAFETY: the intrinsics need SSE2, which the `cfg` above makes sure of (and which every
    // x86_64 processor has); they read and write no memory.
    unsafe {
        let sixteen = _mm_set_epi64x(high as i64, low as i64);
        // Capitals made small, then `a..=z` moved to the lowest signed bytes, -128..=-103 (a
        // wrapping add of 0x80 - b'a'): a letter is a byte below -102 after that, and no
        // other byte is, not even one of 0x80 and above.
        let small = _mm_or_si128(sixteen, _mm_set1_epi8(0x20));
        let moved = _mm_add_epi8(small, _mm_set1_epi8((0x80 - b'a') as i8));
        _mm_movemask_epi8(_mm_cmplt_epi8(moved, _mm_set1_epi8(-128 + 26))) as u32
    }
}

/// The first place at or after `from` where `bytes` holds a byte that `class` marks (a mask
/// function of this module), looked for eight bytes at a time.
pub(crate) fn find(bytes: &[u8], from: usize, class: impl Fn(u64) -> u64) -> Option<usize> {
    let mut chunk = from;
    while chunk < bytes.len() {
        let marked = class(load(bytes, chunk));
        if marked != 0 {
            // Bytes past the end load as zeros; a class that marks zero could mark them.
            return Some(chunk + marked.trailing_zeros() as usize / 8)
                .filter(|&at| at < bytes.len());
        }
        chunk += 8;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::{digits, equal_to, find, in_range, letters, load};

    /// Which bytes a mask marks.
    fn marked(mask: u64) -> Vec<bool> {
        (0..8).map(|i| mask >> (8 * i + 7) & 1 == 1).collect()
    }

    #[test]
    fn the_end_of_the_text_reads_as_zeros() {
        assert_eq!(load(b"abc", 0), u64::from_le_bytes(*b"abc\0\0\0\0\0"));
        assert_eq!(load(b"abc", 3), 0);
        assert_eq!(load(b"abc", 9), 0);
    }

    proptest::proptest! {
        #[test]
        fn masks_agree_with_byte_tests(bytes in proptest::collection::vec(0u8.., 0..20), at in 0usize..24) {
            let chunk = load(&bytes, at);
            let byte = |i: usize| bytes.get(at + i).copied().unwrap_or(0);
            let each = |test: &dyn Fn(u8) -> bool| (0..8).map(|i| test(byte(i))).collect::<Vec<_>>();
            proptest::prop_assert_eq!(marked(letters(chunk)), each(&|b| b.is_ascii_alphabetic()));
            proptest::prop_assert_eq!(marked(in_range(chunk, b'A', b'Z')), each(&|b| b.is_ascii_uppercase()));
            proptest::prop_assert_eq!(marked(in_range(chunk, 1, 0x7F)), each(&|b| (1..=0x7F).contains(&b)));
            proptest::prop_assert_eq!(marked(equal_to(chunk, b'_')), each(&|b| b == b'_'));
            proptest::prop_assert_eq!(marked(equal_to(chunk, 0)), each(&|b| b == 0));
            proptest::prop_assert_eq!(marked(digits(chunk)), each(&|b| b.is_ascii_digit()));
        }

        #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
        #[test]
        fn letter_bits_are_the_ascii_letters(sixteen in proptest::array::uniform16(0u8..)) {
            let expected = (0..16)
                .filter(|&i| sixteen[i].is_ascii_alphabetic())
                .fold(0u32, |bits, i| bits | 1 << i);
            proptest::prop_assert_eq!(super::letter_bits(&sixteen), expected);
        }

        #[test]
        fn find_gives_the_first_byte_of_the_class(bytes in proptest::collection::vec(0u8.., 0..40), from in 0usize..44) {
            let expected = (from..bytes.len()).find(|&i| bytes[i].is_ascii_digit());
            proptest::prop_assert_eq!(find(&bytes, from, digits), expected);
            let zero = (from..bytes.len()).find(|&i| bytes[i] == 0);
            proptest::prop_assert_eq!(find(&bytes, from, |c| equal_to(c, 0)), zero);
        }
    }
}
